import { SHOW_ELEMENT } from '../node-types';

/**
 * Every element of `from` in document order: a document's from `<html>`, an element's from
 * itself. A tree walker does the walk natively: faster than following sibling and parent links
 * from script (2.2 times in Chromium, 1.6 times on linkedom), and no form field that shadows
 * those links can lead it astray. For the small subtrees most rules walk it costs no more than
 * `querySelectorAll('*')`; a whole page is listed faster that way (`pageElements`).
 */
export function elementsOf(from: Document | Element): Element[] {
  const root = 'documentElement' in from ? from.documentElement : from;
  if (!root) return [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  const all: Element[] = [root];
  for (let el = walker.nextNode(); el; el = walker.nextNode()) all.push(el as Element);
  return all;
}

/**
 * Every element of `doc` in document order, from `<html>`, listed by the browser: for a whole
 * page a third faster than `elementsOf`'s walk in Chromium, cold. As in the browser's tree walks
 * (not in linkedom's), a <template>'s content is not among them, so lists matched index for index
 * (a page's and its copy's) are all made this way.
 */
export function pageElements(doc: Document): Element[] {
  const root = doc.documentElement;
  if (!root) return [];
  const all = listed(root.querySelectorAll('*'));
  all.unshift(root);
  return all;
}

/**
 * The items of a DOM list (`querySelectorAll`, `getElementsByTagName`, `children`, `childNodes`)
 * as an array, read by index: in Chromium, `for…of`, spread and `Array.from` go through the
 * list's iterator into the browser for every item, and took three to four times as long. A live
 * list is read as it stands now, which is what a caller that changes the page while it loops needs.
 */
export function listed<T>(list: ArrayLike<T>): T[] {
  const all: T[] = [];
  for (let i = 0; i < list.length; i++) all.push(list[i]);
  return all;
}

/**
 * Each element's index in `list`. Set one by one: a map made from a list of [element, index]
 * pairs cost twice as much in Chromium, and the stage makes one of the whole page.
 */
export function positionsIn(list: readonly Element[]): Map<Element, number> {
  const positions = new Map<Element, number>();
  for (let i = 0; i < list.length; i++) positions.set(list[i], i);
  return positions;
}

/** Heading tags below the page's title: in Readability's result, every heading (it turns h1 into h2). */
export const SUBHEADINGS = ['H2', 'H3', 'H4', 'H5', 'H6'];

/** Tags of what a page shows instead of text: a picture, a video or an embed. */
export const MEDIA = ['IMG', 'PICTURE', 'VIDEO', 'IFRAME'];

/** `el` itself or its nearest ancestor with one of `tags` (upper-case): `closest` by tag, with no selector to compile. */
export function closestTag(el: Element, ...tags: string[]): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (tags.includes(at.tagName)) return at;
  return null;
}

/**
 * Whether `el` is, or holds, an element with one of `tags` (upper-case). The browser looks, tag by
 * tag, and stops at the first it finds: a walk of the whole subtree from script cost more.
 */
export function holdsTag(el: Element, ...tags: string[]): boolean {
  return tags.includes(el.tagName) || tags.some((tag) => el.getElementsByTagName(tag)[0] !== undefined);
}

/**
 * The elements below `root`, not `root` itself, with one of `tags` (upper-case), in document
 * order, listed by the browser. As in the browser's tree walks (not in linkedom's), a
 * <template>'s content is not among them.
 */
export function descendantsByTag(root: Element, ...tags: string[]): Element[] {
  return listed(root.querySelectorAll(tags.join(',')));
}

/** Whether an attribute's `value` is `name` (lower-case) as a selector's `[attr="name" i]` matches it: whole, in any case. */
export function isNamed(value: string | null, name: string): boolean {
  return value !== null && value.toLowerCase() === name;
}

/** An element's class and id together, as Readability reads a block's names. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${idOf(el)}`;
}

/**
 * An element's id, empty when it has none. Read by attribute: a form's `id` property is its
 * field of that name when it has one (<input name="id">, common in search and comment forms).
 */
export function idOf(el: Element): string {
  return el.getAttribute('id') ?? '';
}
