import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../lib/node/parse-page';

/** One labelled page, whatever corpus it came from. */
export interface CorpusPage {
  id: string;
  url: string;
  /** Decoded page HTML. */
  html: string;
  /** Snippets the main text must contain. */
  with: string[];
  /** Snippets the main text must not contain. */
  without: string[];
  /** The `without` snippets that are related-story / newsletter / teaser clutter. */
  clutter: string[];
  /** The whole main text, where the corpus has it (wcxb-dev). */
  truth: string | null;
  title: string | null;
}

export interface Corpus {
  name: string;
  pages: CorpusPage[];
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(REPO, 'tests/fixtures/pages');

/**
 * Loads the labelled corpora: the repo's fixture pages always, then `dev` and `wcxb-dev`
 * from `root` (default `<repo>/../shared/corpus`) when they are there. `only` picks by name.
 */
export function loadCorpora(opts: { root?: string; only?: string[] } = {}): Corpus[] {
  const root = opts.root ?? join(REPO, '../shared/corpus');
  const wanted = (name: string) => !opts.only?.length || opts.only.includes(name);
  const corpora: Corpus[] = [];
  if (wanted('fixtures')) corpora.push({ name: 'fixtures', pages: loadFixtures(FIXTURES) });
  if (wanted('dev')) {
    const dir = join(root, 'dev');
    if (existsSync(join(dir, 'dev.json'))) corpora.push({ name: 'dev', pages: loadDev(dir) });
    else console.warn(`note: no dev corpus at ${dir}, skipped`);
  }
  if (wanted('wcxb-dev')) {
    const dir = join(root, 'wcxb-dev');
    if (existsSync(join(dir, 'truth.json'))) corpora.push({ name: 'wcxb-dev', pages: loadWcxb(dir) });
    else console.warn(`note: no wcxb-dev corpus at ${dir}, skipped`);
  }
  return corpora;
}

interface FixtureExpected {
  url: string;
  title?: string;
  with?: string[];
  without?: string[];
}

function loadFixtures(dir: string): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.expected.json'))))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8')) as FixtureExpected;
      const without = expected.without ?? [];
      return {
        id: basename(f, '.html'),
        url: expected.url,
        html: decodePage(readFileSync(join(dir, f))),
        with: expected.with ?? [],
        without,
        // Every "without" in a fixture is clutter around the story.
        clutter: without,
        truth: null,
        title: expected.title ?? null,
      };
    });
}

interface DevPage {
  id: string;
  file: string;
  url: string;
  with: string[];
  without: string[];
  clutter_without?: string[];
  charset_hint?: string | null;
  meta?: { title?: string };
}

function loadDev(dir: string): CorpusPage[] {
  const { pages } = JSON.parse(readFileSync(join(dir, 'dev.json'), 'utf8')) as { pages: DevPage[] };
  return pages.map((p) => ({
    id: p.id,
    url: p.url,
    html: decodePage(gunzipSync(readFileSync(join(dir, p.file))), p.charset_hint),
    with: p.with,
    without: p.without,
    clutter: p.clutter_without ?? [],
    truth: null,
    title: p.meta?.title ?? null,
  }));
}

interface WcxbPage {
  file: string;
  url: string;
  title: string | null;
  main_content: string;
  with: string[];
  without: string[];
}

function loadWcxb(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, WcxbPage>;
  return Object.entries(truth).map(([id, p]) => ({
    id,
    url: p.url,
    // WCXB re-encoded every page as UTF-8; a stale <meta charset> must not win.
    html: decodePage(gunzipSync(readFileSync(join(dir, p.file))), 'utf-8'),
    with: p.with,
    without: p.without,
    clutter: [],
    truth: p.main_content,
    title: p.title,
  }));
}
