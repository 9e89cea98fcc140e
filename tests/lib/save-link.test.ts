import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { saveBrief } from '../../lib/db/briefs';
import { openDb, type SiftDb } from '../../lib/db/db';
import { fetchPage, saveLink } from '../../lib/save-link';
import { freshDbName, makeNewBrief } from '../helpers/briefs';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

const page = await readFile(resolve('tests/fixtures/pages/gzero--kursk.html'));
const url = 'https://www.gzeromedia.com/news/kursk';
const serve = (body: BodyInit, type = 'text/html; charset=utf-8') =>
  (async () => new Response(body, { headers: { 'content-type': type } })) as unknown as typeof fetch;

test('with access, the linked article is fetched and runs through the pipeline', async () => {
  const outcome = await saveLink(db, { url, hasAccess: async () => true, fetch: serve(page) });
  expect(outcome.status).toBe('saved');
  if (outcome.status !== 'saved') return;
  expect(outcome.brief.kind).toBe('article');
  expect(outcome.brief.siteName).toBe('GZERO Media');
  expect(outcome.brief.summary.length).toBeGreaterThan(0);
});

test('without access, a link-only brief is kept, and an existing brief is never thinned out', async () => {
  const outcome = await saveLink(db, { url: 'https://news.example.com/a?utm_source=x', title: ' A story ', hasAccess: async () => false });
  expect(outcome.status === 'saved' && outcome.brief).toMatchObject({ kind: 'link', title: 'A story', text: '', siteName: 'news.example.com' });

  const stored = (await saveBrief(db, makeNewBrief({ canonicalUrl: 'https://news.example.com/b' }))).brief;
  const again = await saveLink(db, { url: 'https://news.example.com/b', hasAccess: async () => false });
  expect(again).toEqual({ status: 'saved', brief: stored, created: false });
});

test('fetchPage reports files and HTTP errors', async () => {
  expect(await fetchPage(url, serve('%PDF', 'application/pdf'))).toEqual({ ok: false, reason: 'not-html', contentType: 'application/pdf' });
  const missing = (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch;
  await expect(fetchPage(url, missing)).rejects.toThrow('HTTP 404');
});

test('a link that is not to a web page is refused and stores nothing', async () => {
  const outcome = await saveLink(db, { url: 'mailto:desk@news.example.com', hasAccess: async () => false });
  expect(outcome).toEqual({ status: 'error', message: 'Sift saves links to web pages only.' });
  expect(await db.briefs.count()).toBe(0);
});
