import { countWords } from '../html-text';
import { isRelatedLabel, isSendOff } from './labels';
import { articleLink, articleLinks, leadsOffSite } from './links';
import { opensPictureNote } from './prose-text';
import { linkDensity, textOf } from './text';
import { listed } from '../elements';

// A headline is a few words at least; a shorter link is a name or a source.
const MIN_HEADLINE_WORDS = 4;
const MAX_LINE_WORDS = 30;
// Thirty words are rarely longer than this; a longer block is turned away before its links are read.
const MAX_LINE_CHARS = 400;
// "Lea también:", "PUEDES VER:", "Lesen Sie hier:": a label is one to three words and a separator.
const LABEL = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}'’.]+\s*){1,3}[:：»›>→|–—-]+$/u;
const OPENING_BRACKET = /^[[(]\s*/;
// Nothing but marks around the link (">> … <<", "» …").
const MARKS = /^[^\p{L}\p{N}]*$/u;

/**
 * True for a block that is one link to another article of the same site behind a short label
 * ("Lea también: <headline>"), or a paragraph, or a list of one item, that is that link alone: a
 * pointer to another story set inside this one. A run of such paragraphs is a list, which a story
 * may hold as its own.
 */
export function isStoryPointer(el: Element, text: string, pageUrl: string): boolean {
  const parts = splitLink(el, text);
  if (!parts) return false;
  // A longer label counts when it is one of the known ones ("Das könnte Sie auch interessieren:"),
  // also inside the brackets some sites set around the line ("[ Also read <headline> ]").
  const bare = MARKS.test(parts.before);
  // "Pictured: <the plant's page>" names what a photo shows: a caption that links, not a pointer.
  const pointer = bare
    ? standsAlone(el, pageUrl)
    : !opensPictureNote(parts.before) &&
      (LABEL.test(parts.before) || isSendOff(parts.before) || isRelatedLabel(parts.before.replace(OPENING_BRACKET, '')));
  return pointer && !!articleLink(parts.link, pageUrl) && !(bare && headsItems(el, pageUrl));
}

// Two headline links to other sites make a pattern: one is a source quoted, or a pointer that leaves.
const MIN_OFF_SITE_HEADS = 2;

/**
 * Whether the headline links set as paragraphs beside `el` lead mostly to other sites: then they
 * head the items of a roundup ("Imprivata acquires Verosint", then the deal in a paragraph), each
 * linked to its source, and the few linked to the site's own reports head items too. A site's
 * pointers to its own stories lead to the site.
 */
function headsItems(el: Element, pageUrl: string): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const seen = headings.get(parent);
  if (seen !== undefined) return seen;
  let own = 0;
  let offSite = 0;
  for (const p of listed(parent.children)) {
    const link = bareLinkOf(p);
    if (!link) continue;
    if (articleLink(link, pageUrl)) own++;
    else if (leadsOffSite(link, pageUrl)) offSite++;
  }
  const heads = offSite >= MIN_OFF_SITE_HEADS && offSite >= own;
  headings.set(parent, heads);
  return heads;
}

// Read once per parent: a roundup's every own-site heading asks about the same paragraphs.
const headings = new WeakMap<Element, boolean>();

// A list item under a "Related" label is a headline, maybe with a line of teaser text after it.
const MAX_ITEM_WORDS = 40;
const MIN_ITEM_LINKED_SHARE = 0.5;

/**
 * The list a related label ("Veja também:", "Related stories") opens, when each of its items
 * links to one other article of the site: inside a story, where a bare list of links is its own
 * (steps, sources), the label says this one is a teaser list. Null when no such list follows.
 */
export function labelledList(label: Element, pageUrl: string): Element | null {
  let at = label;
  // The label may sit alone in a wrapper of its own (<div class="title"><span>Related</span></div>).
  while (!at.nextElementSibling && at.parentElement?.children.length === 1) at = at.parentElement;
  const list = at.nextElementSibling;
  if (list?.tagName !== 'UL' && list?.tagName !== 'OL') return null;
  const items = listed(list.children);
  return items.length >= 2 && items.every((li) => li.tagName === 'LI' && isHeadlineItem(li, pageUrl)) ? list : null;
}

function isHeadlineItem(li: Element, pageUrl: string): boolean {
  const text = textOf(li);
  if (!text || countWords(text, MAX_ITEM_WORDS + 1) > MAX_ITEM_WORDS || articleLinks(li, pageUrl).length !== 1) return false;
  return linkDensity(li, text) >= MIN_ITEM_LINKED_SHARE;
}

/**
 * Whether a block that is one headline link stands alone: a paragraph between two that are not
 * such links to the site, or a list of one item, set as a list only to bullet it (The Local's
 * "The latest news about the coronavirus outbreak" between two paragraphs).
 */
function standsAlone(el: Element, pageUrl: string): boolean {
  if (el.tagName === 'P') return !isBareLink(el.previousElementSibling, pageUrl) && !isBareLink(el.nextElementSibling, pageUrl);
  const list = el.parentElement;
  return el.tagName === 'LI' && (list?.tagName === 'UL' || list?.tagName === 'OL') && list.children.length === 1;
}

function isBareLink(el: Element | null, pageUrl: string): boolean {
  const link = el && bareLinkOf(el);
  return !!link && !!articleLink(link, pageUrl);
}

/** The link of a paragraph that is one headline link and nothing else, wherever it leads; or null. */
function bareLinkOf(el: Element): Element | null {
  // Shape first: a paragraph's text is read only when it holds one link.
  if (el.tagName !== 'P' || el.getElementsByTagName('a').length !== 1) return null;
  const parts = splitLink(el, textOf(el));
  return parts && MARKS.test(parts.before) ? parts.link : null;
}

/**
 * The block's one link when it ends the block and reads like a headline, with the text before it.
 * Shape first, address last: most blocks fail on shape, and reading the address parses URLs.
 */
function splitLink(el: Element, text: string): { link: Element; before: string } | null {
  if (text.length > MAX_LINE_CHARS) return null;
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return null;
  const link = links[0];
  const linkText = textOf(link);
  const at = text.lastIndexOf(linkText);
  if (!linkText || at < 0 || !MARKS.test(text.slice(at + linkText.length))) return null;
  if (countWords(linkText, MIN_HEADLINE_WORDS) < MIN_HEADLINE_WORDS || countWords(text, MAX_LINE_WORDS + 1) > MAX_LINE_WORDS) return null;
  return { link, before: text.slice(0, at).trim() };
}
