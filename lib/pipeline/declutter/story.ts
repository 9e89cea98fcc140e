import { elementsOf, positionsIn } from '../elements';
import { isCoreParagraph } from './text';

// Block tags whose text is a unit of the story; a leaf block has none of these below it.
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|FIGURE|SECTION|ASIDE|UL|OL|DL|DT|DD|TABLE|HEADER|FOOTER|ARTICLE|PRE|ADDRESS)$/;

/** Where the story sits inside Readability's result: its core paragraphs and document order. */
export interface Story {
  root: Element;
  cores: Element[];
  /** True when `el` is one of `cores`. */
  isCore(el: Element): boolean;
  /** True when `el` holds a core paragraph or sits inside one: it must stay. */
  holdsStory(el: Element): boolean;
  isBeforeStory(el: Element): boolean;
  isAfterStory(el: Element): boolean;
  /** Before the story's first core paragraph or after its last. */
  isOutsideStory(el: Element): boolean;
  /** The story found again with `more` left out as well; the root must be unchanged since. */
  excluding(more: Element[]): Story;
}

/** Finds the core paragraphs of `root`, leaving out any inside `excluded` (teaser cards). */
export function locateStory(root: Element, excluded: Element[] = []): Story {
  const all = elementsOf(root).slice(1);
  const order = positionsIn(all);
  const leaves = new Set(leafBlocks(root));
  const paragraphs = all.filter((el) => (el.tagName === 'P' || leaves.has(el)) && isCoreParagraph(el));
  return storyOf(root, order, paragraphs, excluded);
}

// Whether a block is a core paragraph does not change while the root does not: finding the story
// again with more left out only drops cores, and reads no paragraph twice.
function storyOf(root: Element, order: Map<Element, number>, paragraphs: Element[], excluded: Element[]): Story {
  const notStory = new Set(excluded);
  const isExcluded = (el: Element) => {
    for (let at: Element | null = el; at; at = at === root ? null : at.parentElement) if (notStory.has(at)) return true;
    return false;
  };
  const cores = notStory.size ? paragraphs.filter((el) => !isExcluded(el)) : paragraphs;
  const first = cores[0];
  const last = cores[cores.length - 1];
  const coreSet = new Set(cores);
  const at = (el: Element) => order.get(el) ?? -1;
  const isBeforeStory = (el: Element) => !!first && at(el) < at(first) && !el.contains(first);
  const isAfterStory = (el: Element) => !!last && at(el) > at(last) && !last.contains(el);
  return {
    root,
    cores,
    isCore: (el) => coreSet.has(el),
    holdsStory: (el) => el === root || cores.some((c) => el.contains(c) || c.contains(el)),
    isBeforeStory,
    isAfterStory,
    isOutsideStory: (el) => isBeforeStory(el) || isAfterStory(el),
    excluding: (more) => storyOf(root, order, cores, more),
  };
}

/**
 * Every block under `root` with no block below it, in document order: the units the line rules
 * look at. One pass from the end, so each element learns from its children whether a block is below.
 */
export function leafBlocks(root: Element): Element[] {
  const all = elementsOf(root);
  const hasBlockBelow = new Set<Element>();
  const leaves: Element[] = [];
  // From the end down to 1: `elementsOf` lists `root` first, and it is not a block below itself.
  for (let i = all.length - 1; i >= 1; i--) {
    const el = all[i];
    const isBlock = BLOCK.test(el.tagName);
    if (isBlock && !hasBlockBelow.has(el)) leaves.push(el);
    if ((isBlock || hasBlockBelow.has(el)) && el.parentElement) hasBlockBelow.add(el.parentElement);
  }
  return leaves.reverse();
}
