import { elementsOf, holdsTag } from '../elements';
import { articleLinks } from './links';
import { linkDensity, wordsOf } from './text';

// A card with more words than this, its photo's caption aside, is not a teaser.
const MAX_CARD_WORDS = 60;
const MIN_CARDS = 3;

/** The shape of an element: its tag and its children's tags, class names ignored. */
function skeleton(el: Element): string {
  return `${el.tagName}(${[...el.children].map((c) => c.tagName).join(',')})`;
}

/**
 * Groups of at least three sibling "cards" with the same tag skeleton, each a short text with a
 * link to another page of the site: a teaser list, whatever its class names. Paragraphs count
 * only when they are nearly all link, so a run of story paragraphs that each cite a source stays.
 */
export function findCardGroups(root: Element, pageUrl: string): Element[][] {
  const groups: Element[][] = [];
  for (const parent of elementsOf(root)) {
    // Links set in a paragraph's running text (names thanked, sources cited) are not cards.
    if (parent.children.length < MIN_CARDS || parent.tagName === 'P') continue;
    const bySkeleton = new Map<string, Element[]>();
    for (const child of parent.children) {
      const key = skeleton(child);
      const same = bySkeleton.get(key);
      if (same) same.push(child);
      else bySkeleton.set(key, [child]);
    }
    const grouped = [...bySkeleton.values()].filter((m) => m.length >= MIN_CARDS && m.every((c) => isCard(c, pageUrl)));
    if (!grouped.length) continue;
    // Once a list of cards is certain, siblings of the same tag that are as short belong to it
    // (a card without a photo, or a video card without a link); one with neither is text of its own.
    const tags = new Set(grouped.flat().map((c) => c.tagName));
    groups.push(
      [...parent.children].filter(
        (c) => grouped.some((m) => m.includes(c)) || (tags.has(c.tagName) && isLooseCard(c, pageUrl)),
      ),
    );
  }
  return groups;
}

function isLooseCard(el: Element, pageUrl: string): boolean {
  if (el.tagName === 'P' || cardWords(el) > MAX_CARD_WORDS) return false;
  const links = articleLinks(el, pageUrl).length;
  return links <= 2 && (links > 0 || holdsTag(el, 'IMG', 'PICTURE', 'VIDEO', 'IFRAME'));
}

function isCard(el: Element, pageUrl: string): boolean {
  if (cardWords(el) > MAX_CARD_WORDS || (el.tagName === 'P' && linkDensity(el) < 0.6)) return false;
  const links = articleLinks(el, pageUrl);
  return links.length >= 1 && links.length <= 2;
}

function cardWords(el: Element): number {
  let words = wordsOf(el);
  for (const figure of el.getElementsByTagName('figure')) words -= wordsOf(figure);
  return words;
}
