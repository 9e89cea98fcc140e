// Extraction benchmark: Readability alone vs Sift's DOM stages, over the labelled corpora.
// Usage: npm run bench:extract -- [--corpus DIR] [--only NAME,...] [--limit N] [--verbose] [--browser]
// Prints only; nothing here is a timed test.
import { performance } from 'node:perf_hooks';
import { parsePage } from '../lib/node/parse-page';
import { loadCorpora, type CorpusPage } from './corpus';
import { parseBenchArgs } from './args';
import { startBrowserRun } from './browser-run';
import { readabilityText, siftText, type EngineTimes } from './engines';
import { median } from './stats';

/** Snippet counts pooled the way trafilatura's evaluation pools them, plus word-level scores. */
class Score {
  tp = 0;
  fn = 0;
  fp = 0;
  tn = 0;
  leaks = 0;
  clutter = 0;
  wordP: number[] = [];
  wordR: number[] = [];
  ms: number[] = [];

  add(page: CorpusPage, text: string, ms: number): { missing: string[]; leaked: string[] } {
    const hay = squash(text);
    const missing = page.with.filter((s) => !hay.includes(squash(s)));
    const leaked = page.without.filter((s) => hay.includes(squash(s)));
    this.tp += page.with.length - missing.length;
    this.fn += missing.length;
    this.fp += leaked.length;
    this.tn += page.without.length - leaked.length;
    this.clutter += page.clutter.length;
    this.leaks += page.clutter.filter((s) => hay.includes(squash(s))).length;
    if (page.truth !== null) {
      const [p, r] = shingleScore(text, page.truth);
      this.wordP.push(p);
      this.wordR.push(r);
    }
    this.ms.push(ms);
    return { missing, leaked };
  }

  row(label: string): string {
    const p = this.tp / (this.tp + this.fp || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    const f1 = (2 * this.tp) / (2 * this.tp + this.fp + this.fn || 1);
    const cells = [label, fmt(p), fmt(r), fmt(f1), `${this.fn}`, `${this.leaks}/${this.clutter}`];
    if (this.wordP.length) {
      const wp = mean(this.wordP);
      const wr = mean(this.wordR);
      cells.push(fmt(wp), fmt(wr), fmt((2 * wp * wr) / (wp + wr || 1)));
    } else cells.push('-', '-', '-');
    cells.push(median(this.ms).toFixed(2));
    return cells.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(9))).join(' ');
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fmt = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/** Per-page precision and recall of token 4-grams (multisets), as the wcxb-dev README defines. */
function shingleScore(predicted: string, truth: string): [number, number] {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let tp = 0;
  let fp = 0;
  for (const [gram, n] of pred) {
    const shared = Math.min(n, gold.get(gram) ?? 0);
    tp += shared;
    fp += n - shared;
  }
  let goldTotal = 0;
  for (const n of gold.values()) goldTotal += n;
  const fn = goldTotal - tp;
  if (fp === 0 && fn === 0) return [1, 1];
  return [tp / (tp + fp || 1), tp / (tp + fn || 1)];
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const grams = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const gram = tokens.slice(i, i + 4).join(' ');
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function timed(run: () => string): [string, number] {
  const start = performance.now();
  const text = run();
  return [text, performance.now() - start];
}

// A corpus with fewer pages has each timed this many times over, all told.
const MIN_TIMED_PAGES = 50;
// Each page in the browser is timed at least this many rounds, the median kept.
const BROWSER_ROUNDS = 3;

/** Times both engines on `page` in Node, `rounds` times, each engine's median kept. */
function measureInNode(page: CorpusPage, rounds: number): EngineTimes {
  const doc = parsePage(page.html);
  const runs = Array.from({ length: rounds }, () => [timed(() => readabilityText(doc)), timed(() => siftText(doc, page.url))]);
  const [[rText], [sText]] = runs[0];
  return { rText, sText, rMs: median(runs.map(([[, ms]]) => ms)), sMs: median(runs.map(([, [, ms]]) => ms)) };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const browser = args.browser ? await startBrowserRun() : null;
  const header = ['corpus/engine', 'P', 'R', 'F1', 'with-lost', 'clutter', 'word-P', 'word-R', 'word-F1', 'med-ms'];
  const rows: string[] = [header.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(9))).join(' ')];
  try {
    for (const corpus of loadCorpora({ root: args.root, only: args.only })) {
      const base = new Score();
      const sift = new Score();
      const ratios: number[] = [];
      const skipped: string[] = [];
      const pages = corpus.pages.slice(0, args.limit);
      // The times of a few pages are mostly each engine's first compiling and its garbage
      // collections: a small corpus has each page timed several times (in Node after one untimed
      // read; in the browser each page compiles the engines anew and warms them up itself).
      const manyRounds = Math.ceil(MIN_TIMED_PAGES / pages.length);
      const rounds = browser ? Math.max(BROWSER_ROUNDS, manyRounds) : manyRounds;
      if (!browser && rounds > 1) for (const page of pages) measureInNode(page, 1);
      for (const page of pages) {
        const measured = browser ? await browser.measure(page, rounds) : measureInNode(page, rounds);
        if ('skipped' in measured) {
          skipped.push(`${page.id}: ${measured.skipped}`);
          continue;
        }
        base.add(page, measured.rText, measured.rMs);
        const { missing, leaked } = sift.add(page, measured.sText, measured.sMs);
        ratios.push(measured.sMs / (measured.rMs || 1e-3));
        if (args.verbose && (missing.length || leaked.length)) {
          console.log(`${corpus.name}/${page.id}\n  lost: ${JSON.stringify(missing)}\n  leaked: ${JSON.stringify(leaked)}`);
        }
      }
      rows.push(`${corpus.name} (${base.ms.length} pages${browser ? ', in Chromium' : ''})`);
      rows.push(base.row('  readability'));
      rows.push(`${sift.row('  sift')}   ratio ${median(ratios).toFixed(2)}x`);
      if (skipped.length) rows.push(`  not timed: ${skipped.length} (${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '; …' : ''})`);
    }
  } finally {
    await browser?.close();
  }
  console.log(rows.join('\n'));
}

await main();
