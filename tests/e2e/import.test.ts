import { readFile, rm } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, makeTestBuild, readBriefs, type ExtensionSession, textOf } from '../../scripts/extension-browser';
import { IO_FIXTURES, zipFolder } from '../lib/io/fixtures';

let session: ExtensionSession;
let buildDir: string;
let options: Page;

const pocketZip = { name: 'pocket.zip', mimeType: 'application/zip', buffer: Buffer.from(zipFolder(join(IO_FIXTURES, 'pocket--2025'))) };

beforeAll(async () => {
  buildDir = await makeTestBuild();
  session = await launchWithExtension(buildDir);
  options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
});

afterAll(async () => {
  await session?.close();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

describe('import and export on the options page', () => {
  test('a Pocket zip is imported into IndexedDB, with the bad rows reported by line', async () => {
    await options.locator('input[type=file]').setInputFiles(pocketZip);
    await expect.poll(() => textOf(options.getByRole('status'))).toBe('Pocket: 7 new, 0 merged, 0 already here.');
    expect(await options.locator('.io-problems').innerText()).toContain('part_000000.csv line 8: broken quoting');
    const briefs = await readBriefs(options);
    expect(briefs).toHaveLength(7);
    expect(briefs.find((b) => b.canonicalUrl === 'https://www.gzeromedia.com/news/kursk')).toMatchObject({
      kind: 'link',
      tags: ['ukraine', 'war', 'analysis'],
      archived: true,
      highlights: [{ text: 'Ukraine says it holds ground in Kursk.', createdAt: 1723590000_000 }],
    });
  });

  test('importing the same file again changes nothing', async () => {
    const before = await readBriefs(options);
    await options.locator('input[type=file]').setInputFiles(pocketZip);
    await expect.poll(() => textOf(options.getByRole('status'))).toBe('Pocket: 0 new, 0 merged, 7 already here.');
    expect(await readBriefs(options)).toEqual(before);
  });

  test('the imported briefs are in the side panel reading list', async () => {
    // The list renders the story-free mirror: every imported brief has its entry.
    const titles = await options.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('sift');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('entries').objectStore('entries').getAll();
            request.onsuccess = () => resolve(request.result.map((entry: { title: string }) => entry.title));
          };
        }),
    );
    expect(titles).toHaveLength(7);
    expect(titles).toContain('Kyiv confirms Kursk push');
    const panel = await session.context.newPage();
    await panel.goto(session.extensionUrl('sidepanel.html'));
    // Newest first: the Kursk article (saved August 2024) heads the list, whatever the list's markup.
    await expect.poll(() => textOf(panel.getByText('Kyiv confirms Kursk push', { exact: true }))).toBe('Kyiv confirms Kursk push');
    if (await panel.locator('.brief-card__title').count()) {
      expect(await panel.locator('.brief-card__title').first().innerText()).toBe('Kyiv confirms Kursk push');
    }
  });

  test("an Omnivore zip goes through Sift's pipeline in the page: the Pocket link becomes a full brief", async () => {
    const omnivore = { name: 'omnivore.zip', mimeType: 'application/zip', buffer: Buffer.from(zipFolder(join(IO_FIXTURES, 'omnivore--export'))) };
    await options.locator('input[type=file]').setInputFiles(omnivore);
    await expect.poll(() => textOf(options.getByRole('status'))).toBe('Omnivore: 2 new, 1 merged, 0 already here.');
    const kursk = (await readBriefs(options)).find((b) => b.canonicalUrl === 'https://www.gzeromedia.com/news/kursk')!;
    expect(kursk).toMatchObject({ kind: 'article', byline: 'GZERO Staff', tags: ['ukraine', 'war', 'analysis'], archived: true });
    expect(kursk.text).toContain('Ukraine says it holds ground in Kursk.');
    expect((kursk.summary as string[]).length).toBeGreaterThan(0);
  });

  test('the Markdown export writes the story of a full brief', async () => {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Markdown files (zip)' }).click();
    const files = unzipSync(await readFile((await (await download).path())!));
    expect(Object.keys(files)).toHaveLength(9);
    const kursk = Object.entries(files).find(([name]) => name.endsWith('kyiv-confirms-kursk-push.md'))!;
    expect(strFromU8(kursk[1])).toContain('Ukraine says it holds ground in Kursk.');
  });

  test('the Sift backup downloads every brief, and storage use is shown', async () => {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Sift backup (JSON)' }).click();
    const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(file.briefs).toHaveLength(9);
    expect(await options.locator('#storage-heading + p').innerText()).toMatch(/^Sift uses [\d.]+ (bytes|KB|MB)/);
  });
});
