import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../../../lib/pipeline/html-text';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { declutterStage, declutterStory } from '../../../lib/pipeline/declutter';
import { stampHeadlines } from '../../../lib/pipeline/declutter/hints';

const DIR = join(__dirname, '../../fixtures/pages');

interface Expected {
  url: string;
  title: string;
  with: string[];
  without: string[];
  atMostOnce?: string[];
  related?: string[];
  standfirst?: string;
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({
    name: f.replace('.expected.json', ''),
    expected: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected,
    html: readFileSync(join(DIR, f.replace('.expected.json', '.html')), 'utf8'),
  }));
const squash = (s: string) => s.replace(/\s+/g, ' ');
const count = (hay: string, needle: string) => squash(hay).split(squash(needle)).length - 1;

describe.each(fixtures)('extractArticle on $name', ({ expected, html }) => {
  const doc = parsePage(html);
  const result = extractArticle(doc, expected.url, declutterStage(doc));
  const article = result.ok ? result.article : null;

  it('keeps every story line and drops the clutter', () => {
    expect(article).not.toBeNull();
    for (const line of expected.with) expect(squash(article!.text), line).toContain(squash(line));
    for (const line of expected.without) expect(squash(article!.text), line).not.toContain(squash(line));
    for (const line of expected.atMostOnce ?? []) {
      expect(count(article!.text, line), line).toBeLessThanOrEqual(1);
      // The reader shows the HTML, captions and all: there too the caption is printed once.
      expect(count(htmlToText(parsePage(article!.html).body), line), line).toBe(1);
    }
    expect(article!.text.startsWith(expected.title)).toBe(false);
  });

  it('sets apart the standfirst the page shows above the story, and only that', () => {
    expect(article!.standfirst ?? null).toBe(expected.standfirst ?? null);
  });

  it('lists the teasers it removed, with readable titles', () => {
    expect(article!.related.map((r) => r.url).sort()).toEqual([...(expected.related ?? [])].sort());
    for (const link of article!.related) expect(link.title.split(' ').length).toBeGreaterThan(3);
    expect(article!.html).not.toMatch(/data-sift|More from/);
  });

  it('gives Readability alone when no stage is passed', () => {
    const plain = extractArticle(parsePage(html), expected.url);
    expect(plain.ok && plain.article.related).toEqual([]);
  });

  it('never removes a story paragraph', () => {
    const doc = parsePage(html);
    const clone = doc.cloneNode(true) as Document;
    stampHeadlines(clone);
    const content = new Readability<Element>(clone, { keepClasses: true, serializer: (n) => n as Element }).parse()!.content!;
    const { removed } = declutterStory({ content, pageUrl: expected.url, title: expected.title, byline: null });
    for (const block of removed) {
      for (const line of expected.with) expect(squash(block.text), block.kind).not.toContain(squash(line));
    }
  });
});

describe('extractArticle on short pages', () => {
  const page = (body: string) => parsePage(`<html><head><title>Short</title></head><body>${body}</body></html>`);
  const sentence = 'The council voted on Tuesday to keep the old bridge open for cyclists until the spring.';

  it('keeps a short item of prose that Readability does not think readable', () => {
    const result = extractArticle(page(`<div><p>${sentence} ${sentence}</p><p>${sentence}</p></div>`), 'https://news.example/a');
    expect(result.ok).toBe(true);
  });

  it('keeps a two-sentence news item, but not a one-line fragment', () => {
    const item = page(`<div><p>${sentence}</p><p>Officials said repairs would start in April.</p></div>`);
    expect(extractArticle(item, 'https://news.example/a').ok).toBe(true);
    expect(extractArticle(page(`<div><p>Officials said repairs would start in April.</p></div>`), 'https://news.example/a').ok).toBe(false);
  });

  it('takes a name for the byline, not the profile link a page gives as its author', () => {
    const head = '<meta name="author" content="https://www.facebook.com/jane.doe"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jane Doe"}}</script>';
    const doc = parsePage(`<html><head><title>Short</title>${head}</head><body><div><p>${sentence} ${sentence}</p><p>${sentence}</p></div></body></html>`);
    const result = extractArticle(doc, 'https://news.example/a');
    expect(result.ok && result.article.byline).toBe('Jane Doe');
  });

  it('leaves out a first block that only repeats the headline, and no more', () => {
    const story = `<p>${sentence} ${sentence}</p><p>${sentence}</p>`;
    const text = (first: string) => {
      const result = extractArticle(page(`<div><p><b>${first}</b></p>${story}</div>`), 'https://news.example/a');
      return result.ok ? result.article.text : '';
    };
    expect(text('Short!')).toBe(`${sentence} ${sentence}\n\n${sentence}`);
    expect(text('Short on time')).toBe(`Short on time\n\n${sentence} ${sentence}\n\n${sentence}`);
  });

  it('calls a short list of links a page, not an article', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/story-${i}">Another story about the old bridge number ${i}</a></li>`).join('');
    const result = extractArticle(page(`<div><ul>${links}</ul><p>${sentence}</p></div>`), 'https://news.example/a');
    expect(result.ok).toBe(false);
  });
});

