import { elementsOf, listed, positionsIn } from '../elements';
import { HEADLINE_ATTR } from './hints';
import { isCoreParagraph, keyOf, textOf } from './text';

/**
 * The next story that an infinite-scroll page appended below this one: a block opened by a
 * headline of its own (the page's `<h1>`, stamped before Readability), in an `<article>` of its
 * own, that comes after story paragraphs and has story paragraphs of its own. Returns that block and everything after it at
 * its level, or nothing. A page has one headline per story, so a second one starts another story.
 */
export function findNextStory(root: Element, title: string): Element[] {
  // Most results hold no second headline: the story's paragraphs are found only once one does.
  let order: Map<Element, number> | undefined;
  let cores: Element[] | undefined;
  const before = (a: Element, b: Element) => order!.get(a)! < order!.get(b)!;
  const all = elementsOf(root).slice(1);
  for (const head of all.filter((el) => el.hasAttribute(HEADLINE_ATTR))) {
    if (keyOf(textOf(head)) === keyOf(title)) continue;
    order ??= positionsIn(all);
    cores ??= listed(root.getElementsByTagName('p')).filter(isCoreParagraph);
    const earlier = cores.filter((c) => before(c, head));
    if (!earlier.length) continue;
    // The widest block around the headline that holds none of the story above it.
    let box = head;
    while (box.parentElement && box.parentElement !== root && !earlier.some((c) => box.parentElement!.contains(c))) box = box.parentElement;
    // Sites that append stories wrap each in its own <article>; a section heading has none.
    if (box.tagName !== 'ARTICLE' && !box.getElementsByTagName('article').length) continue;
    if (!cores.some((c) => box.contains(c) && before(head, c))) continue;
    const rest = [box];
    for (let next = box.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
    return rest;
  }
  return [];
}
