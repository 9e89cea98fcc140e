import { elementsOf, listed } from '../elements';
import { isHeading } from './text';

/**
 * What a page's own class names, ids and ARIA labels say a block is; 'nosnippet', a block the
 * page keeps out of search engines' snippets (`data-nosnippet`), which names none of these.
 */
export type Hint = 'share' | 'newsletter' | 'related' | 'bio' | 'caption' | 'credit' | 'tags' | 'comments' | 'byline' | 'nosnippet';

// What the page's names say of a block of Readability's result, stamped there for the rules.
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
// name without any of them cannot match, and skips building its key (most of the cost of asking).
const STEMS =
  /caption|legend|credit|copyright|photographer|image|shar|social|addthis|print|newsletter|subscri|sign|opt|paywall|cta|author|about|bio|contributor|byline|dateline|timestamp|publish|date|meta|tag|keyword|topic|taxonom|categor|comment|disqus|discussion|respond|repl|related|more|recommend|read|also|see|most|popular|trending|teaser|outbrain|taboola|next|further|you|dont/i;
const NAMING_ATTRS = ['class', 'id', 'role', 'aria-label', 'data-testid', 'itemprop'];

// schema.org's names for an article's own parts: a block the page marks as the article's
// description (its standfirst) or abstract is the story's, whatever its class says
// ("teaser-text"). An author's description is a bio.
const OWN_PART = /^(description|abstract)$/;
const ARTICLE_TYPE = /Article|Posting|Report/;

/** The hint an element's own names give, else its mark against search snippets; null for neither. */
export function hintOf(el: Element): Hint | null {
  // Most elements carry no attribute, and so neither names nor the mark.
  if (!el.hasAttributes()) return null;
  const names = namesOf(el);
  const hint = names ? hintOfNames(names) : null;
  if (hint) return isArticlePart(el) ? null : hint;
  // Sites keep their teaser cards, share bars and cookie notices out of search snippets: of the
  // 112 such blocks on the corpus pages, none held any of the story's text.
  return el.hasAttribute('data-nosnippet') ? 'nosnippet' : null;
}

function isArticlePart(el: Element): boolean {
  if (!OWN_PART.test(el.getAttribute('itemprop') ?? '')) return false;
  let scope = el.parentElement;
  while (scope && !scope.hasAttribute('itemscope')) scope = scope.parentElement;
  return ARTICLE_TYPE.test(scope?.getAttribute('itemtype') ?? '');
}

// The names an element goes by, space-separated; a heading's id spelled from its text is not one.
// Its attributes' names are listed once and only those it has are read: most elements carry one
// or two of the six, and each read crosses into the browser. On linkedom, iterating `attributes`
// builds a proxied list for each element.
function namesOf(el: Element): string {
  const has = el.getAttributeNames();
  let names = '';
  for (const name of NAMING_ATTRS) {
    const value = has.includes(name) ? el.getAttribute(name) : null;
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

/** Stamps the top-level headlines of `doc`, a clone about to go to Readability, with HEADLINE_ATTR. */
export function stampHeadlines(doc: Document): void {
  for (const h1 of listed(doc.getElementsByTagName('h1'))) h1.setAttribute(HEADLINE_ATTR, '');
}

/**
 * Stamps the hinted elements of `root`, Readability's result read with the page's class names
 * kept: only the blocks it kept are asked, where stamping the clone beforehand asked every one of
 * the page's. Readability folds a wrapper left with one child into it, and the child takes the
 * wrapper's names for its own: `sourcesOf` gives the page elements an element stands for,
 * innermost first, whose names count too, the outermost's first, as the folded names do.
 */
export function stampHints(root: Element, sourcesOf?: (el: Element) => Element[]): void {
  for (const el of elementsOf(root)) {
    const hint = hintOf(el) ?? (sourcesOf ? foldedHint(sourcesOf(el)) : null);
    if (hint) el.setAttribute(HINT_ATTR, hint);
  }
}

// The first hint the sources give, outermost first. An element that stands for itself alone (one
// source) has its own names still: its source says nothing more.
function foldedHint(sources: Element[]): Hint | null {
  if (sources.length < 2) return null;
  for (let i = sources.length - 1; i >= 0; i--) {
    const hint = hintOf(sources[i]);
    if (hint) return hint;
  }
  return null;
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

/**
 * Takes the stamps and the page's class names off a finished subtree, so neither reaches the
 * stored HTML; the "page" class Readability gives its own wrappers stays, as Readability leaves it.
 */
export function clearStamps(root: Element): void {
  for (const el of elementsOf(root)) {
    if (!el.hasAttributes()) continue;
    el.removeAttribute(HINT_ATTR);
    el.removeAttribute(HEADLINE_ATTR);
    const names = el.getAttribute('class');
    if (names === null) continue;
    if (names.split(/\s+/).includes(READABILITY_CLASS)) el.setAttribute('class', READABILITY_CLASS);
    else el.removeAttribute('class');
  }
}

const READABILITY_CLASS = 'page';
