import { expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { readMetadata } from '../../../lib/pipeline/metadata';
import { isTeaserOnly as isTeaserWithMarks, readPaywallMarks } from '../../../lib/pipeline/paywall';

const page = (head: string, body = '') => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);
const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...data })}</script>`;
const words = (n: number) => 'word '.repeat(n);
// The marks as readMetadata reads them, then the teaser judgement on the page.
const isTeaserOnly = (doc: Document, storyWords: number) => isTeaserWithMarks(doc, readMetadata(doc, '').paywall, storyWords);

test('a free page is never a teaser, however short its story', () => {
  expect(isTeaserOnly(page('<title>x</title>'), 40)).toBe(false);
  expect(isTeaserOnly(page(ld({ isAccessibleForFree: true })), 40)).toBe(false);
});

test('a page marked not free with its paywalled part empty is a teaser', () => {
  const hasPart = { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.locked' };
  expect(isTeaserOnly(page(ld({ isAccessibleForFree: false, hasPart }), '<div class="locked"></div>'), 90)).toBe(true);
  expect(isTeaserOnly(page(ld({ isAccessibleForFree: 'False', hasPart: [hasPart] })), 90)).toBe(true);
});

test("a subscriber's copy, with the paywalled part filled in, is the whole story", () => {
  const hasPart = { cssSelector: '.locked' };
  const doc = page(ld({ isAccessibleForFree: false, hasPart }), `<div class="locked"><p>${words(400)}</p></div>`);
  expect(isTeaserOnly(doc, 450)).toBe(false);
});

test('without a named part, the length of the story decides', () => {
  const locked = page('<meta property="article:content_tier" content="locked">');
  expect(isTeaserOnly(locked, 120)).toBe(true);
  expect(isTeaserOnly(locked, 900)).toBe(false);
  expect(isTeaserOnly(page('<meta property="article:content_tier" content="metered">'), 120)).toBe(true);
  expect(isTeaserOnly(page('<meta property="article:content_tier" content="free">'), 120)).toBe(false);
  // A selector the DOM cannot parse falls back to the length as well.
  expect(isTeaserOnly(page(ld({ isAccessibleForFree: false, hasPart: { cssSelector: '..[' } })), 120)).toBe(true);
});

test('the content tier locks a page whatever its case; a free tier or none does not', () => {
  expect(readPaywallMarks(' Locked ', null).locked).toBe(true);
  expect(readPaywallMarks('metered', null).locked).toBe(true);
  expect(readPaywallMarks('free', null).locked).toBe(false);
  expect(readPaywallMarks(undefined, { isAccessibleForFree: 'false' }).locked).toBe(true);
  expect(readPaywallMarks(null, { hasPart: [{ cssSelector: '.paid' }, { cssSelector: ' ' }] }).parts).toEqual(['.paid']);
});
