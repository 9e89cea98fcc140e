// Huge and deep pages: extraction time and peak memory in Node, and the longest block of the tab's
// main thread in headless Chromium while the built extension saves it, each next to plain Readability.
// Usage: npm run bench:huge   (builds first; pages are generated, served from 127.0.0.1)
// Prints only; nothing here is a timed test.
import { Readability } from '@mozilla/readability';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { SaveOutcome } from '../lib/messaging';
import { parsePage } from '../lib/node/parse-page';
import { extractStory } from '../lib/pipeline';
import { IN_PAGE_MAX_ELEMENTS } from '../lib/pipeline/in-page';
import { launchWithExtension, makeTestBuild, serveFolder, tabIdOf, type ExtensionSession } from '../scripts/extension-browser';
import { makeHugePage } from './huge-page';

interface Case {
  name: string;
  html: () => string;
}

const CASES: Case[] = [
  { name: 'huge: 200,000 elements, 10 MB', html: () => makeHugePage() },
  { name: 'largest in budget: 99,000 elements, 5 MB (handed off)', html: () => makeHugePage({ elements: 99_000, megabytes: 5 }) },
  {
    name: `largest read in the tab: ${IN_PAGE_MAX_ELEMENTS.toLocaleString('en')} elements, 0.6 MB`,
    html: () => makeHugePage({ elements: IN_PAGE_MAX_ELEMENTS, megabytes: 0.6 }),
  },
  { name: 'deep: story under 5,000 divs', html: () => makeHugePage({ elements: 200, megabytes: 0.05 }).replace('<main>', `${'<div>'.repeat(5000)}<main>`) },
];
// Plain Readability may spin for minutes on a pathological page; past this it counts as stuck.
const BASELINE_TIMEOUT_MS = 120_000;

/** One measurement in a fresh process, so its peak RSS is the page's alone. */
function measureInNode(index: number, how: 'sift' | 'readability'): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/huge.ts', '--node', String(index), how], {
    encoding: 'utf8',
    timeout: BASELINE_TIMEOUT_MS,
  });
  if (run.error) return `stuck: no result in ${BASELINE_TIMEOUT_MS / 1000} s`;
  return run.stdout.trim() || `failed: ${run.stderr.trim().split('\n').at(-1)}`;
}

function nodeCase(index: number, how: string): void {
  const html = CASES[index].html();
  const t0 = performance.now();
  const doc = parsePage(html);
  const t1 = performance.now();
  let outcome: string;
  if (how === 'sift') {
    const result = extractStory(doc, 'http://127.0.0.1/huge.html');
    outcome = result.ok ? `brief, ${result.article.text.length} chars` : result.reason;
  } else {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    outcome = parsed ? `article, ${parsed.textContent?.length ?? 0} chars` : 'no article';
  }
  const t2 = performance.now();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`parse ${ms(t1 - t0)}, extract ${ms(t2 - t1)}, peak RSS ${peakMb.toFixed(0)} MB: ${outcome}`);
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

// A heartbeat on the page's main thread, which the content script shares with the page: the
// longest gap between 5 ms timer ticks is the longest the tab could not respond. (Headless
// Chromium reported no 'longtask' entries here, so a PerformanceObserver would print zeros.)
const WATCH = `(() => {
  window.__longestGap = 0;
  let last = performance.now();
  const tick = () => { const now = performance.now(); __longestGap = Math.max(__longestGap, now - last); last = now; setTimeout(tick, 5); };
  setTimeout(tick, 5);
})()`;

async function blockInChromium(session: ExtensionSession, ui: Page, url: string, how: 'sift' | 'readability'): Promise<string> {
  const page = await session.context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  await page.evaluate(WATCH);
  await page.waitForTimeout(300);
  let outcome: string;
  const start = performance.now();
  if (how === 'sift') {
    const tabId = await tabIdOf(session, page);
    // The popup's Save: the background injects the content script, reads a handed-off page, stores.
    const result = await ui.evaluate(
      (id) => chrome.runtime.sendMessage({ sift: 'saveTab', data: { tabId: id } }) as Promise<SaveOutcome>,
      tabId,
    );
    outcome = result.status === 'saved' ? `saved, ${result.brief.text.length} chars` : result.message;
  } else {
    await page.addScriptTag({ content: await readFile('node_modules/@mozilla/readability/Readability.js', 'utf8') });
    outcome = await page.evaluate(() => {
      const parsed = new (window as unknown as { Readability: typeof Readability }).Readability(document.cloneNode(true) as Document).parse();
      return parsed ? `article, ${parsed.textContent?.length ?? 0} chars` : 'no article';
    });
  }
  const total = performance.now() - start;
  await page.waitForTimeout(300);
  const gap = await page.evaluate(() => (window as unknown as { __longestGap: number }).__longestGap);
  await page.close();
  return `tab blocked ${ms(gap)} at most (${ms(total)} from the call to the result): ${outcome}`;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const [i, c] of CASES.entries()) {
    rows.push(`${c.name}`);
    rows.push(`  Node, Sift:            ${measureInNode(i, 'sift')}`);
    rows.push(`  Node, Readability:     ${measureInNode(i, 'readability')}`);
    console.log(rows.slice(-3).join('\n'));
  }
  const dir = await mkdtemp(join(tmpdir(), 'sift-huge-'));
  for (const [i, c] of CASES.entries()) await writeFile(join(dir, `case${i}.html`), c.html());
  const { origin, server } = await serveFolder(dir);
  const build = await makeTestBuild();
  const session = await launchWithExtension(build);
  const ui = await session.context.newPage();
  await ui.goto(session.extensionUrl('sidepanel.html'));
  const worst: Array<[number, string]> = [];
  try {
    for (const [i, c] of CASES.entries()) {
      const sift = await blockInChromium(session, ui, `${origin}/case${i}.html`, 'sift');
      const plain = await blockInChromium(session, ui, `${origin}/case${i}.html`, 'readability');
      console.log(`${c.name}\n  Chromium, Sift:        ${sift}\n  Chromium, Readability: ${plain}`);
      worst.push([Number(/blocked (\d+)/.exec(sift)?.[1] ?? 0), c.name]);
    }
  } finally {
    await session.close();
    server.close();
    await rm(build, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
  const [longest, name] = worst.sort((a, b) => b[0] - a[0])[0];
  console.log(`\nworst case in the tab: Sift blocks its main thread for ${longest} ms (${name})`);
}

if (process.argv[2] === '--node') nodeCase(Number(process.argv[3]), process.argv[4]);
else await main();
