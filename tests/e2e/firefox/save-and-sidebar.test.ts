import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { makeHugePage } from '../../../bench/huge-page';
import { IN_PAGE_MAX_ELEMENTS } from '../../../lib/pipeline/in-page';
import { briefsInDb, serve, serveFolder } from '../../../scripts/extension-browser';
import {
  findExtensionPage,
  FIREFOX,
  launchFirefoxWithExtension,
  makeFirefoxTestBuild,
  type FirefoxSession,
} from '../../../scripts/firefox-extension';

// Code passed to page.evaluate() runs in an extension page, where `browser` is the API.
declare const browser: typeof WxtBrowser;

const FIXTURES = resolve('tests/fixtures');
const expected = JSON.parse(await readFile(resolve(FIXTURES, 'pages/gzero--kursk.expected.json'), 'utf8'));

// A developer without Firefox gets a skip; CI installs it (.ci/run), so there it always runs.
const skip = !existsSync(FIREFOX) && !process.env.CI;
if (skip) console.warn(`Skipping the Firefox browser test: no Firefox at ${FIREFOX}. Run scripts/ensure-browsers.sh firefox or set SIFT_FIREFOX.`);

let session: FirefoxSession;
let server: Server;
let origin: string;
let largeServer: Server;
let largeOrigin: string;
let buildDir: string;

/** Every brief in the extension's real IndexedDB. */
const readBriefs = (page: Page) => page.evaluate(briefsInDb);

describe.skipIf(skip)('Firefox', () => {
  beforeAll(async () => {
    buildDir = await makeFirefoxTestBuild();
    ({ origin, server } = await serveFolder(FIXTURES));
    // Past the in-page limit: the tab hands its markup to the background, which reads it on linkedom.
    const large = makeHugePage({ elements: IN_PAGE_MAX_ELEMENTS * 2, megabytes: 1.2 });
    ({ origin: largeOrigin, server: largeServer } = await serve((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(large);
    }));
    session = await launchFirefoxWithExtension(buildDir);
  });

  afterAll(async () => {
    await session?.close();
    server?.close();
    largeServer?.close();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  /** Opens `url` in a tab, presses Save in the popup for that tab, and gives the popup's answer. */
  async function saveInPopup(url: string): Promise<string | null> {
    const sidebar = session.extensionPage;
    const article = await session.firefox.newPage();
    await article.goto(url);
    // Matched by hand: Firefox's tabs.query({ url }) patterns cannot name the server's port.
    const tabId = await sidebar.evaluate(
      async (wanted) => (await browser.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null,
      article.url(),
    );
    expect(tabId).not.toBeNull();

    await sidebar.evaluate((id) => browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${id}`) }), tabId);
    const popup = await findExtensionPage(session.firefox, '/popup.html');
    const save = await popup.waitForSelector('button.primary');
    expect(await save!.evaluate((button) => button.textContent)).toBe('Save');
    await save!.click();
    // Waits for an alert too, so a refused save fails with its message instead of a timeout.
    const status = await popup.waitForSelector('[role=status], [role=alert]', { timeout: 30_000 });
    const answer = await status!.evaluate((element) => element.textContent);
    await popup.close();
    await article.close();
    return answer;
  }

  test('the popup Save button stores the story as a brief, and the sidebar lists it', async () => {
    const sidebar = session.extensionPage;
    expect(await saveInPopup(`${origin}/pages/gzero--kursk.html`)).toMatch(/^Saved · GZERO Media · \d+ min read/);

    const briefs = (await readBriefs(sidebar)).filter((brief) => brief.canonicalUrl === expected.url);
    expect(briefs).toHaveLength(1);
    const [brief] = briefs;
    expect(brief.title).toBe(expected.title);
    for (const snippet of expected.with) expect(brief.text).toContain(snippet);
    for (const snippet of expected.without) expect(brief.text).not.toContain(snippet);

    // The sidebar page was open all along: the new brief reaches it without a reload.
    await sidebar.waitForFunction(
      (title) => [...document.querySelectorAll('.brief-card__title')].some((card) => card.textContent === title),
      { timeout: 10_000 },
      expected.title,
    );
  });

  // Uses the brief the first test saved. The reader is a lazy chunk and runs DOMPurify: both must load under Firefox's extension CSP.
  test('the sidebar opens that brief in the reader: sanitized story, then its related links', async () => {
    const sidebar = session.extensionPage;
    const open = await sidebar.waitForFunction(
      (title) => [...document.querySelectorAll('button.entry__open')].find((button) => button.querySelector('.brief-card__title')?.textContent === title),
      { timeout: 10_000 },
      expected.title,
    );
    await open.asElement()!.evaluate((button) => (button as HTMLButtonElement).click());
    await sidebar.waitForFunction((title) => document.querySelector('article.reader h1')?.textContent === title, { timeout: 10_000 }, expected.title);
    const story = await sidebar.$eval('.reader__story', (element) => (element as HTMLElement).innerText);
    for (const snippet of expected.with) expect(story).toContain(snippet);
    for (const snippet of expected.without) expect(story).not.toContain(snippet);
    expect(await sidebar.$$eval('.reader__story script, .reader__story form, .reader__story [onclick]', (found) => found.length)).toBe(0);
    const related = await sidebar.$$eval('.reader__related a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(related.sort()).toEqual([...expected.related].sort());

    await sidebar.$eval('.reader__nav button', (button) => (button as HTMLButtonElement).click());
    await sidebar.waitForSelector('button.entry__open', { timeout: 10_000 });
  });

  test('a page too large to read in the tab is saved by the background from its markup', async () => {
    expect(await saveInPopup(`${largeOrigin}/large.html`)).toMatch(/^Saved · The Harbour Gazette · \d+ min read/);
    const [brief] = (await readBriefs(session.extensionPage)).filter((b) => b.title === 'Council approves harbour budget');
    expect(brief.text).toContain('The city council voted late on Tuesday to approve a new budget');
    expect(brief.text).not.toContain('reader1');
  });
});
