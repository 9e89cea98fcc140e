import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [relative(ROOT, path)] : [];
  });
}

// A module that exports only types has nothing to run, so nothing to test.
const hasRuntimeExport = (source: string) => /^export\s+(async\s+)?(function|const|let|class)\b/m.test(source);

test('every lib module with runtime code has a mirror test in tests/lib', () => {
  const missing = filesUnder(join(ROOT, 'lib'), /\.ts$/)
    .filter((file) => hasRuntimeExport(readFileSync(join(ROOT, file), 'utf8')))
    .map((file) => `tests/${file.replace(/\.ts$/, '.test.ts')}`)
    .filter((test) => !existsSync(join(ROOT, test)));
  expect(missing).toEqual([]);
});

test('tests use one extension, .test.ts or .test.tsx', () => {
  const odd = filesUnder(join(ROOT, 'tests'), /\.(spec|test)\.[cm]?[jt]sx?$/).filter((f) => !/\.test\.tsx?$/.test(f));
  expect(odd).toEqual([]);
});

test('lib stays framework-free: no Preact and no WXT globals', () => {
  const offenders = filesUnder(join(ROOT, 'lib'), /\.ts$/).filter((file) =>
    /from ['"]preact|from ['"]wxt\/utils|defineBackground|defineContentScript/.test(readFileSync(join(ROOT, file), 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('only SafeHtml writes HTML into an extension page', () => {
  const writers = [...filesUnder(join(ROOT, 'components'), /\.tsx?$/), ...filesUnder(join(ROOT, 'entrypoints'), /\.tsx?$/)].filter(
    (file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(join(ROOT, file), 'utf8')),
  );
  expect(writers).toEqual(['components/SafeHtml.tsx']);
});
