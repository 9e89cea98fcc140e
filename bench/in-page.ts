// Bundled into each page by the browser run (browser-run.ts): both engines timed on the page's
// live document, in the page, one after the other.
import { readabilityText, siftText, type EngineTimes } from './engines';
import { median } from './stats';

// Chromium rounds performance.now() to 0.1 ms outside cross-origin isolation: a timing runs the
// engine again until it spans this long, for the rounding to be noise.
const MIN_TIMING_MS = 5;

function timeRuns(run: () => string): [string, number] {
  const start = performance.now();
  let text = '';
  let runs = 0;
  do {
    text = run();
    runs++;
  } while (performance.now() - start < MIN_TIMING_MS);
  return [text, (performance.now() - start) / runs];
}

(globalThis as { siftBench?: (url: string, rounds: number) => EngineTimes }).siftBench = (url, rounds) => {
  // One untimed run each first: the bundle is compiled anew in every page. The rounds after it
  // still run mostly unoptimised code (traced on two pages: V8 had optimised about 40 functions,
  // none with its top tier), as a content script's one run on a page does: built-in calls that
  // do a whole job weigh less there than loops in script, and warm timings of a change mislead.
  readabilityText(document);
  siftText(document, url);
  const r: number[] = [];
  const s: number[] = [];
  let rText = '';
  let sText = '';
  for (let i = 0; i < rounds; i++) {
    let ms: number;
    [rText, ms] = timeRuns(() => readabilityText(document));
    r.push(ms);
    [sText, ms] = timeRuns(() => siftText(document, url));
    s.push(ms);
  }
  return { rText, sText, rMs: median(r), sMs: median(s) };
};
