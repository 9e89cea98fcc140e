import type { Readability } from '@mozilla/readability';
import { SHOW_CDATA_SECTION, SHOW_TEXT } from '../node-types';
import { innerTextLengths } from './inner-text-length';
import { listed } from './elements';

/** The methods of Readability 0.6.0 that `withShortcuts` answers for, with their arguments. */
interface Shortcut {
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _getLinkDensity(element: Element): number;
  _getTextDensity(element: Element, tags: string[]): number;
  _getInnerText(element: Element, normalizeSpaces?: boolean): string;
  _getCharCount(element: Element, separator?: string): number;
  _removeNodes(nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element, ...rest: unknown[]) => boolean): void;
  _initializeNode(node: Element): void;
  _prepArticle(articleContent: Element): void;
  _cleanStyles(element: Element): void;
  _grabArticle(page?: Element | null): Element | null;
}

export const SHORTCUT_METHODS: readonly (keyof Shortcut)[] = [
  '_isProbablyVisible',
  '_isElementWithoutContent',
  '_isValidByline',
  '_getLinkDensity',
  '_getTextDensity',
  '_getInnerText',
  '_getCharCount',
  '_removeNodes',
  '_initializeNode',
  '_prepArticle',
  '_cleanStyles',
  '_grabArticle',
];

/**
 * Gives `reader` quicker answers to the questions it asks of nearly every element of the page.
 * Readability reads an element's whole text (or its style) before the cheap condition that
 * settles most of them, and reads the same text again and again while it weighs what to clean
 * away; a wrapper's text holds that of everything in it. The answers are Readability's own, asked
 * of it whenever the cheap part does not settle them, or worked out as it does, so the result is
 * the same: its tests only read the page. The one change to the page, taking the head's metas
 * and title out of its walk, comes after it has read them. On 200 news pages these took 8 % off
 * Sift's time in Chromium, by median.
 */
