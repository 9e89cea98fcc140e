import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { briefBytes } from '../../../lib/node/brief-bytes';

const page = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/pages', name)));
const encode = (html: string) => new TextEncoder().encode(html);

test('a news page gives its brief; a login page is not an article', () => {
  expect(briefBytes(page('gzero--kursk.html'), '')).toMatchObject({ kind: 'brief', brief: { siteName: 'GZERO Media' } });
  expect(briefBytes(page('plain--not-article.html'), '')).toEqual({ kind: 'not-article' });
});

test('a page over the DOM budget gives its message', () => {
  const deep = encode(`<html><body>${'<div>'.repeat(5000)}<p>story</p>${'</div>'.repeat(5000)}</body></html>`);
  expect(briefBytes(deep, '')).toEqual({ kind: 'over-budget', message: expect.stringMatching(/nested more than 256 levels/) });
});

test('an exception is returned as a crash with its stack, never thrown', () => {
  const outcome = briefBytes(undefined as unknown as Uint8Array, '');
  expect(outcome).toEqual({ kind: 'crash', message: expect.stringMatching(/TypeError/) });
});

test('asked to, a brief comes with the blocks declutter took out of its story', () => {
  const outcome = briefBytes(page('gzero--kursk.html'), '', true);
  if (outcome.kind !== 'brief') throw new Error('the fixture is an article');
  expect(outcome.removed).toContainEqual({ kind: 'credit', text: 'REUTERS/Viacheslav Ratynskyi' });
  expect(outcome.removed?.find((block) => block.kind === 'teaser')?.text).toMatch(/^More from GZERO Media/);
  expect(briefBytes(page('gzero--kursk.html'), '')).not.toHaveProperty('removed');
});
