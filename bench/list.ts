// Reading-list benchmark: the built extension in headless Chromium, its real IndexedDB filled
// with 10,000 and then 50,000 news-length briefs. For each size it prints the time from opening
// the side panel to the first card on screen (the panel's snapshot of its list), to the first
// cards read from the database, search latency over 50 typed queries, the time to apply a
// filter, the panel's JS heap and the database bytes per brief, next to a naive baseline in the
// same browser (every brief loaded into memory, filtered with Array.filter and includes), and
// three floors under first card: the first paint of an extension page with one line of text, of
// the same cards as a page of plain HTML and the panel's stylesheet with no script, and of a page
// whose line of text a one-line module script writes (the panel's cards need a script).
// Prints only; nothing here is a timed test. Usage: npm run bench:list (it builds first).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, makeTestBuild } from '../scripts/extension-browser';
import { seedBriefs } from '../scripts/seed-briefs';

const SIZES = (process.env.SIFT_BENCH_SIZES ?? '10000,50000').split(',').map(Number);
// Ten words typed a letter at a time: 50 queries, from one letter (matches nearly all) to five.
const WORDS = ['minis', 'court', 'refug', 'budge', 'wildf', 'infla', 'elect', 'hospi', 'drone', 'tarif'];
const QUERIES = WORDS.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)));
const OPENS = 5;

interface Row {
  n: number;
  /** The first cards on screen: the snapshot of the list as it last looked, kept in localStorage. */
  firstCard: number;
  /** The first cards on screen read from the database: the list itself, in place of the snapshot. */
  databaseCard: number;
  /** The panel's first contentful paint: the browser's own time for its first text on screen (the header and "Loading…" may come a frame before the cards). */
  firstPaint: number;
  /** From opening the panel to its search index ready (it starts after the list is in): read from the saved index. */
  indexReady: number;
  /** The same on the first opening after the fill, which builds the index from every brief's words. */
  indexBuild: number;
  searchP50: number;
  searchP95: number;
  /** The search itself (applyQuery), without rendering: what compares with the naive filter. */
  queryP95: number;
  filter: number;
  heapMb: number;
  bytesPerBrief: number;
  naiveLoad: number;
  naiveP50: number;
  naiveP95: number;
  naiveHeapMb: number;
  /** First contentful paint of an extension page with one line of text and no script. */
  blankPaint: number;
  /** First contentful paint of the panel's cards as plain HTML with its stylesheet and no script: what painting them costs here. */
  staticPaint: number;
  /** First contentful paint of an extension page whose one line of text a one-line module script writes: what loading any script costs here. */
  scriptPaint: number;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (x: number) => Math.round(x * 10) / 10;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return round((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20);
}

/** Milliseconds from an input event in the panel to the list updated and laid out. */
function timeInput(page: Page, selector: string, value: string | null): Promise<number> {
  return page.evaluate(
    async ([sel, text]) => {
      const element = document.querySelector<HTMLInputElement>(sel as string)!;
      const start = performance.now();
      if (text === null) element.click();
      else {
        element.value = text as string;
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }
      // Preact renders in a microtask: by the next task the list is in the DOM; reading a size lays it out.
      await new Promise((resolve) => setTimeout(resolve, 0));
      void document.querySelector('.list-scroller')?.scrollHeight;
      return performance.now() - start;
    },
    [selector, value] as const,
  );
}

/** When a page first painted text, as the browser reports it. */
const contentfulPaint = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 120_000 }).then((handle) => handle.jsonValue());

