import { readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchWithExtension,
  makeTestBuild,
  readBriefs,
  serveFolder,
  tabIdOf,
  type ExtensionSession,
  textOf,
} from '../../scripts/extension-browser';

const FIXTURES = resolve('tests/fixtures');
const expected = JSON.parse(await readFile(resolve(FIXTURES, 'pages/gzero--kursk.expected.json'), 'utf8'));

let session: ExtensionSession;
let server: Server;
let origin: string;
let buildDir: string;
let dbPage: Page;

beforeAll(async () => {
  buildDir = await makeTestBuild();
  ({ origin, server } = await serveFolder(FIXTURES));
  session = await launchWithExtension(buildDir);
  dbPage = await session.context.newPage();
  await dbPage.goto(session.extensionUrl('sidepanel.html'));
});

afterAll(async () => {
  await session?.close();
  server?.close();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

async function openTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(path.includes('://') ? path : `${origin}/${path}`);
  return { page, tabId: await tabIdOf(session, page) };
}

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

async function briefsFor(url: string) {
  return (await readBriefs(dbPage)).filter((b) => b.canonicalUrl === url);
}

/** Waits until the background has created the context menu (it does so in onInstalled). */
async function waitForMenu(id: string): Promise<void> {
  await expect
    .poll(() =>
      session.worker.evaluate(
        (menuId) =>
          new Promise<boolean>((done) => chrome.contextMenus.update(menuId, {}, () => done(!chrome.runtime.lastError))),
        id,
      ),
    )
    .toBe(true);
}

describe('saving a news page', () => {
  test('the popup Save button stores one brief with the story and shows it as saved', async () => {
    const { tabId } = await openTab('pages/gzero--kursk.html');
    const popup = await openPopupFor(tabId);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => textOf(popup.getByRole('status'))).toMatch(/^Saved · GZERO Media · \d+ min read/);

    const [brief, ...others] = await briefsFor(expected.url);
    expect(others).toHaveLength(0);
    expect(brief.title).toBe(expected.title);
    expect(brief.siteName).toBe('GZERO Media');
    for (const snippet of expected.with) expect(brief.text).toContain(snippet);
    // Served from 127.0.0.1, the page's canonical URL still names its site, so its teasers go.
    for (const snippet of expected.without) expect(brief.text).not.toContain(snippet);
    expect((brief.related as Array<{ url: string }>).map((link) => link.url).sort()).toEqual([...expected.related].sort());
    expect(brief.text).not.toContain(expected.title);
    expect(brief.summary).not.toHaveLength(0);
    expect(await popup.locator('.brief-list').innerText()).toContain(expected.title);
  });

  test('the context-menu handler saves the page, and saving again never makes a second brief', async () => {
    await waitForMenu('save-page');
    const { tabId } = await openTab('pages/gzero--kursk.html?utm_source=newsletter#top');
    const before = await readBriefs(dbPage);
    await session.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      // A real right-click cannot be automated; dispatch fires the listeners the same way.
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(
        { menuItemId: 'save-page', editable: false, pageUrl: tab.url },
        tab,
      );
    }, tabId);
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    const after = await readBriefs(dbPage);
    expect(after).toHaveLength(before.length);
    const [brief] = await briefsFor(expected.url);
    expect(brief.updatedAt).toBeGreaterThan(brief.savedAt as number);
  });

  test('the keyboard shortcut saves through the same path', async () => {
    const { tabId } = await openTab('pages/gzero--kursk-inline.html');
    await session.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('save-page', tab);
    }, tabId);
    await expect.poll(async () => (await briefsFor(expected.url))[0]?.url).toMatch(/gzero--kursk-inline\.html$/);
    expect(await readBriefs(dbPage)).toHaveLength(1);
    // The teasers sit inside the article element on this page; they still go.
    const [brief] = await briefsFor(expected.url);
    for (const snippet of expected.without) expect(brief.text).not.toContain(snippet);
    expect(brief.related).toHaveLength(expected.related.length);
  });
});

