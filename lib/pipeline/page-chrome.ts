import { elementsOf, holdsTag } from './elements';
import { isCoreParagraph, wordsOf } from './declutter/text';

// A page's menus and footers are never its story, yet Readability scores them like any other
// block: a footer's "about us" blurb or newsletter box can outscore a short story. Taken out of
// the clone first, they cannot be picked, and Readability has less of the page to walk.

// Readability drops any block named "…header…" unseen, unless its names also say content (the
// words below are its own); some pages set their story's opening paragraphs in one
// ("listicle-header", "page-header-A-footer").
const HEADER_NAME = /header/i;
const CONTENT_NAME = /and|article|body|column|content|main|shadow/i;
// An intro paragraph this long is the story's; a header's dek or an author blurb is shorter.
const MIN_INTRO_WORDS = 40;

/**
 * Readies `doc` (a clone about to go to Readability): removes its menus and footers, and takes
 * the "header" names off blocks that hold story paragraphs, so Readability reads them.
 */
export function dropPageChrome(doc: Document): void {
  const chrome: Element[] = [];
  const headers: Element[] = [];
  // Blocks inside the body only: Readability treats the root's and the body's names its own way.
  for (const el of doc.body ? elementsOf(doc.body).slice(1) : []) {
    if (el.tagName === 'NAV' || el.tagName === 'FOOTER') chrome.push(el);
    else if (isDroppedHeader(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) headers.push(el);
  }
  // Some pages misuse them as wrappers; one that holds the page's main content or an article stays.
  for (const el of chrome) if (!holdsTag(el, 'MAIN', 'ARTICLE')) el.remove();
  for (const el of headers) if (holdsIntro(el)) unnameHeader(el);
}

function isDroppedHeader(names: string): boolean {
  return HEADER_NAME.test(names) && !CONTENT_NAME.test(names);
}

function holdsIntro(el: Element): boolean {
  return [...el.getElementsByTagName('p')].some((p) => isCoreParagraph(p) && wordsOf(p) >= MIN_INTRO_WORDS);
}

// All its names go, as Readability reads them together: "story-header promo" is dropped for either.
function unnameHeader(el: Element): void {
  el.removeAttribute('class');
  el.removeAttribute('id');
}
