import { CHROME_TAG_NAMES, isPageChrome } from './page-chrome';

// As the markup spells them (see CHROME_TAG_NAMES).
const UNREAD_TAGS = ['script', 'style', ...CHROME_TAG_NAMES];

/** A copy of a page for Readability, and the page's elements it copied. */
export interface LeanClone {
  clone: Document;
  /**
   * Of the page's elements in document order (`pageElements`), those that have a copy in `clone`:
   * the same index then names an element and its copy.
   */
  copied(page: readonly Element[]): readonly Element[];
}

/**
 * A copy of `doc` without what Readability and Sift throw away unread: scripts (but the page's
 * JSON-LD, which Readability reads first), style sheets, and the page's menus and footers (see
 * `isPageChrome`). An inert document still parses the style sheets put in it: on the largest
 * pages of the wcxb-dev corpus they took 40 % of a whole clone's time in Chromium. Parts that
 * hold none of these are copied whole, by the browser.
 */
export function leanClone(doc: Document): LeanClone {
  const skipped = new Set<Node>();
  // By tag, not by a selector matched against every element of the page.
  for (const tag of UNREAD_TAGS) for (const el of doc.getElementsByTagName(tag)) if (isUnread(el, doc)) skipped.add(el);
  if (!skipped.size) return wholeClone(doc);
  // Only the ancestors of skipped parts are copied child by child.
  const opened = new Set<Node>();
  for (const el of skipped) for (let up = el.parentNode; up && !opened.has(up); up = up.parentNode) opened.add(up);
  const clone = doc.cloneNode(false) as Document;
  const copy = (node: Node): Node => {
    if (!opened.has(node)) return clone.importNode(node, true);
    const shell = clone.importNode(node, false);
    for (let child = node.firstChild; child; child = child.nextSibling) if (!skipped.has(child)) shell.appendChild(copy(child));
    return shell;
  };
  // By the list: linkedom gives a document's doctype no next sibling.
  for (const child of [...doc.childNodes]) clone.appendChild(copy(child));
  return { clone, copied: (page) => elementsExcept(page, skipped) };
}

/** A copy of all of `doc`. */
export function wholeClone(doc: Document): LeanClone {
  return { clone: doc.cloneNode(true) as Document, copied: (page) => page };
}

function isUnread(el: Element, doc: Document): boolean {
  const tag = el.tagName;
  if (tag === 'SCRIPT') return !/ld\+json/i.test(el.getAttribute('type') ?? '');
  if (tag === 'STYLE') return true;
  return Boolean(doc.body?.contains(el)) && isPageChrome(el);
}

/** The elements of `page`, all of a page's in document order, but for those in `skipped` and everything inside them. */
function elementsExcept(page: readonly Element[], skipped: Set<Node>): Element[] {
  const kept: Element[] = [];
  for (let i = 0; i < page.length; i++) {
    // What an element holds follows it in document order, listed as `pageElements` lists it.
    if (skipped.has(page[i])) i += page[i].querySelectorAll('*').length;
    else kept.push(page[i]);
  }
  return kept;
}
