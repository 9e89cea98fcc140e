import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { fetchLinkBrief, fetchLinks, linkJobs } from '../../../lib/io/fetch-links';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

const PAGE = readFileSync(resolve(__dirname, '../../fixtures/pages/gzero--kursk.html'));
const CANONICAL = 'https://www.gzeromedia.com/news/ukraine-says-its-operation-in-kursk-is-not-about-taking-territory';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

function link(url: string, extra = {}) {
  return makeNewBrief({ url, canonicalUrl: url, kind: 'link', text: '', html: '', summary: [], title: url, ...extra });
}

/** A fake network: each URL answers with the given statuses in turn (200 serves the fixture). */
function network(answers: Record<string, number[]>) {
  const calls: string[] = [];
  const fetchFn = (async (input: string) => {
    calls.push(input);
    const status = answers[input]?.shift() ?? 404;
    if (status === 0) throw new TypeError('Failed to fetch');
    return new Response(status === 200 ? PAGE : 'x', { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

const allowed = async () => true;
const noWait = async () => undefined;

test('linkJobs lists only briefs whose article is not fetched, oldest first', async () => {
  await saveBrief(db, link('https://a.example/1'), 2);
  await saveBrief(db, makeNewBrief({ url: 'https://a.example/full', canonicalUrl: 'https://a.example/full' }), 1);
  await saveBrief(db, link('https://a.example/0'), 1);
  expect((await linkJobs(db)).map((job) => job.url)).toEqual(['https://a.example/0', 'https://a.example/1']);
});

test('a fetched link becomes a full brief in place, keeping the user state', async () => {
  const { brief } = await saveBrief(db, link('https://gz.example/kursk', { tags: ['ukraine'] }), 5);
  await db.briefs.update(brief.id, { archived: true });
  const { fetchFn } = network({ 'https://gz.example/kursk': [200] });
  const progress = await fetchLinks(db, { fetch: fetchFn, hasAccess: allowed, sleep: noWait, now: () => 9 });
  expect(progress).toEqual({ total: 1, done: 1, failed: [] });
  const stored = await db.briefs.get(brief.id);
  expect(stored).toMatchObject({ kind: 'article', canonicalUrl: CANONICAL, tags: ['ukraine'], archived: true, savedAt: 5, updatedAt: 9 });
  expect(stored?.text).toContain('Kyiv is not interested in “taking territory” in Russia.');
  expect(await db.entries.get(brief.id)).toMatchObject({ kind: 'article', archived: true });
  // The story's words are searchable now.
  expect((await db.words.get(brief.id))?.body.split(' ')).toEqual(expect.arrayContaining(['kyiv', 'territory']));
  expect(await linkJobs(db)).toEqual([]);
});

test('a link whose article is already stored merges into that brief', async () => {
  await saveBrief(db, makeNewBrief({ url: CANONICAL, canonicalUrl: CANONICAL, tags: ['saved'] }), 1);
  const { brief } = await saveBrief(db, link('https://gz.example/kursk', { tags: ['imported'] }), 2);
  const { fetchFn } = network({ 'https://gz.example/kursk': [200] });
  await fetchLinks(db, { fetch: fetchFn, hasAccess: allowed, sleep: noWait });
  expect(await db.briefs.get(brief.id)).toBeUndefined();
  expect(await db.briefs.count()).toBe(1);
  expect((await db.briefs.toArray())[0].tags.sort()).toEqual(['imported', 'saved']);
  expect(await db.entries.count()).toBe(1);
  expect(await db.words.count()).toBe(1);
});

test('busy servers are retried, missing pages and refused sites are listed with the reason', async () => {
  await saveBrief(db, link('https://busy.example/a'), 1);
  await saveBrief(db, link('https://gone.example/a'), 2);
  await saveBrief(db, link('https://private.example/a'), 3);
  await saveBrief(db, link('https://offline.example/a'), 4);
  const { fetchFn, calls } = network({ 'https://busy.example/a': [503, 429, 200], 'https://gone.example/a': [404], 'https://offline.example/a': [0, 0, 0] });
  const progress = await fetchLinks(db, {
    fetch: fetchFn,
    hasAccess: async (url) => !url.includes('private'),
    sleep: noWait,
  });
  expect(progress.done).toBe(1);
  expect(progress.failed.map(({ url, reason }) => [url, reason])).toEqual(
    expect.arrayContaining([
      ['https://gone.example/a', 'the site answered HTTP 404'],
      ['https://private.example/a', 'Sift may not read this site'],
      ['https://offline.example/a', 'the site could not be reached'],
    ]),
  );
  expect(calls.filter((url) => url.includes('busy'))).toHaveLength(3);
  expect(calls.filter((url) => url.includes('offline'))).toHaveLength(3);
  expect(calls.some((url) => url.includes('private'))).toBe(false);
  expect((await linkJobs(db)).map((job) => job.url)).not.toContain('https://busy.example/a');
});

test('a page that is not an article stays a link, with the reason', async () => {
  const { brief } = await saveBrief(db, link('https://a.example/login'), 1);
  const fetchFn = (async () =>
    new Response('<html><head><title>Log in</title></head><body><form></form></body></html>', {
      headers: { 'content-type': 'text/html' },
    })) as unknown as typeof fetch;
  expect(await fetchLinkBrief(db, { id: brief.id, url: brief.url }, { fetch: fetchFn, hasAccess: allowed }, 1)).toEqual({
    ok: false,
    retry: false,
    reason: 'no article on the page',
  });
  expect((await db.briefs.get(brief.id))?.kind).toBe('link');
});

test('a page too big to read stays a link, with the limit it crossed', async () => {
  const { brief } = await saveBrief(db, link('https://a.example/deep'), 1);
  const deep = `<html><body>${'<div>'.repeat(300)}<p>Deep story text.</p>${'</div>'.repeat(300)}</body></html>`;
  const fetchFn = (async () => new Response(deep, { headers: { 'content-type': 'text/html' } })) as unknown as typeof fetch;
  const outcome = await fetchLinkBrief(db, { id: brief.id, url: brief.url }, { fetch: fetchFn, hasAccess: allowed }, 1);
  expect(outcome).toMatchObject({ ok: false, retry: false, reason: expect.stringMatching(/too big .*nested more than 256 levels/) });
  expect((await db.briefs.get(brief.id))?.kind).toBe('link');
});
