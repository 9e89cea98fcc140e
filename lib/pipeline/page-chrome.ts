import { descendantsByTag, holdsTag } from './elements';

// A page's menus and footers are never its story, yet Readability scores them like any other
// block: a footer's "about us" blurb or newsletter box can outscore a short story. Taken out of
// the clone first, they cannot be picked, and Readability has less of the page to walk.

/** Removes the menus and footers in `doc` (a clone about to go to Readability). */
export function dropPageChrome(doc: Document): void {
  for (const el of descendantsByTag(doc.documentElement, 'NAV', 'FOOTER')) {
    // Some pages misuse them as wrappers; one that holds the page's main content or an article stays.
    if (!holdsTag(el, 'MAIN', 'ARTICLE')) el.remove();
  }
}
