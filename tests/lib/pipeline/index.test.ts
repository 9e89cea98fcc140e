import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { extractStory, runPipeline } from '../../../lib/pipeline';

const FIXTURES = resolve(__dirname, '../../fixtures/pages');
const load = (name: string) => ({
  html: readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(resolve(FIXTURES, `${name}.expected.json`), 'utf8')),
});

describe.each(['gzero--kursk', 'gzero--kursk-inline'])('runPipeline on %s', (name) => {
  const { html, expected } = load(name);

  test('reads the metadata and keeps every story paragraph, without the headline', () => {
    const result = runPipeline(parsePage(html), '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { brief } = result;
    expect(brief).toMatchObject({
      title: expected.title,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
      canonicalUrl: expected.url,
      url: expected.url,
      byline: 'GZERO Staff',
      lang: 'en',
      kind: 'article',
      leadImage: 'https://assets.example-cdn.com/gzero/kursk-hero.jpg',
    });
    for (const snippet of expected.with) expect(brief.text).toContain(snippet);
    expect(brief.text.startsWith(expected.title)).toBe(false);
    // The headline plus seven paragraphs, as the fixture says: the hero caption is in the HTML only.
    expect(brief.text.split('\n\n')).toHaveLength(7);
    expect(brief.wordCount).toBe(230);
    expect(brief.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(brief.summary.length).toBeGreaterThan(0);
  });

  test('served from another address (a cache, a mirror, a local copy) the story is still decluttered', () => {
    const result = runPipeline(parsePage(html), 'http://127.0.0.1:8080/copy.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const snippet of expected.without) expect(result.brief.text).not.toContain(snippet);
    expect(result.brief.related.map((link) => link.url).sort()).toEqual([...expected.related].sort());
  });

  test('the page URL given by the caller wins over the canonical link, which becomes the key', () => {
    const result = runPipeline(parsePage(html), `${expected.url}?utm_source=x#frag`);
    expect(result.ok && result.brief.url).toBe(`${expected.url}?utm_source=x#frag`);
    expect(result.ok && result.brief.canonicalUrl).toBe(expected.url);
  });
});

test('a page without a story is reported as not an article, with its metadata kept for a bookmark', () => {
  const html = readFileSync(resolve(FIXTURES, 'plain--not-article.html'), 'utf8');
  const result = extractStory(parsePage(html), 'https://service.example.com/login');
  expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  if (result.ok || result.reason !== 'not-article') return;
  expect(result.page).toMatchObject({ title: 'Sign in · Example Service', text: '', html: '', url: 'https://service.example.com/login' });
});

test('the live document is never changed by extraction', () => {
  const { html } = load('gzero--kursk');
  const doc = parsePage(html);
  const before = doc.documentElement.outerHTML;
  runPipeline(doc, '');
  expect(doc.documentElement.outerHTML).toBe(before);
});

test('a story under 5,000 nested divs gives the budget error instead of running Readability', () => {
  const { html } = load('gzero--kursk');
  const deep = html.replace(/<body[^>]*>/, (body) => `${body}${'<div>'.repeat(5000)}`).replace('</body>', `${'</div>'.repeat(5000)}</body>`);
  const result = runPipeline(parsePage(deep), '');
  expect(result).toMatchObject({ ok: false, reason: 'over-budget', message: expect.stringMatching(/nested more than 256 levels/) });
});
