import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { shownStandfirst, withStandfirst } from '../../../lib/pipeline/standfirst';

const DESCRIPTION = 'Heat pumps are booming: installers report record orders, while the grid operators warn of the winter peak.';
const paragraph = (n: number) => `<p>Paragraph ${n} of the story runs on, as stories do, with facts, quotes and the figures the reporter gathered, in one long sentence.</p>`;
// The standfirst in a hero block above the article, where Readability does not look.
const page = (header: string, meta = DESCRIPTION) => `<html><head><title>Heat pumps</title>
  <meta property="og:description" content="${meta}"></head><body>
  <div class="hero"><h1>Heat pumps</h1>${header}</div>
  <article><div class="article-body">${[1, 2, 3, 4, 5, 6, 7, 8].map(paragraph).join('')}</div></article></body></html>`;

describe('shownStandfirst', () => {
  it('finds the block that shows the description, as the page words it', () => {
    const doc = parsePage(page(`<div class="lead"><p>${DESCRIPTION} <a href="/more">More</a></p></div>`));
    expect(shownStandfirst(doc, DESCRIPTION)).toBe(`${DESCRIPTION} More`);
  });

  it('passes over a copy in a script or template to the one the page shows', () => {
    const doc = parsePage(page(`<script>var d = "${DESCRIPTION}";</script><template><p>${DESCRIPTION}</p></template><p class="deck">${DESCRIPTION}</p>`));
    expect(shownStandfirst(doc, DESCRIPTION)).toBe(DESCRIPTION);
  });

  it('matches a description cut short with an ellipsis', () => {
    const doc = parsePage(page(`<p class="deck">${DESCRIPTION}</p>`));
    expect(shownStandfirst(doc, `${DESCRIPTION.slice(0, 80)}...`)).toBe(DESCRIPTION);
  });

  it('gives nothing when the description is not shown, only hidden, or too short to tell', () => {
    expect(shownStandfirst(parsePage(page('')), DESCRIPTION)).toBeNull();
    expect(shownStandfirst(parsePage(page(`<p hidden>${DESCRIPTION}</p>`)), DESCRIPTION)).toBeNull();
    expect(shownStandfirst(parsePage(page(`<p style="display: none">${DESCRIPTION}</p>`)), DESCRIPTION)).toBeNull();
    expect(shownStandfirst(parsePage(page(`<script>var d = "${DESCRIPTION}";</script>`)), DESCRIPTION)).toBeNull();
    expect(shownStandfirst(parsePage(page('<p>News from Berlin</p>')), 'News from Berlin')).toBeNull();
  });

  it('gives nothing when the description is only the opening of a longer block', () => {
    const doc = parsePage(page(`<p>${DESCRIPTION} ${'And the paragraph goes on much further than any standfirst would. '.repeat(3)}</p>`));
    expect(shownStandfirst(doc, DESCRIPTION)).toBeNull();
  });
});

describe('withStandfirst', () => {
  it('puts the standfirst first, escaped, unless the story has it already', () => {
    const story = { text: 'The story.', html: '<p>The story.</p>' };
    expect(withStandfirst(story, 'Lead <b>&</b>')).toEqual({ text: 'Lead <b>&</b>\n\nThe story.', html: '<p>Lead &#60;b&#62;&#38;&#60;/b&#62;</p><p>The story.</p>' });
    expect(withStandfirst({ text: 'Lead, yes.\n\nThe story.', html: '' }, 'Lead, yes.').text).toBe('Lead, yes.\n\nThe story.');
  });
});

describe('extractArticle with a standfirst', () => {
  it('keeps the standfirst Readability left in the header, once', () => {
    const plain = new Readability(parsePage(page(`<p class="standfirst">${DESCRIPTION}</p>`))).parse();
    expect(plain?.textContent).not.toContain('booming'); // the loss this guards against
    const result = extractArticle(parsePage(page(`<p class="standfirst">${DESCRIPTION}</p>`)), 'https://example.com/heat-pumps');
    const text = result.ok ? result.article.text : '';
    expect(text.startsWith(DESCRIPTION)).toBe(true);
    expect(text.split(DESCRIPTION)).toHaveLength(2);
    expect(text).toContain('Paragraph 8 of the story');
  });

  it('takes no standfirst from a description that copies the whole story', () => {
    // Some shop blogs put the article itself in the description; the block showing it is the article.
    const story = [1, 2, 3, 4, 5, 6].map(paragraph).join('');
    const whole = parsePage(story).body.textContent!;
    const html = `<html><head><title>Zero waste</title><meta name="description" content="${whole}"></head><body>
      <article><ul><li><a href="/blog">What's new</a></li><li>0 comments</li></ul><div>${story}</div></article></body></html>`;
    expect(shownStandfirst(parsePage(html), whole)).toBeNull();
    const result = extractArticle(parsePage(html), 'https://shop.example/blog/zero-waste');
    const text = result.ok ? result.article.text : '';
    expect(text.split('Paragraph 1 of the story')).toHaveLength(2);
    expect(text).not.toContain('0 comments');
  });
});
