import { pageChromeIn } from './page-chrome';
import { unlikelyBlocksIn } from './unlikely-blocks';
import { listed } from './elements';

// Lower-case, as the markup spells them: an XHTML page matches only that spelling.
const LOOSE_TAGS = ['script', 'style', 'link'];

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
 * JSON-LD, which Readability reads first), style sheets, the links in the page's head (style
 * sheets, icons, preloads: Readability reads none, yet its walk weighs each, 23 of 674 elements
 * a page on the corpus pages it reads quickest), and the page's menus and footers (see
 * `pageChromeIn`). An inert document still parses the style sheets put in it: on the largest
 * pages of the wcxb-dev corpus they took 40 % of a whole clone's time in Chromium. Menus and
 * footers hold many elements and are left out as the copy is made: only their ancestors are
 * copied child by child, the rest whole, by the browser. The other parts are single elements all
 * over the page; they are taken out of the copy before it joins the clone, which cost less in
 * Chromium than copying each of their ancestors child by child. `forFirstPass`, the copy is for
 * Readability's first pass only, and leaves out as well what that pass strips unseen (see
 * `unlikelyBlocksIn`), as menus and footers are left out.
 */
export function leanClone(doc: Document, { forFirstPass = false } = {}): LeanClone {
  const root = doc.documentElement;
  const loose = root ? looseIn(root) : [];
  // Left out as the copy is made: menus and footers, and for the first pass what it strips unseen.
  const leftOut = new Set(doc.body ? pageChromeIn(doc.body) : []);
  if (forFirstPass && doc.body) for (const el of unlikelyBlocksIn(doc.body, new Set([...loose, ...leftOut]))) leftOut.add(el);
  if (!loose.length && !leftOut.size) return wholeClone(doc);
  const opened = new Set<Node>();
  for (const el of leftOut) for (let up = el.parentNode; up && !opened.has(up); up = up.parentNode) opened.add(up);
  const clone = doc.cloneNode(false) as Document;
  const copy = (node: Node): Node => {
    if (!opened.has(node)) return clone.importNode(node, true);
    const shell = clone.importNode(node, false);
    for (let child = node.firstChild; child; child = child.nextSibling) if (!leftOut.has(child as Element)) shell.appendChild(copy(child));
    return shell;
  };
  // By the list: linkedom gives a document's doctype no next sibling.
  for (const child of listed(doc.childNodes)) {
    const top = copy(child);
    if (child === root) for (const el of looseIn(top as Element)) el.remove();
    clone.appendChild(top);
  }
  const skipped = new Set<Node>([...loose, ...leftOut]);
  return { clone, copied: (page) => elementsExcept(page, skipped) };
}

/** A copy of all of `doc`. */
export function wholeClone(doc: Document): LeanClone {
  return { clone: doc.cloneNode(true) as Document, copied: (page) => page };
}

/**
 * The page's scripts, style sheets and head links under `root`, in one query: on linkedom each
 * `getElementsByTagName` walks the whole tree, and in Chromium one query is as quick as three.
 */
function looseIn(root: Element): Element[] {
  const loose: Element[] = [];
  for (const el of listed(root.querySelectorAll(LOOSE_TAGS.join(',')))) if (isLoose(el)) loose.push(el);
  return loose;
}

// An SVG's own <style> and <script> (`tagName` lower-case) stay with its picture. A link in the
// body stays where it is: beside a paragraph it keeps Readability from folding their wrapper.
function isLoose(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return !/ld\+json/i.test(el.getAttribute('type') ?? '');
  if (el.tagName === 'LINK') return el.parentElement?.tagName === 'HEAD';
  return el.tagName === 'STYLE';
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
