import { TEXT_NODE } from '../../node-types';
import { idOf, positionsIn } from '../elements';
import { squash, textOf } from './text';

/** Leads blocks of Readability's result back to the untouched page elements they were cloned from. */
export interface Origins {
  /** The page's elements in document order. */
  readonly page: readonly Element[];
  /** The page block `el` came from, or null for what Readability made itself or an inline element. */
  of(el: Element): Element | null;
  /** The same, for a block Readability kept or renamed; without the text match, which reads the whole page. */
  kept(el: Element): Element | null;
  /**
   * The page element `el` was cloned from, any element, and the wrappers Readability folded into
   * it, innermost first; none for an element Readability made.
   */
  sources(el: Element): Element[];
}

// What Readability folds a lone child's wrapper into.
const FOLDED_INTO = ['P', 'DIV', 'SECTION'];
// Only blocks are led back: teaser cards, labels and the story's first block.
const BLOCK = /^(DIV|SECTION|ASIDE|ARTICLE|NAV|HEADER|FOOTER|UL|OL|LI|P|H[1-6]|FIGURE|DL|DT|DD)$/;

/**
 * `page` and `clone` are the elements of a page and of its fresh clone, both in document order;
 * `copied` picks those of the page that have a copy, all of them unless the clone left some out,
 * so the same index names an element and its copy. Readability keeps most elements of the clone
 * as they are and only moves them; the few it replaces or rebuilds are traced by their children
 * or, last, by their text. Identity costs nothing to keep, where an index attribute on every
 * block made Readability itself 5 % slower on linkedom.
 */
export function originsOf(
  page: readonly Element[],
  clone: readonly Element[],
  copied: (page: readonly Element[]) => readonly Element[] = (all) => all,
): Origins {
  let copies: readonly Element[] | undefined;
  let positions: Map<Element, number> | undefined;
  let copyPositions: Map<Element, number> | undefined;
  let byOpening: Map<string, Element[]> | undefined;
  const position = (el: Element | null) => (el ? (positions ??= positionsIn(clone)).get(el) : undefined);
  // The page elements with a copy, by the copy's index; the page element whose copy is the
  // clone's element at `at`; and the copy of a page element.
  const originals = () => (copies ??= copied(page));
  const original = (at: number) => originals()[at];
  const copyOf = (el: Element) => clone[(copyPositions ??= positionsIn(originals())).get(el) ?? -1];
  const block = (el: Element | null | undefined) => (el && BLOCK.test(el.tagName) ? el : null);

  // Readability folds a wrapper left with one child into that child: the child stands for the
  // wrapper then, whose copy is out of the tree and empty. The page element and each wrapper
  // folded into it, innermost first. Only a <p>, <div> or <section> is folded into; a link whose
  // <div> Readability made a <p> left that copy empty too, but the link is not what it became.
  const foldedInto = (el: Element): Element[] => {
    const all = [el];
    if (!FOLDED_INTO.includes(el.tagName)) return all;
    for (let up = el.parentElement; up && (up.tagName === 'DIV' || up.tagName === 'SECTION'); up = up.parentElement) {
      const copy = copyOf(up);
      if (!copy || copy.parentNode || copy.firstElementChild) break;
      all.push(up);
    }
    return all;
  };

  // Readability renames an element by moving its children into a new one: they came from one parent.
  const renamed = (el: Element): Element | null => {
    const first = position(el.firstElementChild);
    const last = position(el.lastElementChild);
    if (first === undefined || last === undefined) return null;
    const parent = original(first).parentElement;
    return parent && parent.firstElementChild === original(first) && parent.lastElementChild === original(last) ? parent : null;
  };

  // When its first read finds too little, Readability reparses the page, and nothing keeps its
  // identity. Page blocks are sorted by their first words, which are quick to read, and only
  // those that open as `el` does have their whole text read, where reading every block's whole
  // text took a twentieth of the declutter stage's time.
  const sameText = (el: Element): Element | null => {
    const text = textOf(el);
    if (!text) return null;
    if (!byOpening) {
      byOpening = new Map();
      for (const original of page) {
        const opening = BLOCK.test(original.tagName) ? openingOf(original) : '';
        if (!opening) continue;
        const same = byOpening.get(opening);
        if (same) same.push(original);
        else byOpening.set(opening, [original]);
      }
    }
    return byOpening.get(openingOf(el))?.find((original) => textOf(original) === text) ?? null;
  };

  const sources = (el: Element): Element[] => {
    const at = position(el);
    return at === undefined ? [] : foldedInto(original(at));
  };

  // Which way `el` is led back: by identity (to the outermost wrapper it stands for), not at all
  // (Readability's own wrappers hold the whole story, not a page block), or else by its children or text.
  const trace = (el: Element, byText: boolean): Element | null => {
    const outermost = sources(el).at(-1);
    if (outermost) return block(outermost);
    if (idOf(el).startsWith('readability-')) return null;
    return block(renamed(el) ?? (byText ? sameText(el) : null));
  };

  return { page, of: (el) => trace(el, true), kept: (el) => trace(el, false), sources };
}

/**
 * The first text of `el` that is not blank, squashed: its opening words. Walked by hand and
 * stopped there: linkedom's TreeWalker lists the whole subtree first, for every page block.
 */
function openingOf(el: Element): string {
  for (let node: Node | null = el.firstChild; node && node !== el; ) {
    if (node.nodeType === TEXT_NODE) {
      const text = squash(node.nodeValue ?? '');
      if (text) return text;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node !== el && !node!.nextSibling) node = node!.parentNode;
      node = node === el ? null : node!.nextSibling;
    }
  }
  return '';
}
