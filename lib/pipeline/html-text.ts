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
// The letters and digits (\p{L}, \p{N}) of Latin-1 and Latin Extended-A and -B. In text of only
// those blocks and general punctuation (’ “ ” —), a word is matched three times faster with them
// than with Unicode properties.
const LATIN = '0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
const LATIN_WORD = new RegExp(`[${LATIN}][${LATIN}'’\\-]*`, 'g');
const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

/** Counts words; CJK text, written without spaces, counts one word per character. */
export function countWords(text: string): number {
  if (!BEYOND_LATIN.test(text)) return text.match(LATIN_WORD)?.length ?? 0;
  // Most other text has no CJK at all: one test spares it the two passes that set CJK apart.
  if (!CJK.test(text)) return text.match(WORD)?.length ?? 0;
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  const words = text.replace(CJK_ALL, ' ').match(WORD)?.length ?? 0;
  return words + cjk;
}