export function withShortcuts<T>(reader: Readability<T>): Readability<T> {
  const own = reader as unknown as Shortcut;
  const asked = Object.fromEntries(SHORTCUT_METHODS.map((name) => [name, own[name].bind(own)])) as unknown as Shortcut;
  const { REGEXPS, PRESENTATIONAL_ATTRIBUTES, DEPRECATED_SIZE_ATTRIBUTE_ELEMS } = reader as unknown as ReaderLists;
  const { byline, hashUrl } = REGEXPS;
  // Hidden by none of the attributes Readability reads: the inline style, `hidden`, `aria-hidden`.
  own._isProbablyVisible = (node) =>
    (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) || asked._isProbablyVisible(node);
  // Empty means no text; most elements show some in their first few text nodes.
  own._isElementWithoutContent = (node) => !showsText(node) && asked._isElementWithoutContent(node);
  // A byline is marked as one, by `rel`, `itemprop` or its class or id, before its length counts.
  own._isValidByline = (node, matchString) => marksByline(node, matchString, byline) && asked._isValidByline(node, matchString);
  // A share of the text in links, or in headings: none when there are none, whatever the text.
  own._getLinkDensity = (element) => {
    if (!element.getElementsByTagName('a')[0]) return 0;
    return scoring ? linkDensity(element, scoring) : asked._getLinkDensity(element);
  };
  own._getTextDensity = (element, tags) => (element.querySelector(tags.join(',')) ? asked._getTextDensity(element, tags) : 0);
  // Readability takes a dozen presentational attributes off every element of the article, each
  // asked for by name; only the names an element has are asked for here, none for an element without.
  const presentational = new Set(PRESENTATIONAL_ATTRIBUTES);
  own._cleanStyles = (element) => {
    if (element.tagName.toLowerCase() === 'svg') return;
    if (element.hasAttributes()) {
      for (const name of element.getAttributeNames()) if (presentational.has(name)) element.removeAttribute(name);
      if (DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(element.tagName)) {
        element.removeAttribute('width');
        element.removeAttribute('height');
      }
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) own._cleanStyles(child);
  };

  // From its first score until it cleans the article, Readability weighs candidates, each a
  // paragraph's parent or an ancestor up to five levels above, by their share of text in links,
  // and moves only whole elements: an element's text length, added up from those of the
  // candidates in it, holds all that time.
  // Each link's weighed length holds as long, and is kept with them.
  let scoring: Scoring | null = null;
  own._initializeNode = (node) => {
    scoring ??= { lengthOf: innerTextLengths(holdsCandidate), weighed: new Map() };
    asked._initializeNode(node);
  };
  own._prepArticle = (articleContent) => {
    scoring = null;
    asked._prepArticle(articleContent);
  };
  // Readability's `_getLinkDensity`, with the texts measured, not read: a link is read once, not
  // once for each candidate around it, and so is its weight.
  const linkDensity = (element: Element, { lengthOf, weighed }: Scoring) => {
    const textLength = lengthOf(element);
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const link of listed(element.getElementsByTagName('a'))) {
      let length = weighed.get(link);
      if (length === undefined) {
        const href = link.getAttribute('href');
        weighed.set(link, (length = lengthOf(link) * (href && hashUrl.test(href) ? 0.3 : 1)));
      }
      linkLength += length;
    }
    return linkLength / textLength;
  };

  // While Readability weighs which of a list of elements to remove, the page changes only when it
  // removes one, and then only the texts of the elements around it: every other is read once.
  let texts: Map<Element, string> | null = null;
  own._getInnerText = (element, normalizeSpaces) => {
    if (!texts || normalizeSpaces === false) return asked._getInnerText(element, normalizeSpaces);
    let text = texts.get(element);
    if (text === undefined) texts.set(element, (text = asked._getInnerText(element)));
    return text;
  };
  // Readability counts a block's commas only to ask whether it has fewer than ten: counted that
  // far, its whole text is not split into pieces (a wrapper's holds every comma of the story).
  own._getCharCount = (element, separator) => own._getInnerText(element).split(separator || ',', COMMAS_ASKED + 1).length - 1;
  own._removeNodes = (nodes, filter) => {
    if (!filter) return asked._removeNodes(nodes);
    texts = new Map();
    try {
      asked._removeNodes(nodes, function (this: unknown, node, ...rest) {
        const remove = filter.call(this, node, ...rest);
        if (remove) for (let up = node.parentElement; up; up = up.parentElement) texts?.delete(up);
        return remove;
      });
    } finally {
      texts = null;
    }
  };
  // Its walk for the article starts at <html>, and weighs each of the head's metas and its title,
  // read already for the metadata, as it weighs a block.
  own._grabArticle = (page) => {
    const head = (reader as unknown as { _doc: Document })._doc.head;
    if (head) for (const el of listed(head.children)) if (el.tagName === 'META' || el.tagName === 'TITLE') el.remove();
    return asked._grabArticle(page);
  };
  return reader;
}

/** The lists of Readability's that the shortcuts read. */
interface ReaderLists {
  REGEXPS: { byline: RegExp; hashUrl: RegExp };
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
}

/** What holds while Readability scores: the text lengths of elements, and the weighed lengths of links. */
interface Scoring {
  lengthOf: (el: Element) => number;
  weighed: Map<Element, number>;
}

// Readability's clean-up keeps a block with this many commas (`_cleanConditionally`); fewer, it weighs the block further.
export const COMMAS_ASKED = 10;
// The nodes `textContent` joins.
const TEXT_NODES = SHOW_TEXT | SHOW_CDATA_SECTION;
// `\S` is what `trim` keeps: both take the same characters for white space.
const NOT_SPACE = /\S/;

/** Whether `node` holds a character that is not white space, read up to the first one. */
function showsText(node: Element): boolean {
  const walker = node.ownerDocument.createTreeWalker(node, TEXT_NODES);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (NOT_SPACE.test((text as CharacterData).data)) return true;
  }
  return false;
}

/** Whether one of `el`'s children is a candidate Readability has scored. */
function holdsCandidate(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if ((child as { readability?: unknown }).readability) return true;
  }
  return false;
}

function marksByline(node: Element, matchString: string, byline: RegExp): boolean {
  return node.getAttribute('rel') === 'author' || Boolean(node.getAttribute('itemprop')?.includes('author')) || byline.test(matchString);
}
