import { describe, expect, test } from 'vitest';
import { makeHugePage } from '../../../bench/huge-page';
import { parsePage } from '../../../lib/node/parse-page';
import { extractStory } from '../../../lib/pipeline';
import { extractInPage, IN_PAGE_MAX_ELEMENTS } from '../../../lib/pipeline/in-page';
import { readHandOff } from '../../../lib/pipeline/read-hand-off';

const URL = 'https://harbour.example/council-budget';

describe('readHandOff', () => {
  test('reads the same story from a handed-off page as from the page itself', () => {
    const html = makeHugePage({ elements: IN_PAGE_MAX_ELEMENTS + 1_000, megabytes: 0.6 });
    const read = readHandOff(extractInPage(parsePage(html), URL));
    const direct = extractStory(parsePage(html), URL);
    if (!read.ok || !direct.ok) throw new Error(`expected a story, got ${JSON.stringify(read).slice(0, 200)}`);
    expect(read.article.text).toContain('The city council voted late on Tuesday');
    expect(read.article).toEqual(direct.article);
  });

  test('passes through every result that is not a hand-off', () => {
    const notHtml = { ok: false as const, reason: 'not-html' as const, contentType: 'application/pdf' };
    expect(readHandOff(notHtml)).toBe(notHtml);
  });
});
