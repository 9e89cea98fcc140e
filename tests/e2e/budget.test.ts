import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeHugePage } from '../../bench/huge-page';
import { IN_PAGE_MAX_ELEMENTS } from '../../lib/pipeline/in-page';
import { launchWithExtension, makeTestBuild, readBriefs, serveFolder, tabIdOf, textOf, type ExtensionSession } from '../../scripts/extension-browser';

let session: ExtensionSession;
let server: Server;
let origin: string;
let buildDir: string;
let pagesDir: string;

const STORY = '<p>The council met until midnight and voted on the budget for the coming year, after a long debate.</p>'.repeat(12);

beforeAll(async () => {
  pagesDir = await mkdtemp(join(tmpdir(), 'sift-budget-'));
  await writeFile(
    join(pagesDir, 'deep.html'),
    `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<article><h1>Deep</h1>${STORY}</article>${'</div>'.repeat(5000)}</body></html>`,
  );
  await writeFile(
    join(pagesDir, 'clobber.html'),
    `<!doctype html><html lang="en"><head><title>Council votes</title></head><body><form><input name="firstElementChild"><input name="nextElementSibling"><input name="parentElement"></form><article><h1>Council votes</h1>${STORY}</article></body></html>`,
  );
  await writeFile(join(pagesDir, 'large.html'), makeHugePage({ elements: IN_PAGE_MAX_ELEMENTS * 2, megabytes: 1.2 }));
  buildDir = await makeTestBuild();
  ({ origin, server } = await serveFolder(pagesDir));
  session = await launchWithExtension(buildDir);
});

afterAll(async () => {
  await session?.close();
  server?.close();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true });
});

/** Opens the served page in a tab and presses Save in the popup for it. */
async function saveInPopup(path: string) {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${path}`);
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  return { page, popup };
}

test('a story under 5,000 nested divs is refused in the tab with a clear message, and nothing is stored', async () => {
  const { popup } = await saveInPopup('deep.html');
  // Chromium's parser stops nesting at 512 levels, still past the budget's 256.
  await expect
    .poll(() => textOf(popup.getByRole('alert')))
    .toBe('This page is too big for Sift to read safely: its markup is nested more than 256 levels deep. Nothing was saved.');
  expect(await readBriefs(popup)).toEqual([]);
});

test('a form field that shadows DOM traversal is refused with a message instead of freezing the tab', async () => {
  const { page, popup } = await saveInPopup('clobber.html');
  await expect.poll(() => textOf(popup.getByRole('alert'))).toMatch(/^This page names a form field "(firstElementChild|nextElementSibling|parentElement)"/);
  expect(await readBriefs(popup)).toEqual([]);
  // The tab still answers: the page's own script runs.
  expect(await page.evaluate(() => document.title)).toBe('Council votes');
});

test('a page too large to read in the tab is handed to the background and saved from its markup', async () => {
  const { popup } = await saveInPopup('large.html');
  await expect.poll(() => textOf(popup.getByRole('status')), { timeout: 30_000 }).toMatch(/^Saved · The Harbour Gazette · \d+ min read/);
  const [brief, ...others] = await readBriefs(popup);
  expect(others).toEqual([]);
  expect(brief.title).toBe('Council approves harbour budget');
  expect(brief.text).toContain('The city council voted late on Tuesday to approve a new budget');
  expect(brief.text).not.toContain('reader1');
});
