import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { declutterStage } from '../../../lib/pipeline/declutter';
import { htmlToText } from '../../../lib/pipeline/html-text';
import { flattenProse, mainRegion, proseWordsOf, storyProse } from '../../../lib/pipeline/main-region';

const para = (topic: string, n: number) =>
  `The ${topic} section goes on, in paragraph ${n}, with a sentence long enough to read as part of the story that the page tells its readers.`;
// A page builder's story: each section in rows and columns of its own, as in Divi, Elementor or a React page.
const section = (topic: string, paragraphs: number) =>
  `<div class="row"><div class="column"><div class="text-block"><h2>About ${topic}</h2>${Array.from({ length: paragraphs }, (_, i) => `<p>${para(topic, i + 1)}</p>`).join('')}<ul><li>See <a href="/${topic}">our ${topic} notes</a></li></ul></div></div></div>`;
// Cards link out from their headline, or from a "Read more" set apart from the blurb, which may
// be as long as a story paragraph.
const card = (n: number, blurb = para(`teaser ${n}`, 1)) =>
  n % 2
    ? `<div class="card"><h3><a href="/other-${n}">Other story ${n}</a></h3><p>${blurb}</p></div>`
    : `<div class="card"><h3>Other story ${n}</h3><p>${blurb}</p><a href="/other-${n}">Read more</a></div>`;
const builderPage = (extra = '') => `<html><head><title>Soil guide</title></head><body>
  <nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>
  <main>${section('compost', 5)}${section('drainage', 2)}${section('acidity', 2)}${section('mulch', 2)}${extra}</main>
  <footer><p>© Garden Site</p></footer></body></html>`;

describe('mainRegion', () => {
  it('finds <main>, else role=main, else <article>', () => {
    expect(mainRegion(parsePage('<body><div></div><main id="m"><p>x</p></main></body>'))?.id).toBe('m');
    expect(mainRegion(parsePage('<body><div role="main" id="r"><p>x</p></div><article></article></body>'))?.id).toBe('r');
    expect(mainRegion(parsePage('<body><article id="a"><p>x</p></article></body>'))?.id).toBe('a');
    expect(mainRegion(parsePage('<body><div><p>x</p></div></body>'))).toBeNull();
  });

  it('takes the longest of several', () => {
    const doc = parsePage('<body><article id="short"><p>A card.</p></article><article id="long"><p>A story, told at some length.</p></article></body>');
    expect(mainRegion(doc)?.id).toBe('long');
  });
});

describe('proseWordsOf', () => {
  it('counts the words of story-like blocks only', () => {
    const text = ['Short label', para('a', 1), 'A heading without a stop', para('b', 2)].join('\n\n');
    expect(proseWordsOf(text)).toBe(2 * para('a', 1).split(' ').length);
  });
});

describe('storyProse', () => {
  it('counts story paragraphs in plain wrappers and lists those wrappers, in-text links and all', () => {
    const doc = parsePage(builderPage());
    const region = mainRegion(doc)!;
    const prose = storyProse(region);
    expect(prose.words).toBe(11 * para('compost', 1).split(' ').length);
    expect([...prose.wrappers].every((el) => ['row', 'column', 'text-block'].includes(el.className))).toBe(true);
    expect(prose.wrappers.size).toBe(12);
  });

  it('leaves out teaser cards, whose blurbs read like story, and blocks named as clutter', () => {
    const related = `<div class="related-posts"><div><p>${para('related', 1)}</p></div></div>`;
    const doc = parsePage(builderPage(`<div class="list">${card(1)}${card(2)}${card(3)}</div>${related}`));
    expect(storyProse(mainRegion(doc)!).words).toBe(11 * para('compost', 1).split(' ').length);
  });
});

describe('flattenProse', () => {
  it('sets the story paragraphs side by side and keeps cards whole', () => {
    const doc = parsePage(builderPage(`<div class="list">${card(1)}${card(2)}${card(3)}</div>`));
    const region = mainRegion(doc)!;
    flattenProse(region);
    expect(region.querySelectorAll(':scope > p')).toHaveLength(11);
    expect(region.querySelectorAll('.row, .column, .text-block')).toHaveLength(0);
    expect(region.querySelectorAll('.card')).toHaveLength(3);
  });
});

describe('extractArticle on a story set one section per wrapper', () => {
  const url = 'https://garden.example/guides/soil';

  it('reads every section, where Readability alone reads the longest', () => {
    const alone = new Readability<Element>(parsePage(builderPage()), { serializer: (n) => n as Element }).parse();
    const aloneText = alone?.content ? htmlToText(alone.content) : '';
    expect(aloneText).toContain(para('compost', 5)); // the failure this guards against:
    expect(aloneText).not.toContain(para('mulch', 1)); // the other sections are lost

    const doc = parsePage(builderPage());
    const result = extractArticle(doc, url, declutterStage(doc));
    const text = result.ok ? result.article.text : '';
    for (const topic of ['drainage', 'acidity', 'mulch']) expect(text).toContain(para(topic, 2));
    expect(text).toContain(para('compost', 5));
    expect(text.indexOf(para('compost', 1))).toBeLessThan(text.indexOf(para('mulch', 1)));
    expect(text).not.toContain('© Garden Site');
  });

  it('reads the other sections too when the longest holds two thirds of the story', () => {
    const page = `<html><head><title>Soil guide</title></head><body><main>${section('compost', 8)}${section('drainage', 2)}${section('mulch', 2)}</main></body></html>`;
    const doc = parsePage(page);
    const result = extractArticle(doc, url, declutterStage(doc));
    const text = result.ok ? result.article.text : '';
    for (const topic of ['drainage', 'mulch']) expect(text).toContain(para(topic, 2));
    expect(text).toContain(para('compost', 8));
  });

  it('does not take in teaser cards below the story', () => {
    const cards = [2, 4, 6].map((n) => card(n, `What teaser ${n} is about, in a line.`)).join('');
    const doc = parsePage(builderPage(`<div class="list">${cards}</div>`));
    const result = extractArticle(doc, url, declutterStage(doc));
    const text = result.ok ? result.article.text : '';
    expect(text).toContain(para('mulch', 2));
    for (const n of [2, 4, 6]) expect(text).not.toContain(`teaser ${n}`);
    expect(result.ok && result.article.related.map((r) => r.url)).toEqual([2, 4, 6].map((n) => `https://garden.example/other-${n}`));
  });

  it('keeps two stories side by side apart, as an infinite scroll sets them', () => {
    const story = (topic: string) =>
      `<article><h1>${topic} headline</h1><div class="body"><div class="text">${[1, 2, 3, 4].map((n) => `<p>${para(topic, n)}</p>`).join('')}</div></div></article>`;
    const doc = parsePage(`<html><head><title>compost headline</title></head><body><main>${story('compost')}${story('mulch')}</main></body></html>`);
    const result = extractArticle(doc, url, declutterStage(doc));
    const text = result.ok ? result.article.text : '';
    expect(text).toContain(para('compost', 4));
    expect(text).not.toContain(para('mulch', 1));
  });

  it('keeps a whole read as it is', () => {
    const flat = `<html><head><title>Soil</title></head><body><main><article>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${para('soil', n)}</p>`).join('')}</article></main></body></html>`;
    const doc = parsePage(flat);
    const result = extractArticle(doc, url, declutterStage(doc));
    expect(result.ok && result.article.text.split('\n\n')).toHaveLength(6);
  });
});
