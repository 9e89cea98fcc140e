import { elementsOf } from '../elements';
import { textOf } from './text';

// Upper-cased before the test: SVG and MathML elements keep lower-case tag names in an HTML page.
const KEEP_EMPTY = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'TABLE', 'HR', 'BR', 'OBJECT', 'EMBED', 'MATH']);

// Containers left with neither text nor media once their contents went; nothing else is touched.
export function pruneEmpty(root: Element, emptied: Set<Element>): void {
  for (let el of emptied) {
    while (el !== root && root.contains(el) && !textOf(el) && !holdsKept(el)) {
      const parent = el.parentElement!;
      el.remove();
      el = parent;
    }
  }
}

function holdsKept(el: Element): boolean {
  return elementsOf(el).some((inside) => inside !== el && KEEP_EMPTY.has(inside.tagName.toUpperCase()));
}
