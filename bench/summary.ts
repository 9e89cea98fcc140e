// Summary benchmark: Sift's summary vs Lead-1, Lead-3 and the first 40 words, all on the same
// story text from the same run, scored with ROUGE against the publisher's own description
// (taken out of the page first, as Newsroom did). Prints only; nothing here is a timed test.
// Usage: npm run bench:summary -- [--corpus DIR] [--only NAME,...] [--limit N] [--verbose]
import { performance } from 'node:perf_hooks';
import { parsePage } from '../lib/node/parse-page';
import { extractStory } from '../lib/pipeline';
import { resolveLanguage } from '../lib/pipeline/language';
import { splitSentences } from '../lib/pipeline/sentences';
import { summarize } from '../lib/pipeline/summarize';
import { readerText } from '../lib/brief';
import { loadCorpora, type Corpus } from './corpus';
import { MIN_REFERENCE_WORDS, copiesOpening, takeDescription } from './reference';
import { rouge, rougeTokens, type RougeScores } from './rouge';
import { parseBenchArgs, type BenchArgs } from './args';

const SYSTEMS = ['Sift', 'Lead-1', 'Lead-3', 'First-40'] as const;
type System = (typeof SYSTEMS)[number];

/** The baselines, made from the same story text Sift summarizes. */
function baselines(text: string, lang: string | null): Record<Exclude<System, 'Sift'>, string> {
  const sentences = text.split(/\n{2,}/).flatMap((p) => splitSentences(p, lang));
  return {
    'Lead-1': sentences.slice(0, 1).join(' '),
    'Lead-3': sentences.slice(0, 3).join(' '),
    'First-40': text.split(/\s+/).filter(Boolean).slice(0, 40).join(' '),
  };
}

class Totals {
  pages = 0;
  noReference = 0;
  notArticle = 0;
  copied = 0;
  extractMs = 0;
  summarizeMs = 0;
  sums = new Map<System, { r1: number; r2: number; rl: number; words: number }>(
    SYSTEMS.map((s) => [s, { r1: 0, r2: 0, rl: 0, words: 0 }]),
  );

  add(system: System, score: RougeScores, words: number): void {
    const sum = this.sums.get(system)!;
    sum.r1 += score.rouge1.f;
    sum.r2 += score.rouge2.f;
    sum.rl += score.rougeL.f;
    sum.words += words;
  }

  print(name: string): void {
    const n = this.pages || 1;
    const skipped = `skipped: ${this.noReference} no description ≥12 words, ${this.notArticle} not an article, ${this.copied} description copies the opening`;
    console.log(`\n${name}: ${this.pages} pages scored (${skipped})`);
    console.log('system     ROUGE-1  ROUGE-2  ROUGE-L  words');
    for (const [system, s] of this.sums) {
      const cells = [s.r1, s.r2, s.rl].map((v) => (v / n).toFixed(3).padStart(7));
      console.log(`${system.padEnd(9)} ${cells.join('  ')}  ${(s.words / n).toFixed(1).padStart(5)}`);
    }
    const extract = this.extractMs / n;
    const summary = this.summarizeMs / n;
    console.log(
      `ms/page (after warm-up): extract ${extract.toFixed(2)}, summarize ${summary.toFixed(2)}; summarize/extract ${(summary / extract).toFixed(3)}`,
    );
  }
}

// A collection between stages keeps one stage's garbage from pausing the other's timing
// (extraction makes far more). Needs node's --expose-gc, which the npm script passes.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

// Untimed passes first, so neither stage's timing carries one-time JIT and setup cost
// (which would swamp a corpus of a few pages).
const WARM_UP_PASSES = 20;
function warmUp(html: string, url: string): void {
  for (let i = 0; i < WARM_UP_PASSES; i++) {
    const result = extractStory(parsePage(html), url);
    if (result.ok) summarize({ text: readerText(result.article), title: result.article.title, lang: result.article.lang });
  }
}

function main(): void {
  const args = parseBenchArgs(process.argv.slice(2));
  // Summaries are made by the background from text, never in the page: there is no browser run to time.
  if (args.browser) throw new Error('bench:summary runs in Node only: --browser is an option of bench:extract');
  // One corpus in memory at a time: a heap holding every page makes collection pauses that
  // land in whichever stage is running, most visibly on a corpus of a few pages.
  for (const name of args.only ?? ['fixtures', 'dev', 'wcxb-dev']) {
    for (const corpus of loadCorpora({ root: args.root, only: [name] })) benchCorpus(corpus, args);
  }
}

function benchCorpus(corpus: Corpus, args: BenchArgs): void {
  const totals = new Totals();
  if (corpus.pages[0]) warmUp(corpus.pages[0].html, corpus.pages[0].url);
  for (const page of corpus.pages.slice(0, args.limit)) {
    const doc = parsePage(page.html);
    const reference = takeDescription(doc);
    if (!reference || rougeTokens(reference).length < MIN_REFERENCE_WORDS) {
      totals.noReference++;
      continue;
    }
    collectGarbage();
    const t0 = performance.now();
    const result = extractStory(doc, page.url);
    const t1 = performance.now();
    if (!result.ok) {
      totals.notArticle++;
      continue;
    }
    // What the app summarizes (finishBrief): the standfirst with the story.
    const text = readerText(result.article);
    const { title } = result.article;
    if (copiesOpening(reference, text)) {
      totals.copied++;
      continue;
    }
    const lang = resolveLanguage(result.article.lang, text);
    collectGarbage();
    const t2 = performance.now();
    const sift = summarize({ text, title, lang }).join(' ');
    const t3 = performance.now();
    totals.pages++;
    totals.extractMs += t1 - t0;
    totals.summarizeMs += t3 - t2;
    const outputs: Record<System, string> = { Sift: sift, ...baselines(text, lang) };
    for (const system of SYSTEMS) {
      totals.add(system, rouge(outputs[system], reference), rougeTokens(outputs[system]).length);
    }
    if (args.verbose) console.log(`\n[${page.id}] ref: ${reference}\n  sift: ${sift}`);
  }
  totals.print(corpus.name);
}

main();
