import { afterAll, expect, test } from 'vitest';
import type { PageRunner, RunOutcome } from '../../../lib/node/page-runner';
import { startPageRunner } from '../../../lib/node/page-runner';
import { FIXTURE_PAGES, loadFuzzPages } from '../../../bench/fuzz/fuzz-pages';
import { runFuzz } from '../../../bench/fuzz/run-fuzz';

// A sample of `npm run fuzz` (which runs 2,000 variants of the dev corpus) over the bundled pages.
// Set SIFT_FUZZ_SEED to try another sample; a failure names its seed and index to re-run.
const SEED = Number(process.env.SIFT_FUZZ_SEED ?? 20261201);
const SAMPLE = 60;
const { pages } = loadFuzzPages(FIXTURE_PAGES);
const runner = startPageRunner();
afterAll(() => runner.close());

test(`${SAMPLE} mutated fixture pages (seed ${SEED}) each give a brief, "not an article" or a budget error`, { timeout: 120_000 }, async () => {
  const report = await runFuzz(pages, { seed: SEED, count: SAMPLE, runner });
  const rerun = report.failures.map((f) => `npm run fuzz -- --corpus tests/fixtures/pages --seed ${SEED} --index ${f.index}: ${JSON.stringify(f.outcome)}`);
  expect(rerun).toEqual([]);
  expect(report.variants).toBe(SAMPLE);
  expect(report.briefs + report.notArticle + report.overBudget).toBe(SAMPLE);
  // The mutations bite (some pages lose their story or blow the budget) without breaking every page.
  expect(report.briefs).toBeGreaterThan(0);
  expect(report.overBudget).toBeGreaterThan(0);
});

test('a variant that throws, hangs or runs out of memory is a failure named by its index and page', async () => {
  const outcomes: RunOutcome[] = [{ kind: 'not-article' }, { kind: 'crash', message: 'TypeError: x' }, { kind: 'timeout', ms: 30_000 }];
  let call = 0;
  const fake: PageRunner = { brief: async () => outcomes[call++], close: async () => {} };
  const twoPages = [
    { id: 'a.html', html: '<p>a</p>' },
    { id: 'b.html', html: '<p>b</p>' },
  ];
  const report = await runFuzz(twoPages, { seed: 1, count: 3, first: 4, runner: fake });
  expect(report).toMatchObject({ variants: 3, briefs: 0, notArticle: 1, overBudget: 0 });
  expect(report.failures).toEqual([
    { index: 5, page: 'b.html', mutations: expect.any(Array), outcome: outcomes[1] },
    { index: 6, page: 'a.html', mutations: expect.any(Array), outcome: outcomes[2] },
  ]);
  expect(report.worst?.index).toBeGreaterThanOrEqual(4);
});