async function measureSift(open: () => Promise<Page>, n: number) {
  const firstCards: number[] = [];
  const databaseCards: number[] = [];
  const firstPaints: number[] = [];
  const indexReady: number[] = [];
  let panel: Page | undefined;
  for (let i = 0; i < OPENS; i++) {
    await panel?.close();
    panel = await open();
    // Cards come first from the snapshot of the list as it last looked (not on the first opening), then from the database.
    await panel.waitForFunction(() => performance.getEntriesByName('sift:list-cards').length > 0, null, { timeout: 120_000 });
    const [snapshot, database] = await panel.evaluate(() => ['sift:snapshot-cards', 'sift:list-cards'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity));
    // The page's first contentful paint is when the browser showed its first text. The snapshot's
    // cards are that text (drawn in one task into an empty page), so they showed then; its mark
    // comes later, once the paint is reported. The database's cards were drawn at their mark,
    // and show no sooner than the first paint.
    const paint = await contentfulPaint(panel);
    firstCards.push(snapshot < Infinity ? paint : Math.max(database, paint));
    databaseCards.push(Math.max(database, paint));
    firstPaints.push(paint);
    // Let this panel finish reading the whole list, or the next one would queue behind it.
    await panel.waitForFunction((total) => document.querySelector('.panel__header [role=status]')?.textContent?.endsWith(`of ${total}`), n, { timeout: 120_000 });
    // And its search index, which is built after the list is in; typing before then waits for it.
    await panel.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 120_000 });
    indexReady.push(await panel.evaluate(() => performance.getEntriesByName('sift:index-ready')[0].startTime));
    // A panel that built the index saves it in the background; closed sooner, the next one builds it again.
    await panel.waitForFunction(
      () => !performance.getEntriesByName('sift:index-build').length || performance.getEntriesByName('sift:index-saved').length > 0,
      null,
      { timeout: 120_000 },
    );
  }
  const page = panel!;
  const search: number[] = [];
  await page.evaluate(() => performance.clearMeasures('sift:query'));
  for (const query of QUERIES) search.push(await timeInput(page, '.toolbar__search', query));
  const queryOnly = await page.evaluate(() => performance.getEntriesByName('sift:query').map((m) => m.duration));
  await timeInput(page, '.toolbar__search', '');
  const filters: number[] = [];
  for (const name of ['Unread', 'Favorites', 'Archived', 'All']) {
    filters.push(await timeInput(page, `.toolbar__views button:nth-child(${['All', 'Unread', 'Favorites', 'Archived'].indexOf(name) + 1})`, null));
  }
  const heap = await heapMb(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await page.close();
  return { firstCard: percentile(firstCards, 50), databaseCard: percentile(databaseCards, 50), firstPaint: percentile(firstPaints, 50), indexReady: percentile(indexReady.slice(1), 50), indexBuild: indexReady[0], queryP95: percentile(queryOnly, 95), searchP50: percentile(search, 50), searchP95: percentile(search, 95), filter: percentile(filters, 50), heapMb: heap, bytesPerBrief: Math.round(usage / n) };
}

