// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../../components/SafeHtml';
import type { NewBrief } from '../../../lib/brief';
import { parsePage } from '../../../lib/node/parse-page';
import { runPipeline, type PipelineResult } from '../../../lib/pipeline';
import { eventHandlerNames, findDangers, hostileCases, hostilePage, type HostileCase } from '../../helpers/hostile-pages';

// Nothing listens here: the address only has to be recognisable in the output.
const CANARY = 'http://127.0.0.1:9';
const cases = hostileCases();

const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
const isHttp = (url: string) => /^https?:\/\//.test(url);

// A form field named like a DOM property (<input name="parentNode">) sends any walk of the page in
// circles in a browser, so the pipeline may refuse such a page, with a message that says why.
const mayBeRefused = (hostile: HostileCase) => hostile.id.startsWith('clobber-form-');

const results = new Map<string, PipelineResult>();
function resultOf(hostile: HostileCase): PipelineResult {
  const known = results.get(hostile.id);
  if (known) return known;
  const result = runPipeline(parsePage(hostilePage(hostile, CANARY)), `http://127.0.0.1:8/case/${hostile.id}.html`);
  results.set(hostile.id, result);
  return result;
}

/** The case's brief, or null when it was refused as it may be. */
function briefOf(hostile: HostileCase): NewBrief | null {
  const result = resultOf(hostile);
  if (result.ok) return result.brief;
  if (mayBeRefused(hostile) && result.reason === 'over-budget') return null;
  throw new Error(`${hostile.id}: not kept as an article (${result.reason})`);
}

test('the corpus has at least 150 distinct cases, one per event handler among them', () => {
  expect(cases.length).toBeGreaterThanOrEqual(150);
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  expect(cases.filter((c) => c.group === 'handlers')).toHaveLength(eventHandlerNames().length);
});

test('handler cases keep their paragraph in the story, so the payload reaches the reader', () => {
  for (const hostile of cases.filter((c) => c.group === 'handlers')) expect(briefOf(hostile)?.text).toContain('the tides would not delay the work');
});

test('a page whose form field shadows a DOM property gives a brief, or a refusal that says why', () => {
  for (const result of cases.filter(mayBeRefused).map(resultOf)) {
    if (!result.ok) expect(result).toMatchObject({ reason: 'over-budget', message: expect.stringMatching(/names a form field/) });
  }
});

test('the danger check finds what it looks for', () => {
  const found = findDangers(parse(`<p onclick="x" style="color:red">a</p><a href=" java\tscript:x">b</a><form action="${CANARY}/c"></form><img src="data:image/png,x">`), {
    canaryOrigin: CANARY,
  });
  expect(found).toEqual(['p[onclick]', 'p[style]', 'a[href= java\tscript:x]', '<form>', 'form[action] loads the canary']);
});

describe.each(cases)('$group: $id', (hostile) => {
  test('the sanitizer leaves nothing active, in the whole page and in the story the pipeline kept', () => {
    expect(findDangers(parse(sanitizeHtml(hostilePage(hostile, CANARY))), { canaryOrigin: CANARY })).toEqual([]);
    const brief = briefOf(hostile);
    if (!brief) return;
    expect(brief.text).toContain('approved the long-debated harbour redevelopment plan');
    expect(findDangers(parse(sanitizeHtml(brief.html)), { canaryOrigin: CANARY })).toEqual([]);
  });

  test('metadata stays text and every address is http(s)', () => {
    const brief = briefOf(hostile);
    if (!brief) return;
    const shown = { title: brief.title, site: brief.siteName, byline: brief.byline, related: brief.related.map((r) => r.title).join('\n') };
    for (const [field, literal] of Object.entries(hostile.shows)) expect(shown[field as keyof typeof shown]).toContain(literal);
    for (const url of [brief.url, brief.canonicalUrl, ...brief.related.map((r) => r.url)]) expect(isHttp(url)).toBe(true);
    if (brief.leadImage !== null) expect(isHttp(brief.leadImage)).toBe(true);
  });
});
