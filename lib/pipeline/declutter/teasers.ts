import { descendantsByTag, elementsOf, holdsTag, listed, MEDIA, SUBHEADINGS } from '../elements';
import { articleLink, articleLinks, leadsBeneath } from './links';
import { isDateOnly } from './lines';
import type { Origins } from './origins';
import { isHeading, linkDensity, textOf, wordsOf } from './text';

// A card with more words than this, its photo's caption aside, is not a teaser; one that carries
// its date on a line of its own under a linked headline is (a blog's "recent posts" card, with a
// blurb of fifty words and more). Staff reviews and live updates are dated too, but link a name
// or nothing, and give a time alone. So is a headline that is all link over a single paragraph,
// however long: another story's excerpt, as a site's post lists show it. A story's own section
// under a linked heading runs on in paragraphs, and a heading only partly a link (a step that
// names its source) is no headline.
const MAX_CARD_WORDS = 60;
const MAX_DATED_CARD_WORDS = 100;
const MIN_HEADLINE_WORDS = 4;
const MIN_CARDS = 3;

/** The shape of an element: its tag and its children's tags, class names ignored. */
function skeleton(el: Element): string {
  // Built by walking the children: it is asked of every child of every block with three or more,
  // and listing them in an array to map and join made it a third of finding card groups.
  let shape = `${el.tagName}(`;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    shape += child === el.firstElementChild ? child.tagName : `,${child.tagName}`;
  }
  return `${shape})`;
}

// A grid sets its cards in rows of the same shape, two or more to a row: its cards are cousins,
// and count together. Rows hold blocks; links and line breaks in a list's items are no cards.
const MIN_ROWS = 2;
const CELL_TAGS = ['DIV', 'ARTICLE', 'SECTION', 'LI'];

function isGrid(parent: Element): boolean {
  for (const row of listed(parent.children)) {
    if (row.childElementCount < 2) return false;
    for (const cell of listed(row.children)) if (!CELL_TAGS.includes(cell.tagName)) return false;
  }
  return true;
}

/** `elements` by their skeletons, in document order. */
function bySkeletonOf(elements: readonly Element[]): Map<string, Element[]> {
  const bySkeleton = new Map<string, Element[]>();
  for (const el of elements) {
    const key = skeleton(el);
    const same = bySkeleton.get(key);
    if (same) same.push(el);
    else bySkeleton.set(key, [el]);
  }
  return bySkeleton;
}

/**
 * Groups of at least three sibling "cards" with the same tag skeleton, each a short text with a
 * link to another page of the site: a teaser list, whatever its class names; a grid's cards,
 * set in rows of the same shape, count as siblings. Paragraphs count only when they are nearly
 * all link, so a run of story paragraphs that each cite a source stays. With `origins`, a card
 * whose links Readability dropped (a headline alone in its link-dense wrapper) is read for them
 * in the page.
 */
export function findCardGroups(root: Element, pageUrl: string, origins?: Origins): Element[][] {
  const groups: Element[][] = [];
  const isCard = (el: Element) => {
    // A paragraph without a link, as a story's are, is no card: settled before its words are counted.
    if (el.tagName === 'P' && !el.getElementsByTagName('a')[0]) return false;
    const words = cardWords(el);
    const long = words > MAX_CARD_WORDS && !isExcerpt(el, pageUrl) && (words > MAX_DATED_CARD_WORDS || !isDatedStory(el, pageUrl));
    if (long || (el.tagName === 'P' && linkDensity(el) < 0.6)) return false;
    const links = cardLinks(el, pageUrl, origins);
    return links >= 1 && links <= 2;
  };
  const cardsOf = (bySkeleton: Map<string, Element[]>) => [...bySkeleton.values()].filter((m) => m.length >= MIN_CARDS && m.every(isCard));
  for (const parent of elementsOf(root)) {
    // Links set in a paragraph's running text (names thanked, sources cited) are not cards.
    if (parent.childElementCount < MIN_ROWS || parent.tagName === 'P') continue;
    const bySkeleton = parent.childElementCount >= MIN_CARDS ? bySkeletonOf(listed(parent.children)) : null;
    const grouped = bySkeleton ? cardsOf(bySkeleton) : [];
    if (!grouped.length) {
      if (isGrid(parent) && (bySkeleton ?? bySkeletonOf(listed(parent.children))).size === 1) {
        groups.push(...cardsOf(bySkeletonOf(listed(parent.children).flatMap((row) => listed(row.children)))));
      }
      continue;
    }
    // Once a list of cards is certain, siblings of the same tag that are as short belong to it
    // (a card without a photo, or a video card without a link); one with neither is text of its own.
    const tags = new Set(grouped.flat().map((c) => c.tagName));
    groups.push(
      listed(parent.children).filter(
        (c) => grouped.some((m) => m.includes(c)) || (tags.has(c.tagName) && isLooseCard(c, pageUrl, origins)),
      ),
    );
  }
  return groups;
}

