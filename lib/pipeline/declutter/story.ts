import { isCoreParagraph } from './text';

// Block tags whose text is a unit of the story; a leaf block has none of these below it.
const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|FIGURE|SECTION|ASIDE|UL|OL|DL|DT|DD|TABLE|HEADER|FOOTER|ARTICLE|PRE|ADDRESS)$/;

const BLOCK_SELECTOR = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,figure,section,aside,ul,ol,dl,dt,dd,table,header,footer,article,pre,address';

/** Where the story sits inside Readability's result: its core paragraphs and document order. */
export interface Story {
  root: Element;
  cores: Element[];
  /** True when `el` holds a core paragraph or sits inside one: it must stay. */
  holdsStory(el: Element): boolean;
  isBeforeStory(el: Element): boolean;
  isAfterStory(el: Element): boolean;
}

/** Finds the core paragraphs of `root`, leaving out any inside `excluded` (teaser cards). */
export function locateStory(root: Element, excluded: Element[] = []): Story {
  const all = [...root.querySelectorAll('*')];
  const order = new Map(all.map((el, i) => [el, i]));
  const cores = all.filter(
    (el) => (el.tagName === 'P' || isLeafBlock(el)) && isCoreParagraph(el) && !excluded.some((x) => x.contains(el)),
  );
  const first = cores[0];
  const last = cores[cores.length - 1];
  const at = (el: Element) => order.get(el) ?? -1;
  return {
    root,
    cores,
    holdsStory: (el) => el === root || cores.some((c) => el.contains(c) || c.contains(el)),
    isBeforeStory: (el) => !!first && at(el) < at(first) && !el.contains(first),
    isAfterStory: (el) => !!last && at(el) > at(last) && !last.contains(el),
  };
}

/** A block with no block below it: the unit the line rules look at. */
export function isLeafBlock(el: Element): boolean {
  return BLOCK.test(el.tagName) && !el.querySelector(BLOCK_SELECTOR);
}

/** Every leaf block under `root`, in document order. */
export function leafBlocks(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter(isLeafBlock);
}
