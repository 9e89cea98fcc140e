import { countWords } from '../html-text';
import { isRelatedLabel } from './labels';
import { articleLink } from './links';
import { textOf } from './text';

// A headline is a few words at least; a shorter link is a name or a source.
const MIN_HEADLINE_WORDS = 4;
const MAX_LINE_WORDS = 30;
// "Lea también:", "PUEDES VER:", "Lesen Sie hier:": a label is one to three words and a separator.
const LABEL = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}'’.]+\s*){1,3}[:：»›>→|–—-]+$/u;
// Nothing but marks around the link (">> … <<", "» …").
const MARKS = /^[^\p{L}\p{N}]*$/u;

/**
 * True for a block that is one link to another article of the same site behind a short label
 * ("Lea también: <headline>"), or a paragraph that is that link alone: a pointer to another
 * story set inside this one. A run of such paragraphs is a list, which a story may hold as its own.
 */
export function isStoryPointer(el: Element, text: string, pageUrl: string): boolean {
  const parts = splitLink(el, text, pageUrl);
  if (!parts) return false;
  // A longer label counts when it is one of the known ones ("Das könnte Sie auch interessieren:").
  if (!MARKS.test(parts.before)) return LABEL.test(parts.before) || isRelatedLabel(parts.before);
  return el.tagName === 'P' && !isBareLink(el.previousElementSibling, pageUrl) && !isBareLink(el.nextElementSibling, pageUrl);
}

function isBareLink(el: Element | null, pageUrl: string): boolean {
  if (el?.tagName !== 'P') return false;
  const parts = splitLink(el, textOf(el), pageUrl);
  return !!parts && MARKS.test(parts.before);
}

/** The text before the block's one headline link to the site, when only marks follow it. */
function splitLink(el: Element, text: string, pageUrl: string): { before: string } | null {
  const links = el.getElementsByTagName('a');
  if (links.length !== 1 || countWords(text) > MAX_LINE_WORDS) return null;
  const linkText = textOf(links[0]);
  if (countWords(linkText) < MIN_HEADLINE_WORDS || !articleLink(links[0], pageUrl)) return null;
  const at = text.indexOf(linkText);
  if (at < 0 || !MARKS.test(text.slice(at + linkText.length))) return null;
  return { before: text.slice(0, at).trim() };
}