// A sibling that holds a list of three items or more in its own words (a checklist's last
// section beside the "more checklists" cards) is text of its own, not a card missing its photo.
const MIN_LIST_ITEMS = 3;

function isLooseCard(el: Element, pageUrl: string, origins?: Origins): boolean {
  if (el.tagName === 'P' || cardWords(el) > MAX_CARD_WORDS) return false;
  if (descendantsByTag(el, 'LI').length >= MIN_LIST_ITEMS && linkDensity(el) < 0.5) return false;
  const links = cardLinks(el, pageUrl, origins);
  return links <= 2 && (links > 0 || holdsTag(el, ...MEDIA));
}

/**
 * How many links to other pages of the site a card holds; when Readability left it none, how many
 * headlines link on in the page's own card (a photo's link alone names no story). Links beneath
 * the page lead to its own parts, which a hub page's cards list as its content, not to other stories.
 */
function cardLinks(el: Element, pageUrl: string, origins?: Origins): number {
  const links = articleLinks(el, pageUrl).filter((url) => !leadsBeneath(url, pageUrl)).length;
  const original = links || !origins ? null : origins.kept(el);
  if (!original) return links;
  const urls = new Set<string>();
  for (const a of listed(original.getElementsByTagName('a'))) {
    const url = textOf(a) ? articleLink(a, pageUrl) : null;
    if (url && !leadsBeneath(url, pageUrl)) urls.add(url);
  }
  return urls.size;
}

/** Whether a card links a headline to another page of the site and has a line that is only its date, year and all. */
function isDatedStory(el: Element, pageUrl: string): boolean {
  const headline = listed(el.getElementsByTagName('a')).some((a) => wordsOf(a, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS && articleLink(a, pageUrl));
  return headline && elementsOf(el).some((inside) => !inside.firstElementChild && isYearDate(textOf(inside)));
}

// A paragraph this short is a card's line (its section, its date), not its blurb.
const MAX_LINE_WORDS = 8;

/**
 * Whether a card is a headline that is all one link to another page of the site, over one
 * paragraph at most besides short lines. A staff review links its writer's name instead
 * ("Kanae's Review"); a headline the page left empty still leads to the story.
 */
function isExcerpt(el: Element, pageUrl: string): boolean {
  const headline = descendantsByTag(el, ...SUBHEADINGS)[0];
  const link = headline?.getElementsByTagName('a')[0];
  if (!link || textOf(link) !== textOf(headline) || isName(link) || !articleLink(link, pageUrl)) return false;
  return listed(el.getElementsByTagName('p')).filter((p) => wordsOf(p, MAX_LINE_WORDS + 1) > MAX_LINE_WORDS).length <= 1;
}

// A link of a word or three names someone or something; a headline says more.
function isName(link: Element): boolean {
  const words = wordsOf(link, MIN_HEADLINE_WORDS);
  return words > 0 && words < MIN_HEADLINE_WORDS;
}

function isYearDate(text: string): boolean {
  return /\d{4}/.test(text) && isDateOnly(text);
}

function cardWords(el: Element): number {
  let words = wordsOf(el);
  for (const figure of listed(el.getElementsByTagName('figure'))) words -= wordsOf(figure);
  return words;
}

/** True when each card leads with a heading that links to another article, as teaser cards do. */
export function headlinedCards(cards: Element[], pageUrl: string): boolean {
  return cards.every((card) => descendantsByTag(card, ...SUBHEADINGS).some((h) => articleLinks(h, pageUrl).length > 0));
}

/** The heading of a box that holds only it and a group of cards ("Refresh your skills"), or null. */
export function boxLabel(cards: Element[]): Element | null {
  const list = cards[0].parentElement;
  const heading = list?.previousElementSibling;
  return heading && list.parentElement?.children.length === 2 && isHeading(heading) ? heading : null;
}

/** True for cards that are mostly links, or mostly illustrated: teasers, not the story's own list. */
export function isTeaserList(cards: Element[]): boolean {
  const density = cards.reduce((n, el) => n + linkDensity(el), 0) / cards.length;
  const illustrated = cards.filter((el) => descendantsByTag(el, 'IMG', 'PICTURE', ...SUBHEADINGS).length).length;
  return density >= 0.5 || illustrated >= cards.length * 0.6;
}
