import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from '../node-types';

// Elements that start a new block of text; everything else flows inline.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);

/**
 * Plain text of a subtree, one block per paragraph, blocks separated by a blank line.
 * Keeps block boundaries that `textContent` would glue together ("end.Next"). Elements
 * `leaveOut` picks add nothing (a story's photo captions).
 */
export function htmlToText(root: Node, leaveOut?: (el: Element) => boolean): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE && node.nodeType !== DOCUMENT_NODE) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const leftOut = node.nodeType === ELEMENT_NODE && !!leaveOut?.(node as Element);
    if (!leftOut) for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK_ALL = new RegExp(CJK.source, 'g');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
/**
 * The letters and digits (\p{L}, \p{N}) of Latin-1 and Latin Extended-A and -B, as a character
 * class. In text of only those blocks and general punctuation (’ “ ” —), a class of them does
 * the work of Unicode properties three times faster.
 */
export const LATIN = '0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
/** A character beyond those blocks and general punctuation. */
export const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;
// LATIN by character code: 1 opens or continues a word, 2 (an apostrophe, a hyphen) only continues
// one. Such text is counted in one pass that builds no strings: word counts run on every block of
// every page, and matching made an array of every word.
const LATIN_END = 0x250;
const LATIN_CHAR = new RegExp(`[${LATIN}]`);
const LATIN_KIND = Uint8Array.from({ length: LATIN_END }, (_, code) => {
  const char = String.fromCharCode(code);
  return LATIN_CHAR.test(char) ? 1 : char === "'" || char === '-' ? 2 : 0;
});
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x206f;
const RIGHT_QUOTE = 0x2019;

/**
 * Counts words; CJK text, written without spaces, counts one word per character. Stops at `cap`:
 * a caller asking whether a block is short (a line, a caption) reads no further than it needs.
 */
export function countWords(text: string, cap = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < LATIN_END) {
      const kind = LATIN_KIND[code];
      if (kind === 1 && !inWord && ++words >= cap) return cap;
      inWord = kind === 1 || (inWord && kind === 2);
    } else if (code >= PUNCTUATION_START && code <= PUNCTUATION_END) {
      inWord &&= code === RIGHT_QUOTE;
    } else {
      return countBeyondLatin(text, cap);
    }
  }
  return words;
}

function countBeyondLatin(text: string, cap: number): number {
  // Most other text has no CJK at all: one test spares it the two passes that set CJK apart.
  if (!CJK.test(text)) return cap === Infinity ? (text.match(WORD)?.length ?? 0) : countUpTo(WORD, text, cap);
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  const words = text.replace(CJK_ALL, ' ').match(WORD)?.length ?? 0;
  return Math.min(words + cjk, cap);
}

function countUpTo(pattern: RegExp, text: string, cap: number): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (n < cap && pattern.exec(text)) n++;
  return n;
}
