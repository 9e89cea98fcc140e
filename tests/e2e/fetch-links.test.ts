import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, makeTestBuild, readBriefs, serveFolder, type ExtensionSession, textOf } from '../../scripts/extension-browser';

let session: ExtensionSession;
let server: Server;
let origin: string;
let buildDir: string;
let options: Page;

beforeAll(async () => {
  buildDir = await makeTestBuild();
  ({ origin, server } = await serveFolder(resolve('tests/fixtures/pages')));
  session = await launchWithExtension(buildDir);
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
});

afterAll(async () => {
  await session?.close();
  server?.close();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

test('Fetch articles turns imported links into briefs in the background, listing what failed and why', async () => {
  // Two links the test build may read (127.0.0.1), one it may not (localhost), one missing page.
  const port = new URL(origin).port;
  const csv = [
    'title,url,time_added,tags,status',
    `Kursk,${origin}/gzero--kursk.html,1723590000,ukraine,unread`,
    `Sign in,${origin}/plain--not-article.html,1723590001,,unread`,
    `Elsewhere,http://localhost:${port}/gzero--kursk-inline.html,1723590002,,unread`,
    `Gone,${origin}/no-such-page.html,1723590003,,archive`,
  ].join('\n');
  await options.locator('input[type=file]').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect.poll(() => textOf(options.getByRole('status'))).toContain('4 new');
  await expect.poll(() => textOf(options.locator('#fetch-heading + p'))).toContain('4 saved links have no article yet');

  // The click asks for every site first; automation cannot answer that prompt, so send what the click then sends.
  await options.evaluate(() => chrome.runtime.sendMessage({ sift: 'fetchLinks', data: {} }));
  const status = options.locator('.io-progress [role=status]');
  await expect.poll(() => textOf(status), { timeout: 30_000 }).toBe('1 of 4 fetched, 3 failed — finished');
  const failures = await options.locator('[aria-label="Links that could not be fetched"]').innerText();
  expect(failures).toContain('plain--not-article.html: no article on the page');
  expect(failures).toContain(`localhost:${port}/gzero--kursk-inline.html: Sift may not read this site`);
  expect(failures).toContain('no-such-page.html: the site answered HTTP 404');

  const briefs = await readBriefs(options);
  const kursk = briefs.find((b) => b.title === 'Ukraine says its operation in Kursk is not about ‘taking territory’');
  expect(kursk).toMatchObject({ kind: 'article', tags: ['ukraine'] });
  expect(String(kursk?.text)).toContain('Kyiv is not interested in “taking territory” in Russia.');
  expect(briefs.filter((b) => b.kind === 'link')).toHaveLength(3);
  await expect.poll(() => textOf(options.locator('#fetch-heading + p'))).toContain('3 saved links have no article yet');
});

test("the side panel's Import & export opens the options page", async () => {
  // The browser shows an options tab that is already open instead of opening another.
  await options.close();
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('sidepanel.html'));
  const [opened] = await Promise.all([
    session.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Import & export' }).click(),
  ]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(session.extensionUrl('options.html'));
  expect(await opened.getByRole('heading', { name: 'Fetch articles' }).count()).toBe(1);
});
