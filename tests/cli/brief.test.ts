import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = 'tests/fixtures/pages/gzero--kursk.html';

function brief(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/brief.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { ...run, lines: run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}

test('one JSON line per input, in order; a bad input gets an error line and the run goes on', () => {
  const { status, lines } = brief(FIXTURE, 'tests/fixtures/no-such-file.html', 'tests/fixtures/pages/plain--not-article.html');
  expect(status).toBe(0);
  expect(lines).toHaveLength(3);
  const expected = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/pages/gzero--kursk.expected.json'), 'utf8'));
  expect(lines[0]).toMatchObject({ source: FIXTURE, title: expected.title, siteName: 'GZERO Media', url: expected.url });
  for (const snippet of expected.with) expect(lines[0].text).toContain(snippet);
  expect(lines[1]).toEqual({ source: 'tests/fixtures/no-such-file.html', error: expect.stringMatching(/cannot read file/) });
  expect(lines[2]).toEqual({ source: 'tests/fixtures/pages/plain--not-article.html', error: expect.stringMatching(/not an article/) });
});

test('a page over the budget (a story under 5,000 nested divs) gets its error line and the run goes on', () => {
  const deep = join(mkdtempSync(join(tmpdir(), 'sift-cli-')), 'deep.html');
  writeFileSync(deep, `<html><body>${'<div>'.repeat(5000)}<p>The story.</p>${'</div>'.repeat(5000)}</body></html>`);
  const { status, lines } = brief(deep, FIXTURE);
  expect(status).toBe(0);
  expect(lines[0]).toEqual({ source: deep, error: expect.stringMatching(/^This page is too big for Sift to read safely: its markup is nested/) });
  expect(lines[1]).toMatchObject({ source: FIXTURE, siteName: 'GZERO Media' });
});

test('--url sets the page URL for the file after it only', () => {
  const { lines } = brief('--url', 'https://mirror.example.org/kursk?utm_medium=x', FIXTURE, FIXTURE);
  expect(lines[0].url).toBe('https://mirror.example.org/kursk?utm_medium=x');
  expect(lines[1].url).toBe('https://www.gzeromedia.com/news/ukraine-says-its-operation-in-kursk-is-not-about-taking-territory');
});

test('--removed adds to each brief the blocks declutter took out of its story, with their kinds', () => {
  const { lines } = brief('--removed', FIXTURE, 'tests/fixtures/pages/plain--not-article.html');
  expect(lines[0].removed).toContainEqual({ kind: 'credit', text: 'REUTERS/Viacheslav Ratynskyi' });
  expect(new Set(lines[0].removed.map((block: { kind: string }) => block.kind))).toEqual(new Set(['teaser', 'byline', 'newsletter', 'duplicate', 'credit']));
  expect(lines[1]).toEqual({ source: 'tests/fixtures/pages/plain--not-article.html', error: expect.stringMatching(/not an article/) });
  expect(brief(FIXTURE).lines[0]).not.toHaveProperty('removed');
});

test('misuse prints the usage on stderr and exits 2', { timeout: 90_000 }, () => {
  for (const args of [[], ['--url'], ['--bogus', FIXTURE], [FIXTURE, '--url', 'https://x.org']]) {
    const run = brief(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage: npm run --silent brief/);
  }
});
