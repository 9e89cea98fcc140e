import { isListItem, itemNumbers } from '../list-numbers';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from '../node-types';

// Elements that start a new block of text; everything else flows inline.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);
// A block of nothing but zero-width characters is a spacer (Webflow sets <p>&zwj;</p> between
// paragraphs), not a line of text; inside words they stay, where they join emoji or Persian letters.
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/;
// White space other than a single space.
const UNTIDY = /[^\S ]| {2}/;

// An ordered list's item opens with its number, as the page shows it: steps and rankings are
// read by their numbers. A caller that wants the item's words alone (a summary) strips it.
const LIST_NUMBER = /^-?\d+\. /;

/** `paragraph` without the number `htmlToText` gives an ordered list's item. */
export function withoutListNumber(paragraph: string): string {
  return paragraph.replace(LIST_NUMBER, '');
}

/**
 * Plain text of a subtree, one block per paragraph, blocks separated by a blank line.
 * Keeps block boundaries that `textContent` would glue together ("end.Next"), and the numbers
 * of ordered lists' items. Elements `leaveOut` picks add nothing (a story's photo captions);
 * those in `lines` are a block of their own with the text given there instead of theirs.
 */
export function htmlToText(root: Node, leaveOut?: (el: Element) => boolean, lines?: ReadonlyMap<Element, string>): string {
  const blocks: string[] = [];
  let line = '';
  // The number of the list item being read, for its first block with text.
  let number = '';
  // Each text joins the line with its white space made single spaces, so a line holds no white
  // space but spaces (doubled where two texts meet) and the line breaks of <br>: each is tidied
  // only when there, where replacing on every line and every text built a string each time.
  const flush = () => {
    let text = line;
    if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
    if (text.includes('\n')) text = text.replace(/ *\n */g, '\n');
    text = text.trim();
    if (VISIBLE.test(text)) {
      blocks.push(number + text);
      number = '';
    }
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      line += UNTIDY.test(value) ? value.replace(/\s+/g, ' ') : value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE && node.nodeType !== DOCUMENT_NODE) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    const given = lines?.get(node as Element);
    if (given !== undefined) {
      flush();
      // The given text is the whole line, unnumbered: callers mark lines by how they open.
      blocks.push(given);
      number = '';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const leftOut = node.nodeType === ELEMENT_NODE && !!leaveOut?.(node as Element);
    if (!leftOut && tag === 'OL') walkList(node as Element);
    else if (!leftOut) for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  const walkList = (list: Element) => {
    const numbers = itemNumbers(list);
    let at = 0;
    for (let child = list.firstChild; child; child = child.nextSibling) {
      if (!isListItem(child)) {
        walk(child);
        continue;
      }
      // Stray text before the item is no part of it.
      flush();
      number = `${numbers[at++]}. `;
      walk(child);
      // An item without text gives no line, and its number is not carried to the next.
      number = '';
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK_ALL = new RegExp(CJK.source, 'g');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// What each character of the Basic Multilingual Plane is to a word, classified from the same
// Unicode rules as WORD, a block of 256 at a time when a page first uses one. Word counts run on
// every block of every page: one pass over a table builds no strings, where matching made an
// array of every word, and in Cyrillic or Greek text took a millisecond per story.
const OTHER = 0;
/** A letter or a digit: opens or continues a word. */
const LETTER = 1;
/** An apostrophe or a hyphen: continues a word, never opens one. */
const JOINER = 2;
/** A CJK character, written without spaces: a word of its own. */
const CJK_CHAR = 3;
/** Half of a character beyond the plane: the text is counted by the Unicode rules. */
const SURROGATE = 4;
const UNKNOWN = 255;
const BLOCK_BITS = 8;
const kinds = new Uint8Array(0x10000).fill(UNKNOWN);

/** Classifies the block of 256 characters `code` is in, which the table does not hold yet; `code`'s kind. */
function fillKindsAround(code: number): number {
  const start = (code >> BLOCK_BITS) << BLOCK_BITS;
  for (let at = start; at < start + (1 << BLOCK_BITS); at++) kinds[at] = classify(String.fromCharCode(at));
  return kinds[code];
}

function classify(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return SURROGATE;
  if (CJK.test(char)) return CJK_CHAR;
  if (LETTER_OR_DIGIT.test(char)) return LETTER;
  return char === "'" || char === '’' || char === '-' ? JOINER : OTHER;
}

/**
 * Counts words; CJK text, written without spaces, counts one word per character. Stops at `cap`:
 * a caller asking whether a block is short (a line, a caption) reads no further than it needs.
 */
export function countWords(text: string, cap = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    // The table is read here, a function called only to fill it: before the engine optimises the
    // loop (a content script's run on a page is its first), a call for each character is costly.
    const code = text.charCodeAt(i);
    let kind = kinds[code];
    if (kind === UNKNOWN) kind = fillKindsAround(code);
    if (kind === LETTER) {
      if (!inWord && ++words >= cap) return cap;
      inWord = true;
    } else if (kind === CJK_CHAR) {
      if (++words >= cap) return cap;
      inWord = false;
    } else if (kind === SURROGATE) {
      return countByPattern(text, cap);
    } else {
      inWord &&= kind === JOINER;
    }
  }
  return words;
}

function countByPattern(text: string, cap: number): number {
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  const words = text.replace(CJK_ALL, ' ').match(WORD)?.length ?? 0;
  return Math.min(words + cjk, cap);
}
