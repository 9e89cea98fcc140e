import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { textOf } from '../../../lib/pipeline/declutter/text';
import { missingStandfirst, shownStandfirst } from '../../../lib/pipeline/standfirst';

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
    const block = shownStandfirst(doc, DESCRIPTION);
    expect(block?.tagName).toBe('P');
    expect(block && textOf(block)).toBe(`${DESCRIPTION} More`);
  });

  it('passes over a copy in a script or template to the one the page shows', () => {
    const doc = parsePage(page(`<script>var d = "${DESCRIPTION}";</script><template><p>${DESCRIPTION}</p></template><p class="deck">${DESCRIPTION}</p>`));
    expect(shownStandfirst(doc, DESCRIPTION)?.className).toBe('deck');
  });

  it('matches a description cut short with an ellipsis', () => {
    const doc = parsePage(page(`<p class="deck">${DESCRIPTION}</p>`));
    expect(shownStandfirst(doc, `${DESCRIPTION.slice(0, 80)}...`)?.className).toBe('deck');
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

describe('missingStandfirst', () => {
  it('gives the standfirst unless the story has it already', () => {
    expect(missingStandfirst('The story.', 'Lead <b>&</b>')).toBe('Lead <b>&</b>');
    expect(missingStandfirst('Lead, yes.\n\nThe story.', 'Lead, yes.')).toBeNull();
    // Found whatever the spacing and punctuation around it.
    expect(missingStandfirst('LEAD — yes!\n\nThe story.', 'Lead, yes.')).toBeNull();
  });
});

describe('extractArticle with a standfirst', () => {
  it('keeps the standfirst Readability left in the header, apart from the body', () => {
    const plain = new Readability(parsePage(page(`<p class="standfirst">${DESCRIPTION}</p>`))).parse();
    expect(plain?.textContent).not.toContain('booming'); // the loss this guards against
    const result = extractArticle(parsePage(page(`<p class="standfirst">${DESCRIPTION}</p>`)), 'https://example.com/heat-pumps');
    if (!result.ok) throw new Error('no story');
    expect(result.article.standfirst).toBe(DESCRIPTION);
    // The body starts with the story, as it starts after the headline.
    expect(result.article.text.startsWith('Paragraph 1 of the story')).toBe(true);
    expect(result.article.text).toContain('Paragraph 8 of the story');
    expect(result.article.html).not.toContain('booming');
  });

  it('sets no standfirst apart when the body holds it', () => {
    const html = page('').replace('<div class="article-body">', `<div class="article-body"><p>${DESCRIPTION}</p>`);
    const result = extractArticle(parsePage(html), 'https://example.com/heat-pumps');
    if (!result.ok) throw new Error('no story');
    expect(result.article.standfirst).toBeUndefined();
    expect(result.article.text.split(DESCRIPTION)).toHaveLength(2);
  });

  it('counts the standfirst among the words that make a page an article', () => {
    // Seventeen words of body: twenty only with the standfirst's, too short for an article without.
    const short = `<html><head><title>Heat pumps</title><meta property="og:description" content="${DESCRIPTION}"></head><body>
      <div class="hero"><h1>Heat pumps</h1><p class="standfirst">${DESCRIPTION}</p></div>
      <article><div class="article-body"><p>Installers say that the orders keep on coming.</p><p>The national grid, they add, stands ready for them.</p></div></article></body></html>`;
    const result = extractArticle(parsePage(short), 'https://example.com/heat-pumps');
    expect(result.ok && result.article.standfirst).toBe(DESCRIPTION);
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
