import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

test('the Quick start is two commands, and CI runs the test command word for word', () => {
  const quickStart = read('README.md').split('## Quick start')[1].split('\n## ')[0];
  const commands = [...quickStart.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);
  expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  const ciLines = read('.ci/run').split('\n').filter((line) => line && !line.startsWith('#'));
  expect(ciLines.at(-1)).toBe(commands[1]);
});

test('every npm script the README names exists', () => {
  const scripts = JSON.parse(read('package.json')).scripts;
  const named = [...read('README.md').matchAll(/npm run (?:--silent )?([\w:]+)/g)].map((m) => m[1]);
  expect(named.filter((name) => !(name in scripts))).toEqual([]);
});