describe('extractArticle with the declutter stage', () => {
  const story = [1, 2, 3, 4, 5]
    .map((n) => `<p>Paragraph ${n} of the story tells at some length what the council decided on Tuesday and why it matters to the town.</p>`)
    .join('');

  describe('an FAQ set in accordions, as its JSON-LD gives it', () => {
    const items = [
      ['How long will the works take?', 'The council expects the road works to take about eighteen months in all.'],
      ['Will the buses still run?', 'Buses will run on a diversion through the old town while the bridge is shut.'],
    ];
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: items.map(([name, text]) => ({ '@type': 'Question', name, acceptedAnswer: { '@type': 'Answer', text } })),
    })}</script>`;
    const read = (faq: string) => {
      const doc = parsePage(`<html><head><title>Council</title>${ld}</head><body><article>${story}${faq}</article></body></html>`);
      const result = extractArticle(doc, 'https://news.example/council', declutterStage(doc));
      if (!result.ok) throw new Error('not read');
      return result.article;
    };
    const tail = (text: string) => text.split('\n\n').slice(5);

    it('closes the story with the questions and answers the page hides until a click', () => {
      const hidden = items.map(([q, a]) => `<h3><button aria-expanded="false">${q}</button></h3><div hidden><p>${a}</p></div>`).join('');
      const article = read(`<section><h2>FAQ</h2>${hidden}</section>`);
      expect(tail(article.text)).toEqual(['FAQ', ...items.flat()]);
      expect(article.html).toContain('<h3>Will the buses still run?</h3><p>Buses will run');
    });

    it('puts back the questions of answers the story kept', () => {
      const shown = items.map(([q, a]) => `<div><button>${q}</button><p>${a}</p></div>`).join('');
      expect(tail(read(`<section>${shown}</section>`).text)).toEqual(items.flat());
    });

    it('adds nothing the page does not show', () => {
      expect(read('').text.split('\n\n')).toHaveLength(5);
    });
  });

  it('reads the class of a wrapper Readability folded into its paragraph, and keeps no class in the HTML', () => {
    // Readability replaces a <div> holding one <p> with the <p>; the div's caption class still counts.
    const html = `<html><head><title>Council</title></head><body><article>${story}<div class="wp-caption-text"><p>The town hall seen from the square by Jane Doe</p></div>${story}</article></body></html>`;
    const doc = parsePage(html);
    const result = extractArticle(doc, 'https://news.example/council', declutterStage(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Paragraph 5');
    expect(result.article.text).not.toContain('The town hall seen from the square');
    expect(result.article.html).not.toMatch(/class="(?!page")/);
  });

  it('takes nothing out of a sentence for the class of the block it stood in', () => {
    // Readability makes a <p> of a <div> of text and links; the <div>'s class is not its link's.
    const bio = '<a href="/author/marna">Marna van der Veen</a>, our science editor, has covered the council since the floods of 2019 for the paper.';
    const html = `<html><head><title>Council</title></head><body><article>${story}<div class="author-bio">${bio}</div></article></body></html>`;
    const doc = parsePage(html);
    const result = extractArticle(doc, 'https://news.example/council', declutterStage(doc));
    if (!result.ok) throw new Error(result.reason);
    const line = result.article.text.split('\n').find((l) => l.includes('our science editor'));
    expect(line === undefined || line.startsWith('Marna van der Veen, our science editor'), line).toBe(true);
  });

  describe('story in blocks Readability drops for their names', () => {
    const tip = (name: string) =>
      `<div class="tip"><div class="tip-name">${name}</div><div class="tip-text">The ${name.toLowerCase()} is one of the jobs the council's own guide to home upkeep lists, with what it costs, how often it is due and why putting it off costs more in the end, as the inspectors found in most of the houses they saw this year.</div></div>`;
    const checklist = `<div class="media-block"><div class="tips">${['Gutter check', 'Boiler service', 'Roof survey'].map(tip).join('')}</div></div>`;
    const teasers = [1, 2, 3, 4]
      .map((n) => `<div class="card"><a href="https://news.example/other-story-${n}">Another story from the council, number ${n} of the week</a></div>`)
      .join('');
    const read = (body: string) => {
      const doc = parsePage(`<html><head><title>Council</title></head><body><article>${body}</article></body></html>`);
      const result = extractArticle(doc, 'https://news.example/council', declutterStage(doc));
      if (!result.ok) throw new Error(result.reason);
      return result.article.text;
    };

    it('reads the page again without the names when they cost it story paragraphs', () => {
      const text = read(story + checklist + `<div class="promo-widget">${teasers}</div>`);
      for (const name of ['Gutter check', 'Boiler service', 'Roof survey']) expect(text).toContain(`The ${name.toLowerCase()} is one of the jobs`);
      expect(text).toContain('Paragraph 5');
      // The teasers the second read lets through are still the declutter stage's to take out.
      expect(text).not.toContain('Another story from the council');
    });

    it('keeps the first read when the second adds little to a long story', () => {
      const long = Array.from({ length: 15 }, (_, n) => `<p>Paragraph ${n + 1} of the story tells at some length what the council decided on Tuesday and why.</p>`);
      const text = read(long.join('') + `<div class="media-block">${tip('Boiler service')}</div>`);
      expect(text.split('\n\n')).toHaveLength(15);
      expect(text).not.toContain('Boiler service');
    });
  });
});
