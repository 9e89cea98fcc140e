import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { resumeFetchJob, startFetchJob } from '../../../lib/io/fetch-job';
import { FETCH_STATE_KEY } from '../../../lib/io/fetch-state';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

const PAGE = readFileSync(resolve(__dirname, '../../fixtures/pages/gzero--kursk.html'));
let db: SiftDb;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(freshDbName());
  for (const url of ['https://open.example/a', 'https://closed.example/b']) {
    await saveBrief(db, makeNewBrief({ url, canonicalUrl: url, kind: 'link', text: '', html: '' }));
  }
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => origins?.[0] === 'https://open.example/*');
  vi.stubGlobal('fetch', vi.fn(async () => new Response(PAGE, { headers: { 'content-type': 'text/html' } })));
});
afterEach(() => vi.unstubAllGlobals());

const stored = async () => (await fakeBrowser.storage.local.get(FETCH_STATE_KEY))[FETCH_STATE_KEY];

test('fetches the links of sites Sift may read, lists the others, and records the finished state', async () => {
  const state = await startFetchJob(db);
  expect(state).toEqual({
    running: false,
    total: 2,
    done: 1,
    failed: [{ id: 2, url: 'https://closed.example/b', reason: 'Sift may not read this site' }],
  });
  expect(await stored()).toEqual(state);
  expect((await db.briefs.get(1))?.kind).toBe('article');
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('asking twice while a job runs joins that job', async () => {
  const [a, b] = [startFetchJob(db), startFetchJob(db)];
  expect(a).toBe(b);
  await a;
});

test('a job cut short is resumed when the background starts; a finished one is not', async () => {
  await fakeBrowser.storage.local.set({ [FETCH_STATE_KEY]: { running: true, total: 2, done: 0, failed: [] } });
  await resumeFetchJob(db);
  expect((await db.briefs.get(1))?.kind).toBe('article');
  expect((await stored()) as { running: boolean }).toMatchObject({ running: false });

  vi.mocked(fetch).mockClear();
  await resumeFetchJob(db);
  expect(fetch).not.toHaveBeenCalled();
});
