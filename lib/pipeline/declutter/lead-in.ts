import { countWords } from '../html-text';
import { closestTag, elementsOf } from '../elements';
import { hintOf, type Hint } from './hints';
import type { Origins } from './origins';
import { endsSentence, isHeading, keyOf, linkDensity, textOf } from './text';

// How far back from Readability's first block the lead-in may start, in page elements: the
// stretch between a headline and the body (dateline, share bar, hero image, intro). An icon's
// SVG shapes and a <noscript>'s fallback are not counted: a share bar's icons hold dozens, and a
// browser with scripts on reads a <noscript> as text, where an HTML parser without them does not.
// Nor is what a link within the page holds: a table of contents between the intro and the body
// sets each entry's number and title in spans of their own.
const REACH = 80;
const SVG_NS = 'http://www.w3.org/2000/svg';
// An intro paragraph is a sentence or two; shorter lines before the body are labels and datelines.
const MIN_WORDS = 15;
const MAX_LINK_DENSITY = 0.3;
// Paragraphs in these belong to menus, teasers, captions, quotes and link cards (a sidebar's
// "Download our checklist" card is a paragraph inside a link), not to the story's opening; a
// hidden one is not shown at all.
const ELSEWHERE = ['NAV', 'ASIDE', 'FOOTER', 'FORM', 'LI', 'FIGURE', 'BLOCKQUOTE', 'A'];
// A paragraph set in a box the page names for something else (a newsletter sign-up, an author
// box, a caption) is that box's, as far up as its own few wrappers; further up, a name may be the
// whole article's ("paywall"). Names for teasers and tags are left out: an intro is often named
// a "teaser", and a WordPress article's class lists its tags.
const NAMED_BOX_REACH = 3;
const BOX_HINTS: readonly Hint[] = ['newsletter', 'bio', 'byline', 'caption', 'credit', 'share', 'comments'];

/**
 * The story's opening paragraphs that sit in the page just above the block Readability chose,
 * after the headline: CMSs often set the intro apart from the body, and Readability keeps only
 * the body. Returns their texts, in page order, leaving out any the story already has and the
 * page's standfirst (`apart`), which the brief shows on its own. The headline is the first
 * <h1> above, or a heading that says the story's `title` (a blog's post title under the
 * <h1> of its name and tagline).
 */
export function findLeadIn(content: Element, origins: Origins, { apart = null, title = '' }: { apart?: Element | null; title?: string } = {}): string[] {
  const originals = origins.page;
  const first = firstOrigin(content, origins);
  if (!first) return [];
  const start = originals.indexOf(first);
  // The whole story's key is built only when some paragraph above qualifies: most pages have none.
  let has: string | undefined;
  const titleKey = keyOf(title);
  const lead: string[] = [];
  for (let i = start - 1, reached = 0; i >= 0 && reached < REACH; i--) {
    const el = originals[i];
    if (el.namespaceURI === SVG_NS || closestTag(el, 'NOSCRIPT') || isInPageLink(el)) continue;
    reached++;
    if (el.tagName === 'H1' || (titleKey && isHeading(el) && keyOf(textOf(el)) === titleKey)) break;
    if (el.tagName !== 'P' || el.contains(first) || isElsewhere(el) || (apart && (el.contains(apart) || apart.contains(el)))) continue;
    const text = textOf(el);
    if (countWords(text, MIN_WORDS) < MIN_WORDS || !endsSentence(text) || linkDensity(el, text) >= MAX_LINK_DENSITY || isInNamedBox(el)) continue;
    has ??= keyOf(textOf(content));
    if (!has.includes(keyOf(text))) lead.unshift(text);
  }
  return lead;
}

function isInPageLink(el: Element): boolean {
  return closestTag(el, 'A')?.getAttribute('href')?.startsWith('#') ?? false;
}

// By tag and attribute, as `closest` would with a selector, which linkedom compiles on every call.
function isElsewhere(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (ELSEWHERE.includes(at.tagName) || at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function isInNamedBox(el: Element): boolean {
  let at: Element | null = el;
  for (let up = 0; at && up <= NAMED_BOX_REACH; at = at.parentElement, up++) {
    const hint = hintOf(at);
    if (hint && BOX_HINTS.includes(hint)) return true;
  }
  return false;
}

/** The page block that Readability's first block, or the first it kept whole, came from. */
function firstOrigin(content: Element, origins: Origins): Element | null {
  const inside = elementsOf(content).slice(1);
  const first = (of: (el: Element) => Element | null) => {
    for (const el of inside) {
      const origin = of(el);
      if (origin) return origin;
    }
    return null;
  };
  // Matching blocks by text reads the whole page: it is tried only when Readability kept none.
  return first(origins.kept) ?? first(origins.of);
}
