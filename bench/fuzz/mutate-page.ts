import { dropElement, duplicateElement, moveElement, tokenizeHtml } from './html-tokens';
import { createRandom, type Random } from './random';

/** One broken copy of a page: its bytes and the mutations that made it, in order. */
export interface Variant {
  bytes: Uint8Array;
  mutations: string[];
}

/** Past Chromium's parser cap (512) and the DOM budget (256): the pathological case. */
export const NESTING_DEPTH = 10_000;
/** Characters of one flood: a table's indentation on one saved page was 30,000 spaces in a caption. */
export const FLOOD_LENGTH = 30_000;
// What a text may hold thousands of in a row: markup's whitespace, and the separators and stops
// that rules reading a line split it at.
const FLOODS = [' ', '\n  ', '|', '. ', ' - ', '•'];

// Labels a page may declare; "x-sift-bogus" is one no decoder knows.
const CHARSETS = ['utf-8', 'windows-1252', 'iso-8859-2', 'shift_jis', 'koi8-r', 'utf-16le', 'x-sift-bogus'];
// Byte encodings the page's text is written in, whatever it declares.
const ENCODINGS = ['utf-8', 'latin1', 'utf16le'] as const;
type Encoding = (typeof ENCODINGS)[number];
// The encoding each label truly means, which the page must then not be written in.
const MEANS: Record<string, Encoding> = { 'utf-8': 'utf-8', 'windows-1252': 'latin1', 'utf-16le': 'utf16le' };

interface Draft {
  html: string;
  encoding: Encoding;
  /** Byte-level damage, applied after encoding. */
  garbage: boolean;
}

type Mutation = (draft: Draft, random: Random) => string;

const tokenMutation =
  (name: string, edit: (tokens: string[], random: Random) => string[]): Mutation =>
  (draft, random) => {
    draft.html = edit(tokenizeHtml(draft.html), random).join('');
    return name;
  };

const MUTATIONS: Mutation[] = [
  tokenMutation('drop', dropElement),
  tokenMutation('duplicate', duplicateElement),
  tokenMutation('reorder', moveElement),
  (draft, random) => {
    const tags = [...draft.html.matchAll(/<[a-zA-Z][^>]{2,}>/g)];
    if (!tags.length) return 'truncate (no tag)';
    const tag = random.pick(tags);
    const cut = (tag.index ?? 0) + 1 + random.below(tag[0].length - 2);
    draft.html = draft.html.slice(0, cut);
    return `truncate at ${cut}`;
  },
  (draft) => {
    draft.garbage = true;
    return 'garbage bytes';
  },
  (draft, random) => {
    const declared = random.pick(CHARSETS);
    draft.encoding = random.pick(ENCODINGS.filter((e) => e !== MEANS[declared]));
    const meta = `<meta charset="${declared}">`;
    const stripped = draft.html.replace(/<meta[^>]+charset=[^>]*>/gi, '');
    draft.html = /<head[^>]*>/i.test(stripped) ? stripped.replace(/<head[^>]*>/i, (head) => head + meta) : meta + stripped;
    return `declares ${declared}, written in ${draft.encoding}`;
  },
  (draft) => {
    const body = /<body[^>]*>/i.exec(draft.html);
    const at = body ? body.index + body[0].length : 0;
    draft.html = `${draft.html.slice(0, at)}${'<div>'.repeat(NESTING_DEPTH)}${draft.html.slice(at)}${'</div>'.repeat(NESTING_DEPTH)}`;
    return `nested ${NESTING_DEPTH} deep`;
  },
  (draft, random) => {
    // Into the text between two tags, where a caption or a paragraph would read it.
    const gaps = [...draft.html.matchAll(/>[^<]+</g)];
    if (!gaps.length) return 'flooded nothing (no text)';
    const gap = random.pick(gaps);
    const at = (gap.index ?? 0) + 1 + random.below(gap[0].length - 1);
    const flood = random.pick(FLOODS);
    draft.html = draft.html.slice(0, at) + flood.repeat(Math.ceil(FLOOD_LENGTH / flood.length)) + draft.html.slice(at);
    return `flooded with ${JSON.stringify(flood)} at ${at}`;
  },
];

/**
 * Variant `index` of the run seeded with `seed`: one to three mutations of `html`. It depends on
 * the seed, the index and the page only, so any variant can be made again on its own.
 */
export function mutatePage(html: string, seed: number, index: number): Variant {
  const random = createRandom(seed, index);
  const draft: Draft = { html, encoding: 'utf-8', garbage: false };
  const mutations = Array.from({ length: 1 + random.below(3) }, () => random.pick(MUTATIONS)(draft, random));
  const bytes = new Uint8Array(Buffer.from(draft.html, draft.encoding));
  if (draft.garbage) injectGarbage(bytes, random);
  return { bytes, mutations };
}

// Overwrites a few short runs with random bytes: NULs, lone UTF-8 continuation bytes, stray "<".
function injectGarbage(bytes: Uint8Array, random: Random): void {
  const runs = 1 + random.below(8);
  for (let r = 0; r < runs && bytes.length; r++) {
    const start = random.below(bytes.length);
    const length = 1 + random.below(16);
    for (let i = start; i < Math.min(bytes.length, start + length); i++) bytes[i] = random.below(256);
  }
}
