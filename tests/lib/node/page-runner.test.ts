import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startPageRunner, type PageRunner } from '../../../lib/node/page-runner';

const FIXTURES = resolve(__dirname, '../../fixtures/pages');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const kursk = bytes('gzero--kursk.html');
// 98,000 elements of comments, just within the DOM budget: several seconds of parsing and
// Readability, far over the 1.5 s the test allows (a cold worker briefs the news page in ~0.3 s).
const slow = new TextEncoder().encode(`<html><body><ol>${'<li><p>A reader comment on the story.</p></li>'.repeat(49_000)}</ol></body></html>`);

let runner: PageRunner | undefined;
afterEach(() => runner?.close());

test('briefs pages in a worker, answering in call order', async () => {
  runner = startPageRunner();
  const [story, login] = await Promise.all([runner.brief(kursk, ''), runner.brief(bytes('plain--not-article.html'), '')]);
  expect(story).toMatchObject({ kind: 'brief', brief: { siteName: 'GZERO Media', kind: 'article' } });
  expect(login).toEqual({ kind: 'not-article' });
});

test('a page over its time limit is given up on, and the next page gets a fresh worker', async () => {
  runner = startPageRunner({ timeoutMs: 1500, memoryMb: 1024 });
  const outcomes = await Promise.all([runner.brief(slow, ''), runner.brief(kursk, '')]);
  expect(outcomes[0]).toEqual({ kind: 'timeout', ms: 1500 });
  // The fresh worker's start-up is not counted against the page.
  expect(outcomes[1]).toMatchObject({ kind: 'brief' });
});

test('a page that needs more heap than allowed ends its worker, not the run', async () => {
  runner = startPageRunner({ timeoutMs: 60_000, memoryMb: 16 });
  expect(await runner.brief(slow, '')).toEqual({ kind: 'out-of-memory', mb: 16 });
});
