import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../../lib/node/parse-page';
import { loadCorpora } from '../corpus';

/** A page the fuzzer starts from. */
export interface FuzzPage {
  id: string;
  html: string;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_CORPUS = join(REPO, '../shared/corpus/dev');
export const FIXTURE_PAGES = join(REPO, 'tests/fixtures/pages');

/**
 * The pages in `dir`: a labelled corpus folder (one with dev.json, read as the benchmarks read
 * it) or any folder of .html and .html.gz files. Without `dir`, the dev corpus when it is there,
 * else the bundled fixture pages. Sorted, so a variant's index names the same page every run.
 */
export function loadFuzzPages(dir?: string): { source: string; pages: FuzzPage[] } {
  const source = dir ?? (existsSync(join(DEV_CORPUS, 'dev.json')) ? DEV_CORPUS : FIXTURE_PAGES);
  if (existsSync(join(source, 'dev.json'))) {
    const [corpus] = loadCorpora({ root: dirname(source), only: [basename(source)] });
    return { source, pages: (corpus?.pages ?? []).map(({ id, html }) => ({ id, html })) };
  }
  const files = readdirSync(source)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort();
  return {
    source,
    pages: files.map((f) => {
      const bytes = readFileSync(join(source, f));
      return { id: f, html: decodePage(f.endsWith('.gz') ? gunzipSync(bytes) : bytes) };
    }),
  };
}
