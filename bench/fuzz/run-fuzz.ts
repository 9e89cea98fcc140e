import { performance } from 'node:perf_hooks';
import type { PageRunner, RunOutcome } from '../../lib/node/page-runner';
import type { FuzzPage } from './fuzz-pages';
import { mutatePage } from './mutate-page';

/** A variant the pipeline did not handle: it threw, or its worker timed out or ran out of memory. */
export interface FuzzFailure {
  index: number;
  page: string;
  mutations: string[];
  outcome: RunOutcome;
}

export interface FuzzReport {
  variants: number;
  briefs: number;
  notArticle: number;
  overBudget: number;
  failures: FuzzFailure[];
  worst: { index: number; page: string; mutations: string[]; ms: number } | null;
}

export interface FuzzRun {
  seed: number;
  /** Variants to run, from index `first` (a single variant: `count` 1). */
  count: number;
  first?: number;
  runner: PageRunner;
  /** Told before each variant runs, e.g. to show progress. */
  onVariant?(index: number, page: string, mutations: string[]): void;
}

/** Variant `index` starts from page `index mod pages`, so a run covers every page evenly. */
export function pageFor(pages: FuzzPage[], index: number): FuzzPage {
  return pages[index % pages.length];
}

/** Runs the variants through the real pipeline (in the runner's worker) and counts the outcomes. */
export async function runFuzz(pages: FuzzPage[], run: FuzzRun): Promise<FuzzReport> {
  const report: FuzzReport = { variants: 0, briefs: 0, notArticle: 0, overBudget: 0, failures: [], worst: null };
  if (!pages.length) return report;
  const first = run.first ?? 0;
  for (let index = first; index < first + run.count; index++) {
    const page = pageFor(pages, index);
    const { bytes, mutations } = mutatePage(page.html, run.seed, index);
    run.onVariant?.(index, page.id, mutations);
    const start = performance.now();
    const outcome = await run.runner.brief(bytes, '');
    const ms = performance.now() - start;
    report.variants++;
    if (outcome.kind === 'brief') report.briefs++;
    else if (outcome.kind === 'not-article') report.notArticle++;
    else if (outcome.kind === 'over-budget') report.overBudget++;
    else report.failures.push({ index, page: page.id, mutations, outcome });
    if (!report.worst || ms > report.worst.ms) report.worst = { index, page: page.id, mutations, ms };
  }
  return report;
}
