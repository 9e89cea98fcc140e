import { elementsOf } from '../elements';
import { isHeading } from './text';

/** What a page's own class names, ids and ARIA labels say a block is. */
export type Hint = 'share' | 'newsletter' | 'related' | 'bio' | 'caption' | 'credit' | 'tags' | 'comments' | 'byline';

// Readability drops class and id, so what they say is copied to these attributes on the clone
// before it runs; data-* attributes survive Readability.
export const HINT_ATTR = 'data-sift-hint';
// Readability turns <h1> into <h2>; this keeps where the page's own top-level headlines were.
export const HEADLINE_ATTR = 'data-sift-h1';

// Tried in order against the element's name tokens joined by '-' (camelCase and '_' split too).
const PATTERNS: [Hint, RegExp][] = [
  ['caption', /(^|-)(caption|figcaption|legend)(-|$)/],
  ['credit', /(^|-)(credits?|copyright|photographer|image-source)(-|$)/],
  ['share', /(^|-)(share|sharing|sharebar|social|sharethis|addthis|print-?tools)(-|$)/],
  ['newsletter', /(^|-)(newsletters?|subscribe|subscription|signup|sign-up|opt-?in|paywall|cta)(-|$)/],
  ['bio', /(^|-)(author-(bio|info|box|card|details|about)|about-(the-)?author|bio|biography|contributor)(-|$)/],
  ['byline', /(^|-)(byline|author|authors|dateline|timestamp|published|pubdate|post-meta|article-meta|meta-?data|date)(-|$)/],
  ['tags', /(^|-)(tags?|tag-?list|tagcloud|keywords|topics|taxonomy|categories)(-|$)/],
  ['comments', /(^|-)(comments?|disqus|discussion|respond|replies)(-|$)/],
  [
    'related',
    /(^|-)(related|more-from|more-stories|more-articles|recommend\w*|read-?more|read-?next|also-?read|see-?also|most-?(read|popular|viewed)|popular|trending|teasers?|outbrain|taboola|next-?(article|post|story)|further-?reading|you-?may-?like|dont-?miss)(-|$)/,
  ],
];

// Most named elements match nothing; one combined test rejects them before the ordered search.
const ANY = new RegExp(PATTERNS.map(([, re]) => re.source).join('|'));
// Cheaper still, on the raw names: every pattern above begins with one of these stems, so a
// name without any of them cannot match, and skips building its key (most of the stamp's cost).
const STEMS =
  /caption|legend|credit|copyright|photographer|image|shar|social|addthis|print|newsletter|subscri|sign|opt|paywall|cta|author|about|bio|contributor|byline|dateline|timestamp|publish|date|meta|tag|keyword|topic|taxonom|categor|comment|disqus|discussion|respond|repl|related|more|recommend|read|also|see|most|popular|trending|teaser|outbrain|taboola|next|further|you|dont/i;
const NAMING_ATTRS = ['class', 'id', 'role', 'aria-label', 'data-testid', 'itemprop'];

/** The hint an element's own names give, or null. */
export function hintOf(el: Element): Hint | null {
  return hintOfNames(namesOf(el));
}

// The names an element goes by, space-separated; a heading's id spelled from its text is not one.
// Asked for by name: on linkedom, iterating `attributes` builds a proxied list for each element,
// and this runs on every one.
function namesOf(el: Element): string {
  if (!el.hasAttributes()) return '';
  let names = '';
  for (const name of NAMING_ATTRS) {
    const value = el.getAttributeNode(name)?.value;
    if (value && !(name === 'id' && isHeadingSlug(el, value))) names += ` ${value}`;
  }
  return names;
}

function hintOfNames(names: string): Hint | null {
  if (!STEMS.test(names)) return null;
  const key = names
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  // A block named for the article body itself ("article-content") is the story, whatever else it says.
  if (/(^|-)(article-?body|story-?body|post-?body|entry-?content|article-?text)(-|$)/.test(key)) return null;
  if (!ANY.test(key)) return null;
  return PATTERNS.find(([, re]) => re.test(key))?.[0] ?? null;
}

/**
 * Stamps the hinted elements of `doc` (a clone about to go to Readability) with their hint and
 * its top-level headlines with HEADLINE_ATTR. Returns the clone's elements in `elementsOf`'s
 * order, which `originsOf` pairs with the page's to find a block's untouched original later.
 */
export function stampHints(doc: Document): Element[] {
  const all = elementsOf(doc);
  // Cards, list items and wrappers repeat the same class names: each set is read once.
  const seen = new Map<string, Hint | null>();
  for (const el of all) {
    if (el.tagName === 'H1') el.setAttribute(HEADLINE_ATTR, '');
    const names = namesOf(el);
    if (!names) continue;
    let hint = seen.get(names);
    if (hint === undefined) seen.set(names, (hint = hintOfNames(names)));
    if (hint) el.setAttribute(HINT_ATTR, hint);
  }
  return all;
}

/**
 * Whether `id` is the anchor a CMS spelled from the heading's own words ("h-what-is-social-shopping"
 * for "What is Social Shopping?"): it says what the heading says, not what kind of block it is.
 * Its words must be the heading's, a short prefix aside, and cover nearly all of them.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  if (!isHeading(el)) return false;
  const said = slugWords(el.textContent ?? '');
  const words = slugWords(id);
  const spelled = words.filter((word) => said.includes(word)).length;
  return spelled >= 2 && spelled >= words.length - 1 && spelled >= said.length - 1;
}

const slugWords = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Removes the stamps from a finished subtree, so they never reach the stored HTML. */
export function clearStamps(root: Element): void {
  for (const el of elementsOf(root)) {
    el.removeAttribute(HINT_ATTR);
    el.removeAttribute(HEADLINE_ATTR);
  }
}
