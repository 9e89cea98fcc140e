import { canonicalizeUrl, resolveHttpUrl } from '../../canonical-url';
import { closestTag, descendantsByTag, SUBHEADINGS } from '../elements';
import { isContentsLabel } from './section-labels';
import { hrefLinks } from './links';
import { keyOf, linkDensity, textOf } from './text';

// A table of contents has a few entries at least; two links to headings are a sentence's.
const MIN_ENTRIES = 3;
// Nearly all of its text is its links (numbers and separators aside).
const MIN_LINK_DENSITY = 0.8;

/**
 * Tables of contents: lists whose every link jumps to a place on the page itself and names one
 * of the story's own headings, so nothing is lost with them (where Readability dropped a heading,
 * the list is its only copy, and stays). Each comes with its label line above it, when there is one.
 */
export function findContentsLists(root: Element, pageUrl: string): Element[][] {
  const found: Element[][] = [];
  let headings: string[] | undefined;
  for (const list of descendantsByTag(root, 'UL', 'OL')) {
    // The outermost list only: a nested list is part of its parent's contents.
    const outer = list.parentElement && closestTag(list.parentElement, 'UL', 'OL');
    if (outer && root.contains(outer)) continue;
    const links = hrefLinks(list);
    if (links.length < MIN_ENTRIES || !links.every((a) => jumpsWithinPage(a.getAttribute('href')!, pageUrl))) continue;
    if (linkDensity(list) < MIN_LINK_DENSITY) continue;
    headings ??= descendantsByTag(root, 'H1', ...SUBHEADINGS).map((h) => keyOf(textOf(h)));
    const repeats = (a: Element) => {
      const entry = keyOf(textOf(a));
      return !!entry && headings!.some((h) => h.includes(entry));
    };
    if (!links.every(repeats)) continue;
    const above = list.previousElementSibling;
    found.push(above && isContentsLabel(textOf(above)) ? [above, list] : [list]);
  }
  return found;
}

/** True for "#section" and for the page's own address with a fragment. */
function jumpsWithinPage(href: string, pageUrl: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return trimmed.length > 1;
  const target = trimmed.includes('#') ? resolveHttpUrl(trimmed, pageUrl) : null;
  return !!target && !!pageUrl && canonicalizeUrl(target) === canonicalizeUrl(pageUrl);
}
