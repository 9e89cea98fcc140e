// The extraction benchmark's browser run: each page opened in headless Chromium, both engines
// timed in it on the live document, as the content script meets pages. Node's DOM (linkedom)
// clones a document slowly, which both engines pay: the browser's ratio is the one users get.
// The pages' own scripts do not run, so a page that needs them to show its story (React's streamed
// segments, left in hidden <div>s) reads worse here than in a tab; Node's DOM ignores `hidden`.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../scripts/extension-browser';
import type { CorpusPage } from './corpus';
import type { EngineTimes } from './engines';

export interface BrowserRun {
  /** Both engines' text and median time on `page`, or why it could not be timed. */
  measure(page: CorpusPage, rounds: number): Promise<EngineTimes | { skipped: string }>;
  close(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./in-page.ts', import.meta.url));
// A page that has not loaded by then (it never will: nothing is fetched) is skipped.
const LOAD_TIMEOUT_MS = 20_000;

// Some corpus pages were saved under no web address ("hard::page.html"): they are opened at one
// made up for them, while the engines are still told the page's own.
const addressOf = (page: CorpusPage) => (/^https?:\/\//i.test(page.url) ? page.url : `https://sift.invalid/${encodeURIComponent(page.id)}`);
const sameAddress = (a: string, b: string) => new URL(a).href.split('#')[0] === new URL(b).href.split('#')[0];

export async function startBrowserRun(): Promise<BrowserRun> {
  const bundled = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', write: false, logLevel: 'error' });
  const script = bundled.outputFiles[0].text;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM });
  const context = await browser.newContext();
  // One tab for all pages: opening a tab costs more than most pages take to read.
  let tab: Page | null = null;
  let current: CorpusPage | null = null;
  const openTab = async () => {
    const page = await context.newPage();
    // The page itself, once per visit, from memory (so a meta refresh does not reload it);
    // nothing else is fetched, and its own scripts are kept from changing the DOM.
    await page.route('**/*', (route) => {
      const request = route.request();
      // A refresh the last page set off may ask for its own address late: only this visit's counts.
      const html = request.isNavigationRequest() && current && sameAddress(request.url(), addressOf(current)) ? current.html : undefined;
      if (html === undefined) return route.abort();
      current = null;
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "script-src 'none'" },
        body: html,
      });
    });
    return page;
  };
  return {
    async measure(corpusPage, rounds) {
      tab ??= await openTab();
      current = corpusPage;
      try {
        await tab.goto(addressOf(corpusPage), { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
        await tab.evaluate(script);
        return (await tab.evaluate(`siftBench(${JSON.stringify(corpusPage.url)}, ${rounds})`)) as EngineTimes;
      } catch (err) {
        // Whatever went wrong (a page that navigated away, a crash), the next page gets a fresh tab.
        await tab.close().catch(() => undefined);
        tab = null;
        return { skipped: String((err as Error).message ?? err).split('\n')[0] };
      }
    },
    async close() {
      await browser.close();
    },
  };
}
