import { ELEMENT_NODE } from './node-types';

/** Whether `node` is an item of the list it stands in. */
export function isListItem(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE && (node as Element).tagName.toUpperCase() === 'LI';
}

/**
 * The numbers an ordered list shows beside its items, in order, as HTML sets them: from the
 * list's `start` (else 1, or the item count when `reversed`), counting down when `reversed`,
 * and an item's own `value` restarting the count there.
 */
export function itemNumbers(list: Element): number[] {
  const items = [...list.children].filter(isListItem);
  const step = list.hasAttribute('reversed') ? -1 : 1;
  let next = integerOf(list.getAttribute('start')) ?? (step > 0 ? 1 : items.length);
  return items.map((item) => {
    const number = integerOf(item.getAttribute('value')) ?? next;
    next = number + step;
    return number;
  });
}

/** An HTML integer attribute's value ("3", " -2 "), or null for none or another. */
function integerOf(value: string | null): number | null {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isNaN(parsed) ? null : parsed;
}
