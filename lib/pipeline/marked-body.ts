import { wordsOf } from './declutter/text';
import { classAndId, isNamed, listed } from './elements';
import { countWords } from './html-text';
import { sharedTriples } from './shared-triples';

// The names CMSs give the element that holds a post's text: entry-content, article-body,
// post_text, storyBody, c-article-body … (a class token or an id).
const BODY_NAME = /(?:^|[-_])(?:article|story|post|entry|news|blog)[-_]?(?:body|content|text)(?:[-_]|$)/i;
// A marked block this short is a teaser's or a widget's, not the story's.
const MIN_WORDS = 60;
// The marked block must hold most of the text of all marked blocks, or the names mark cards.
const MIN_SHARE_OF_MARKED = 0.6;
// Readability's text came from somewhere else when fewer of its word triples than this are in the block.
const MIN_SHARED_TRIPLES = 0.5;

/**
 * The element the page itself marks as its article's body (schema.org `itemprop=articleBody`,
 * else a conventional class or id), when one block clearly is; null otherwise.
 */
export function findMarkedBody(doc: Document): Element | null {
  if (!doc.body) return null;
  // The browser lists the few elements with an itemprop, and only if none marks the body, those
  // with names: in Chromium that took a sixth less time than reading both attributes of every element.
  const byItemprop = listed(doc.body.querySelectorAll('[itemprop]')).filter((el) => isNamed(el.getAttribute('itemprop'), 'articlebody'));
  const found = byItemprop.length ? byItemprop : listed(doc.body.querySelectorAll('[class],[id]')).filter(isNamedBody);
  const marked = found.filter((el) => !el.closest('template, noscript'));
  const outermost = marked.filter((el) => !marked.some((other) => other !== el && other.contains(el)));
  if (!outermost.length) return null;
  const sized = outermost.map((el) => ({ el, words: wordsOf(el) }));
  const total = sized.reduce((n, s) => n + s.words, 0);
  const largest = sized.reduce((a, b) => (b.words > a.words ? b : a));
  return largest.words >= MIN_WORDS && largest.words >= total * MIN_SHARE_OF_MARKED ? largest.el : null;
}

// Most names hold none of the three words; the cheap test turns them away before splitting.
const BODY_WORD = /body|content|text/i;

function isNamedBody(el: Element): boolean {
  const names = classAndId(el);
  return BODY_WORD.test(names) && names.split(/\s+/).some((name) => BODY_NAME.test(name));
}

/** Whether Readability's `text` was taken from somewhere other than the page's marked body. */
export function missedMarkedBody(text: string, body: Element): boolean {
  const bodyText = body.textContent ?? '';
  if (countWords(text) < 3) return true;
  return sharedTriples(text, bodyText) < MIN_SHARED_TRIPLES;
}
