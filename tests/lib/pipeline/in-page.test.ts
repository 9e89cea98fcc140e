import { describe, expect, test } from 'vitest';
import { makeHugePage } from '../../../bench/huge-page';
import { parsePage } from '../../../lib/node/parse-page';
import { extractInPage, IN_PAGE_MAX_ELEMENTS } from '../../../lib/pipeline/in-page';

const URL = 'https://harbour.example/council-budget';

describe('extractInPage', () => {
  test('reads a page of real-story size in the page itself', () => {
    const html = makeHugePage({ elements: 2_000, megabytes: 0.2 });
    const result = extractInPage(parsePage(html), URL);
    expect(result.ok).toBe(true);
  });

  test('hands a page over the in-page limit to the background as its markup', () => {
    const html = makeHugePage({ elements: IN_PAGE_MAX_ELEMENTS + 1_000, megabytes: 0.6 });
    const handed = extractInPage(parsePage(html), URL);
    expect(handed).toMatchObject({ ok: false, reason: 'hand-off', url: URL });
    expect((handed as { html: string }).html).toMatch(/^<!doctype html><html lang="en">.*The city council voted late on Tuesday/s);
  });

  test('refuses a page over the element budget in the page, without serializing it', () => {
    const html = makeHugePage({ elements: 101_000, megabytes: 1 });
    const result = extractInPage(parsePage(html), URL);
    expect(result).toMatchObject({ ok: false, reason: 'over-budget' });
    expect(result).not.toHaveProperty('html');
  });
});
