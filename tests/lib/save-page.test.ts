import { beforeEach, expect, test } from 'vitest';
import { openDb, type SiftDb } from '../../lib/db/db';
import { NOT_ARTICLE_MESSAGE, savePage, type PageExtract } from '../../lib/save-page';
import { freshDbName, makeRawArticle } from '../helpers/briefs';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

const article = makeRawArticle();
const extracted = async (): Promise<PageExtract> => ({ ok: true, article });
const notArticle = async (): Promise<PageExtract> => ({
  ok: false,
  reason: 'not-article',
  page: { ...article, title: 'Sign in', text: '', html: '' },
});

test('an article is summarized and stored', async () => {
  const outcome = await savePage(db, { url: article.url, extract: extracted });
  expect(outcome.status).toBe('saved');
  if (outcome.status !== 'saved') return;
  expect(outcome.created).toBe(true);
  expect(outcome.brief).toMatchObject({ kind: 'article', title: 'A headline', readingMinutes: 1 });
  expect(outcome.brief.summary[0]).toBe('First sentence of the story.');
  expect(await db.briefs.count()).toBe(1);
});

test('a restricted URL is refused before anything is injected', async () => {
  let injected = false;
  const outcome = await savePage(db, {
    url: 'chrome://extensions',
    extract: async () => {
      injected = true;
      return extracted();
    },
  });
  expect(outcome).toEqual({ status: 'error', message: expect.stringMatching(/Browser pages/) });
  expect(injected).toBe(false);
  expect(await db.briefs.count()).toBe(0);
});

test('a page that is not an article is not stored unless the user asks for a bookmark', async () => {
  expect(await savePage(db, { url: article.url, extract: notArticle })).toEqual({
    status: 'not-article',
    message: NOT_ARTICLE_MESSAGE,
    url: article.url,
  });
  expect(await db.briefs.count()).toBe(0);
  const outcome = await savePage(db, { url: article.url, extract: notArticle, asBookmark: true });
  expect(outcome).toMatchObject({ status: 'saved', brief: { kind: 'bookmark', title: 'Sign in', summary: [], text: '' } });
});

test('a page over the size budget is refused with its message and nothing is stored', async () => {
  const message = 'This page is too big for Sift to read safely: it has more than 100,000 elements. Nothing was saved.';
  const outcome = await savePage(db, { url: article.url, extract: async () => ({ ok: false, reason: 'over-budget', message }), asBookmark: true });
  expect(outcome).toEqual({ status: 'error', message });
  expect(await db.briefs.count()).toBe(0);
});

test('a PDF or other file shown in the tab gets its own message', async () => {
  const pdf = await savePage(db, {
    url: 'https://example.com/download?id=4',
    extract: async () => ({ ok: false, reason: 'not-html', contentType: 'application/pdf' }),
  });
  expect(pdf).toEqual({ status: 'error', message: 'Sift saves web pages, not PDF files.' });
  const image = await savePage(db, {
    url: 'https://example.com/photo',
    extract: async () => ({ ok: false, reason: 'not-html', contentType: 'image/png' }),
  });
  expect(image).toMatchObject({ status: 'error', message: expect.stringMatching(/shows a file/) });
});

test('an injection the browser refuses becomes a plain message and stores nothing', async () => {
  const outcome = await savePage(db, {
    url: article.url,
    extract: () => Promise.reject(new Error('Cannot access contents of the page')),
  });
  expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/did not let Sift read/) });
  expect(await db.briefs.count()).toBe(0);
});

test('a full disk is reported as such and leaves nothing half-written', async () => {
  db.briefs.hook('creating', () => {
    throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  });
  const outcome = await savePage(db, { url: article.url, extract: extracted });
  expect(outcome).toEqual({ status: 'error', message: 'Your browser is out of storage space for Sift; nothing was saved.' });
  expect(await db.briefs.count()).toBe(0);
});

test('highlights given with the save are stored on the brief', async () => {
  const highlight = { text: 'First sentence of the story.', createdAt: 3 };
  const outcome = await savePage(db, { url: article.url, extract: extracted, highlights: [highlight] });
  expect(outcome.status === 'saved' && outcome.brief.highlights).toEqual([highlight]);
});
