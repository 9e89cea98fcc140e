import { classAndId, closestTag, holdsTag, idOf, listed, SUBHEADINGS } from './elements';
import { isCoreParagraph, textOf, wordsOf } from './declutter/text';
import { keepStoryAsides } from './story-asides';
import { unwrapLinkedParagraphs } from './linked-paragraphs';

// A page's menus and footers are never its story, yet Readability scores them like any other
// block: a footer's "about us" blurb or newsletter box can outscore a short story. Taken out of
// the clone first, they cannot be picked, and Readability has less of the page to walk.

// Readability drops a block unseen when its class or id holds one of these words, unless they
// also say content (both lists are Readability's own; of its words for blocks to drop, these
// are the ones that name a part of the layout, not comments, pop-ups, ads or share bars).
export const LAYOUT_NAME = /banner|extra|footer|header|sidebar|supplemental/i;
export const CONTENT_NAME = /and|article|body|column|content|main|shadow/i;
// All of its words for blocks to drop (Readability 0.6's list; a test holds it to the installed one).
export const UNSEEN_NAME =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
// Text-level elements: inside a paragraph they are part of its sentences ("contextmenu Quotation",
// a citation's "[1-3]"), unless their names say they are set into it: an ad's label, a share or
// comment count, a pop-up.
const PHRASING = ['SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'MARK', 'SMALL', 'Q', 'CITE', 'FONT', 'SUB', 'SUP'];
export const INSERT_NAME = /-ad-|ad-break|sponsor|social|comment|popup|gdpr|agegate|disqus|replies|rss|shoutbox|skyscraper|pager|pagination/i;
// Readability counts a block less for "hidden" in its class, and its clean-up then drops a short
// one. These class names hide something else: the block's overflow (a CSS utility on modern
// layouts) or its field's label (Drupal's on every text field, FAQ answers too).
const HIDES_OTHER = /^(?:[\w-]+:)*(?:[\w-]*?overflow(?:[-_]+[xy])?[-_]+hidden|[\w-]*?label[-_]+(?:visually[-_]+)?hidden)$/i;
// Readability drops a block unseen for "extra" in its class ("extra content"); type utilities say
// it of a font's weight or a line's spacing ("font-extrabold", "leading-extra-tight").
const TYPE_EXTRA = /^(?:[\w-]+:)*(?:font|leading|tracking|text)-[\w-]*extra/i;
const HEADER_NAME = /header/i;
// A heading's own anchor, its words joined ("h-what-is-social-shopping"), least words first.
const MIN_ANCHOR_WORDS = 2;
// A story paragraph: an intro's is this long; a header's dek or an author blurb is shorter.
const MIN_STORY_WORDS = 40;
// A layout wrapper ("with-sidebar", "page1-footer") holds at least this many of them, and at
// least this share of the page's; a real sidebar holds a few at most.
const MIN_WRAPPED = 3;
const MIN_WRAPPED_SHARE = 0.5;

/**
 * Readies `doc` (a clone about to go to Readability): removes its menus and footers, and takes
 * the names off blocks Readability would drop for them though they hold the story: a header
 * with the story's intro, a wrapper named for the layout around most of its paragraphs, words
 * set apart inside a paragraph, and class names that say "hidden" of something other than the block.
 * The story's own side notes, which Readability drops for their tag, become plain blocks, and
 * paragraphs that cite in links leave the lone wrappers Readability would drop for those links.
 */
export function dropPageChrome(doc: Document): void {
  if (doc.body) trimBody(doc.body);
  keepStoryAsides(doc);
  unwrapLinkedParagraphs(doc);
}

// Blocks inside the body only: Readability treats the root's and the body's names its own way.
function trimBody(body: HTMLElement): void {
  const chrome = pageChromeIn(body);
  const named: Element[] = [];
  // Only blocks with a class or an id have names to read or correct, and the browser lists them:
  // a walk over every element from script cost 30 % more in Chromium, cold.
  for (const el of listed(body.querySelectorAll('[class],[id]'))) {
    const tag = el.tagName;
    const isChrome = CHROME_TAGS.includes(tag);
    let names = el.getAttribute('class');
    if (names) names = dropMisreadClasses(el, names);
    // The story's own headings; the page's title (h1) sits in the page header as often as over the story.
    if (SUBHEADINGS.includes(tag)) {
      unnameHeading(el);
      names = el.getAttribute('class');
    }
    const said = `${names ?? ''} ${idOf(el)}`;
    if (PHRASING.includes(tag)) {
      if (isUnseenName(said) && !INSERT_NAME.test(said) && closestTag(el, 'P')) unname(el);
    } else if (!isChrome && isDroppedName(said)) named.push(el);
  }
  for (const el of chrome) el.remove();
  if (named.length) keepStoryBlocks(body, named);
}

/** The tags of a page's menus and footers. */
const CHROME_TAGS = ['NAV', 'FOOTER'];
// The same as the markup spells them, for `getElementsByTagName`: in an XHTML page it matches that
// spelling only.
const CHROME_TAG_NAMES = CHROME_TAGS.map((tag) => tag.toLowerCase());

/** The menus and footers in a page's `body`, by tag. */
export function pageChromeIn(body: Element): Element[] {
  return CHROME_TAG_NAMES.flatMap((name) => listed(body.getElementsByTagName(name))).filter(isPageChrome);
}

/** Whether `el`, in a page's body, is one of its menus or footers. */
function isPageChrome(el: Element): boolean {
  // Some pages misuse them as wrappers; one that holds the page's main content or an article is not.
  return CHROME_TAGS.includes(el.tagName) && !holdsTag(el, 'MAIN', 'ARTICLE');
}

/** Whether `p` reads as a paragraph of the story: long, sentence-ending, few links. */
export function isStoryParagraph(p: Element): boolean {
  return isCoreParagraph(p) && wordsOf(p) >= MIN_STORY_WORDS;
}

function keepStoryBlocks(body: Element, named: Element[]): void {
  const known = new Map<Element, boolean>();
  const isStory = (p: Element) => known.get(p) ?? known.set(p, isStoryParagraph(p)).get(p)!;
  const storyIn = (el: Element) => listed(el.getElementsByTagName('p')).filter(isStory).length;
  let onPage: number | undefined;
  // Named blocks nest (a header in a header wrapper): one without story holds none below it either.
  let barren: Element | null = null;
  for (const el of named) {
    if (barren?.contains(el)) continue;
    const held = storyIn(el);
    if (!held) {
      barren = el;
      continue;
    }
    if (HEADER_NAME.test(classAndId(el))) unname(el);
    else if (held >= MIN_WRAPPED && held >= (onPage ??= storyIn(body)) * MIN_WRAPPED_SHARE) unname(el);
  }
}

/** Takes off the class names that misread as hidden or extra; returns the names left. */
function dropMisreadClasses(el: Element, names: string): string {
  return mayMisread(names) ? dropClassNames(el, names, isMisread) : names;
}

// Most blocks say nothing hidden or extra: plain searches ("idden" finds "Hidden" too) spare them the split.
const mayMisread = (names: string) => names.includes('idden') || names.includes('xtra');
const isMisread = (name: string) => HIDES_OTHER.test(name) || TYPE_EXTRA.test(name);

/**
 * The class and id of `el`, a block of a page's body, as Readability reads them on its clone once
 * `dropPageChrome` has run there, for a block that holds no story paragraph and is neither a
 * heading nor set inside a paragraph: without the class names that misread.
 */
export function namesAfterTrim(el: Element): string {
  const names = el.getAttribute('class') ?? '';
  return `${mayMisread(names) ? namesLeft(names, isMisread) : names} ${idOf(el)}`;
}

function dropClassNames(el: Element, names: string, drop: (name: string) => boolean): string {
  const left = namesLeft(names, drop);
  el.setAttribute('class', left);
  return left;
}

const namesLeft = (names: string, drop: (name: string) => boolean) => names.split(/\s+/).filter((name) => !drop(name)).join(' ');

/**
 * Takes off a heading's names that Readability reads as a page part though they only describe
 * the heading: that it is a header ("header-anchor-post", "et_pb_module_header"), or its own
 * words made an anchor ("h-what-is-social-shopping" under "What is Social Shopping?"). Readability
 * drops a block unseen for "header" or "social" in its names, so a story's headings went with them.
 */
function unnameHeading(el: Element): void {
  const names = el.getAttribute('class');
  if (names && HEADER_NAME.test(names)) dropClassNames(el, names, (name) => HEADER_NAME.test(name));
  const id = el.getAttribute('id');
  if (id && isAnchorOf(id, textOf(el))) el.removeAttribute('id');
}

function isAnchorOf(id: string, text: string): boolean {
  const said = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
  const words = id.toLowerCase().split(/[-_]+/).filter((word) => word.length > 1);
  return words.length >= MIN_ANCHOR_WORDS && words.every((word) => said.has(word));
}

function isUnseenName(names: string): boolean {
  return UNSEEN_NAME.test(names) && !CONTENT_NAME.test(names);
}

function isDroppedName(names: string): boolean {
  return LAYOUT_NAME.test(names) && !CONTENT_NAME.test(names);
}

// All its names go, as Readability reads them together: "story-header promo" is dropped for either.
function unname(el: Element): void {
  el.removeAttribute('class');
  el.removeAttribute('id');
}
