import { expect, test } from 'vitest';
import { makeHugePage } from '../../bench/huge-page';
import { parsePage } from '../../lib/node/parse-page';

test('the default page is 10 MB with 200,000 elements, the story first', () => {
  const html = makeHugePage();
  expect(html.length / 1e6).toBeCloseTo(10, 1);
  const elements = (html.match(/<[a-z][a-z0-9]*[\s>]/gi) ?? []).length;
  expect(elements).toBeGreaterThan(199_900);
  expect(elements).toBeLessThanOrEqual(200_000);
  expect(html.indexOf('<article>')).toBeLessThan(html.indexOf('<section class="comments">'));
});

test('a smaller page parses to the elements asked for', () => {
  const doc = parsePage(makeHugePage({ elements: 2_000, megabytes: 0.1 }));
  expect(doc.querySelectorAll('*').length).toBeGreaterThan(1_950);
  expect(doc.querySelectorAll('*').length).toBeLessThanOrEqual(2_000);
  expect(doc.querySelectorAll('article p')).toHaveLength(6);
});
