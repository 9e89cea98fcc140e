import { countWords } from '../html-text';
import { listed } from '../elements';

// Story paragraphs are at least this long; teaser blurbs and captions are mostly shorter.
const CORE_MIN_WORDS = 25;
// Words are set apart by at least one character, so shorter text cannot hold CORE_MIN_WORDS.
const CORE_MIN_CHARS = 2 * CORE_MIN_WORDS - 1;
// CJK text has no spaces, so countWords counts characters; a sentence there is ~40 of them.
const CORE_MIN_CJK_CHARS = 60;
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const SENTENCE_END = /[.!?。！？…:;"'”’»)\]]$/;
// Whitespace that is not already one plain space: a space with more after it, or any other
// whitespace run. Leaving lone spaces unmatched makes squash four times faster than /\s+/g.
const LOOSE_SPACE = / \s+|[^\S ]\s*/g;

/** `text` with its whitespace collapsed to single spaces and trimmed. */
export function squash(text: string): string {
  // Trimmed first: a block's text mostly has white space only at its ends (the markup's line
  // breaks and indents), and then nothing is left to replace, where replacing first copied it whole.
  return text.trim().replace(LOOSE_SPACE, ' ');
}

/**
 * `text` without the run of `marks` it ends with. Read back from the end: a pattern such as
 * /[.!]+$/ is tried from every character of a long run of them, and on a page with thousands
 * in a row that took seconds.
 */
export function trimEndOf(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The element's text with whitespace collapsed. */
export function textOf(el: Element): string {
  return squash(el.textContent ?? '');
}

const HEADING = /^H[1-6]$/;

/** True for a heading element, <h1> to <h6>. */
export function isHeading(el: Element): boolean {
  return HEADING.test(el.tagName);
}

/**
 * True when `node` comes after `mark` in document order (inside it too, as the DOM counts); false
 * in another tree. Worked out from their ancestors, not by `compareDocumentPosition`, which
 * linkedom answers by depth alone: a deeper node before `mark` read as after it.
 */
export function follows(node: Node, mark: Node): boolean {
  const marks = ancestry(mark);
  const nodes = ancestry(node);
  if (node === mark || marks[0] !== nodes[0]) return false;
  let i = 0;
  while (i < marks.length && i < nodes.length && marks[i] === nodes[i]) i++;
  if (i === marks.length) return true;
  if (i === nodes.length) return false;
  // The two lines part below one ancestor: the child on `node`'s line must come later there.
  for (let sibling = marks[i].nextSibling; sibling; sibling = sibling.nextSibling) if (sibling === nodes[i]) return true;
  return false;
}

/** `node` and its ancestors, the root first. */
function ancestry(node: Node): Node[] {
  const line: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode) line.push(at);
  return line.reverse();
}

const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
// The letters and digits (\p{L}, \p{N}) of Latin-1 and Latin Extended-A and -B, and a character
// beyond those blocks and general punctuation (’ “ ” —). In Latin text a class of them does the
// work of Unicode properties three times faster.
const LATIN = '0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;
const NOT_LATIN_LETTER = new RegExp(`[^${LATIN}]+`, 'g');

/** A comparison key: letters and digits only, lower-case. */
export function keyOf(text: string): string {
  // Keys are made of whole stories to look for a paragraph in them: Latin text takes the faster
  // class. It is asked of the lower case, which may leave Latin ("Ɓ" to "ɓ", "İ" to "i̇").
  const lower = text.toLowerCase();
  return lower.replace(BEYOND_LATIN.test(lower) ? NOT_LETTER : NOT_LATIN_LETTER, '');
}

/** Share of the element's text (`text`, when the caller has read it) that sits inside links. */
export function linkDensity(el: Element, text = textOf(el)): number {
  const total = text.length;
  if (!total) return 0;
  let linked = 0;
  for (const a of listed(el.getElementsByTagName('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/**
 * A "core" paragraph: long, ends like a sentence, mostly not links. The story is made of these;
 * teasers, captions and labels rarely are.
 */
export function isCoreParagraph(el: Element): boolean {
  const text = textOf(el);
  return isCoreText(text) && linkDensity(el, text) < 0.3;
}

/** Whether `text` (squashed) is long and ends like a sentence, as a story paragraph's does. */
export function isCoreText(text: string): boolean {
  // Cheapest tests first: this runs on every paragraph, and most fail one of them. Shorter than
  // both minimums, neither script's text is core.
  if (!endsSentence(text) || text.length < CORE_MIN_CHARS) return false;
  // Counting stops at the minimum, where the script test reads the whole text: a paragraph long
  // enough for both scripts, with the words, is core whichever script it is in.
  const hasWords = countWords(text, CORE_MIN_WORDS) >= CORE_MIN_WORDS;
  if (hasWords && text.length >= CORE_MIN_CJK_CHARS) return true;
  return CJK_TEXT.test(text) ? text.length >= CORE_MIN_CJK_CHARS : hasWords;
}

/** Whether `text` ends as a sentence does (or a quote, a bracket, a colon before a list). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Word count of an element's text, up to `cap` (see countWords). */
export function wordsOf(el: Element, cap = Infinity): number {
  return countWords(textOf(el), cap);
}