/** The baseline: every brief read into memory, then each query a filter over all their text. */
async function measureNaive(page: Page) {
  const timings = await page.evaluate(async (queries) => {
    const start = performance.now();
    const open = indexedDB.open('sift');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const briefs: Array<Record<string, unknown>> = await new Promise((resolve) => {
      const request = db.transaction('briefs').objectStore('briefs').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const texts = briefs.map((b) => [b.title, b.siteName, b.byline, (b.summary as string[]).join(' '), b.text].join('\n').toLowerCase());
    const load = performance.now() - start;
    const search = queries.map((query) => {
      const t = performance.now();
      const terms = query.split(/\s+/);
      const hits = briefs.filter((_, i) => terms.every((term) => texts[i].includes(term)));
      hits.sort((a, b) => (b.savedAt as number) - (a.savedAt as number));
      return performance.now() - t;
    });
    (globalThis as { keep?: unknown }).keep = [briefs, texts];
    db.close();
    return { load, search };
  }, QUERIES);
  return { naiveLoad: timings.load, naiveP50: percentile(timings.search, 50), naiveP95: percentile(timings.search, 95), naiveHeapMb: await heapMb(page) };
}

/**
 * The floors under first card on this machine: how soon the browser shows an extension page that
 * runs nothing, with one line of text, and with the panel's first screen as plain HTML.
 */
async function measureFloors(open: (path: string) => Promise<Page>, buildDir: string) {
  const panel = await open('sidepanel.html');
  await panel.waitForFunction(() => performance.getEntriesByName('sift:index-ready').length > 0, null, { timeout: 120_000 });
  const { theme, app } = await panel.evaluate(() => ({ theme: document.documentElement.dataset.theme ?? '', app: document.getElementById('app')!.innerHTML }));
  await panel.close();
  const page = await readFile(join(buildDir, 'sidepanel.html'), 'utf8');
  const still = page
    .replace(/<script\b[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '')
    .replace('<html lang="en">', `<html lang="en" data-theme="${theme}">`)
    .replace('<div id="app"></div>', `<div id="app">${app}</div>`);
  await writeFile(join(buildDir, 'static.html'), still);
  const blank: number[] = [];
  const cards: number[] = [];
  const scripted: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    for (const [path, paints] of [['blank.html', blank], ['static.html', cards], ['script.html', scripted]] as const) {
      const opened = await open(path);
      paints.push(await contentfulPaint(opened));
      await opened.close();
    }
  }
  return { blankPaint: percentile(blank, 50), staticPaint: percentile(cards, 50), scriptPaint: percentile(scripted, 50) };
}

async function main(): Promise<void> {
  const buildDir = await makeTestBuild();
  await writeFile(join(buildDir, 'blank.html'), '<!doctype html><html lang="en"><title>Blank</title><p>Reading list</p></html>');
  await writeFile(join(buildDir, 'script.html'), '<!doctype html><html lang="en"><title>Script</title><script type="module" src="/script.js"></script></html>');
  await writeFile(join(buildDir, 'script.js'), "document.body.append('Reading list');");
  const session = await launchWithExtension(buildDir);
  const open = async (path = 'sidepanel.html') => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(session.extensionUrl(path));
    return page;
  };
  const rows: Row[] = [];
  try {
    const filler = await open();
    let stored = 0;
    for (const n of SIZES) {
      const started = Date.now();
      // Older briefs come after the ones already stored, as a long-kept list grows.
      await seedBriefs(filler, { count: n - stored, seed: n, newest: Date.UTC(2026, 10, 30) - stored * 3_600_000 });
      stored = n;
      console.log(`filled ${n} briefs in ${Math.round((Date.now() - started) / 1000)} s`);
      const sift = await measureSift(() => open(), n);
      const naivePage = await open();
      const naive = await measureNaive(naivePage);
      await naivePage.close();
      rows.push({ n, ...sift, ...naive, ...(await measureFloors(open, buildDir)) });
      console.log(JSON.stringify(rows.at(-1)));
    }
  } finally {
    await session.close();
  }
  printTable(rows);
}

function printTable(rows: Row[]): void {
  const head = ['briefs', 'first card ms', 'cards from database ms', 'first paint ms', 'blank page paint ms', 'static cards paint ms', 'one-script page paint ms', 'index build ms', 'index ready ms', 'search p50 ms', 'search p95 ms', 'query only p95 ms', 'filter ms', 'heap MB', 'DB bytes/brief', 'naive load ms', 'naive p50 ms', 'naive p95 ms', 'naive heap MB', 'naive p95 / query only p95'];
  console.log(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) {
    const cells = [r.n, r.firstCard, r.databaseCard, r.firstPaint, r.blankPaint, r.staticPaint, r.scriptPaint, r.indexBuild, r.indexReady, r.searchP50, r.searchP95, r.queryP95, r.filter, r.heapMb, r.bytesPerBrief, r.naiveLoad, r.naiveP50, r.naiveP95, r.naiveHeapMb, r.naiveP95 / r.queryP95];
    console.log(`| ${cells.map((c) => round(c)).join(' | ')} |`);
  }
  const part = (r: Row) => `n=${r.n} first_card_ms=${round(r.firstCard)} search_p95_ms=${round(r.searchP95)} naive_search_p95_ms=${round(r.naiveP95)}`;
  console.log(`\nbench:list ${rows.map(part).join(' | ')}`);
}

await main();