describe('pages that cannot be saved', () => {
  test('a browser page gets a plain sentence and nothing is stored', async () => {
    const before = (await readBriefs(dbPage)).length;
    const { tabId } = await openTab('chrome://version');
    const popup = await openPopupFor(tabId);
    await expect.poll(() => textOf(popup.getByRole('alert'))).toMatch(/cannot read this/);
    expect(await popup.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    expect(await readBriefs(dbPage)).toHaveLength(before);
  });

  test('a PDF is refused with a clear message', async () => {
    const { tabId } = await openTab('files/report.pdf');
    const popup = await openPopupFor(tabId);
    await expect.poll(() => textOf(popup.getByRole('alert'))).toBe('Sift saves web pages, not PDF files.');
  });

  test('a page that is not an article is refused, then saved as a bookmark when the user confirms', async () => {
    const before = (await readBriefs(dbPage)).length;
    const { tabId } = await openTab('pages/plain--not-article.html');
    const popup = await openPopupFor(tabId);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => textOf(popup.getByRole('alert'))).toContain('does not look like an article');
    expect(await readBriefs(dbPage)).toHaveLength(before);

    await popup.getByRole('button', { name: 'Save as bookmark' }).click();
    await expect.poll(() => textOf(popup.getByRole('status'))).toContain('Bookmark');
    const bookmark = (await readBriefs(dbPage)).find((b) => String(b.url).endsWith('plain--not-article.html'));
    expect(bookmark).toMatchObject({ kind: 'bookmark', text: '', title: 'Sign in · Example Service' });
  });
});

describe('the reading list', () => {
  test('the side panel lists every brief newest first and opens a clean reader', async () => {
    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl('sidepanel.html'));
    const cards = panel.locator('.brief-card__title');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.first().innerText()).toBe('Sign in · Example Service');

    await panel.getByRole('button', { name: new RegExp(expected.title) }).click();
    const reader = panel.locator('article.reader');
    await expect.poll(() => textOf(reader.getByRole('heading', { level: 1 }))).toBe(expected.title);
    await expect.poll(() => textOf(reader.locator('.reader__meta'))).toContain('GZERO Media');
    await expect.poll(() => textOf(reader.locator('.reader__meta'))).toMatch(/GZERO Staff · .+ · \d+ min read$/);
    expect(await reader.getByRole('region', { name: 'Summary' }).isVisible()).toBe(true);
    const story = await reader.locator('.reader__story').innerText();
    for (const snippet of expected.with) expect(story).toContain(snippet);
    expect(await reader.locator('.reader__story script, .reader__story form, .reader__story [onclick]').count()).toBe(0);
    await panel.screenshot({ path: resolve('artifacts/e2e-reader.png'), fullPage: false });

    await panel.getByRole('button', { name: '← Reading list' }).click();
    await expect.poll(() => cards.count()).toBe(2);
  });
});

describe('a standfirst the page sets above the story', () => {
  test('is stored apart from the body and shown above the story in the reader', async () => {
    const hero = JSON.parse(await readFile(resolve(FIXTURES, 'pages/fernbrookherald--hero-standfirst.expected.json'), 'utf8'));
    const { tabId } = await openTab('pages/fernbrookherald--hero-standfirst.html');
    const popup = await openPopupFor(tabId);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => textOf(popup.getByRole('status'))).toMatch(/^Saved · Fernbrook Herald/);

    const [brief] = await briefsFor(hero.url);
    expect(brief.standfirst).toBe(hero.standfirst);
    expect(brief.text).not.toContain(hero.standfirst);
    for (const snippet of hero.with) expect(brief.text).toContain(snippet);

    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl('sidepanel.html'));
    await panel.getByRole('button', { name: new RegExp(hero.title) }).click();
    const reader = panel.locator('article.reader');
    await expect.poll(() => textOf(reader.locator('.reader__standfirst'))).toBe(hero.standfirst);
    expect(await reader.locator('.reader__story').innerText()).not.toContain(hero.standfirst);
  });
});
