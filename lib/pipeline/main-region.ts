import { closestTag, listed } from './elements';
import { hintOf } from './declutter/hints';
import { hrefLinks } from './declutter/links';
import { isCoreParagraph, isCoreText, wordsOf } from './declutter/text';
import { countWords } from './html-text';

const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
// A teaser card is a short block: above this many words a wrapper is not one, nor is anything around it.
const MAX_CARD_WORDS = 120;
// An <article> with fewer words of story paragraphs is a part of the page, not a story of its own.
const MIN_STORY_WORDS = 100;

/** The page's `<main>` (or `role=main`) element, else its `<article>`: the longest when there are several. */
export function mainRegion(doc: Document): Element | null {
  // By tag first: on linkedom a selector is compiled and matched against every element.
  let found: ArrayLike<Element> = doc.getElementsByTagName('main');
  if (!found.length) found = doc.querySelectorAll('[role="main"]');
  if (!found.length) found = doc.getElementsByTagName('article');
  if (found.length < 2) return found[0] ?? null;
  const sized = Array.from(found, (el) => ({ el, length: (el.textContent ?? '').length }));
  return sized.reduce((a, b) => (b.length > a.length ? b : a)).el;
}

/** Words in the story paragraphs of plain text, blocks apart by blank lines (Readability's read). */
export function proseWordsOf(text: string): number {
  return text.split('\n\n').reduce((n, block) => (isCoreText(block) ? n + countWords(block) : n), 0);
}

interface StoryProse {
  words: number;
  /** The plain wrappers between the region and its story paragraphs. */
  wrappers: Set<Element>;
  /** How many `<article>`s in the region hold a story's worth of its paragraphs: over one, it shows several stories. */
  articles: number;
}

/**
 * The story paragraphs of `region` (long, sentence-ending, few links) that sit in plain wrappers
 * only: one in a block the page names as clutter (related, comments) or in a teaser card is not counted.
 */
export function storyProse(region: Element): StoryProse {
  let words = 0;
  const wrappers = new Set<Element>();
  const articleWords = new Map<Element, number>();
  // Paragraphs share their wrappers: what each wrapper is, is read once.
  const kinds = new Map<Element, 'clutter' | 'small' | 'large'>();
  const kindOf = (el: Element, aboveLarge: boolean) => {
    let kind = kinds.get(el);
    if (!kind) {
      const small = !aboveLarge && wordsOf(el, MAX_CARD_WORDS + 1) <= MAX_CARD_WORDS;
      kind = hintOf(el) || (small && linksOut(el)) ? 'clutter' : small ? 'small' : 'large';
      kinds.set(el, kind);
    }
    return kind;
  };
  for (const p of listed(region.getElementsByTagName('p'))) {
    if (!isCoreParagraph(p)) continue;
    const chain: Element[] = [];
    let at = p.parentElement;
    for (let large = false; at && at !== region; at = at.parentElement) {
      const kind = kindOf(at, large);
      if (kind === 'clutter') break;
      large ||= kind === 'large';
      if (WRAPPERS.has(at.tagName)) chain.push(at);
    }
    if (at !== region) continue;
    const paragraphWords = wordsOf(p);
    words += paragraphWords;
    for (const el of chain) wrappers.add(el);
    const article = chain.findLast((el) => el.tagName === 'ARTICLE');
    if (article) articleWords.set(article, (articleWords.get(article) ?? 0) + paragraphWords);
  }
  const articles = [...articleWords.values()].filter((n) => n >= MIN_STORY_WORDS).length;
  return { words, wrappers, articles };
}

/**
 * Unwraps the plain wrappers inside `region` that hold its story paragraphs, so that a story
 * a page builder set one section per wrapper becomes paragraphs Readability reads as one block.
 */
export function flattenProse(region: Element): void {
  for (const el of storyProse(region).wrappers) el.replaceWith(...listed(el.childNodes));
}

// A card links to its story from its headline, its picture or a "Read more" set apart from the
// text; a story's own links sit in its paragraphs and lists.
function linksOut(el: Element): boolean {
  return hrefLinks(el).some((a) => !closestTag(a, 'P', 'LI'));
}
