import { idOf, listed } from './elements';

const COMMENT_NODE = 8;
// React's markers around a Suspense boundary: "$?" pending (then "$~"), "$" done, "$!" failed; "/$" ends it.
const OPENERS = new Set(['$', '$?', '$!', '$~']);
const CLOSER = '/$';
// $RC("B:0","S:0"): the page's own script naming which boundary a streamed segment completes.
const COMPLETE_CALL = /\$RC\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']\s*\)/g;

/**
 * Puts the parts of a page that React streamed late where the page's own scripts would put them.
 * Streaming server rendering (Next.js and others) sends each part that was not ready as a hidden
 * `<div id="S:n">` at the end of the body, with an inline script that moves it into its Suspense
 * boundary (`<template id="B:…">`, replacing the loading fallback) or its placeholder
 * (`<template id="P:n">`). A browser with scripts on has done so; a page read from its markup
 * (Save link, the CLI) or shown with scripts blocked has not, and its story stays hidden, where
 * Readability does not look. `doc` is a clone: the live page is never changed. The scripts are
 * read from `scriptsFrom`, the page itself when the clone was made without them.
 */
export function completeStreamedBoundaries(doc: Document, scriptsFrom: Document = doc): void {
  // The segments are the body's own children: a look at those spares every other page a search.
  const segments = doc.body ? listed(doc.body.children).filter(isSegment) : [];
  if (!segments.length) return;
  const boundaryOf = new Map<string, string>();
  for (const script of listed(scriptsFrom.querySelectorAll('script'))) {
    for (const [, boundary, segment] of (script.textContent ?? '').matchAll(COMPLETE_CALL)) boundaryOf.set(segment, boundary);
  }
  for (const segment of segments) {
    const id = idOf(segment);
    const n = id.slice(2);
    const placeholder = byId(doc, `P:${n}`);
    const boundary = byId(doc, boundaryOf.get(id) ?? `B:${n}`);
    if (placeholder?.localName === 'template') moveChildren(segment, placeholder.parentNode!, placeholder.nextSibling, [placeholder]);
    else if (boundary?.localName === 'template') {
      const fallback = fallbackOf(boundary);
      moveChildren(segment, boundary.parentNode!, fallback.at(-1)!.nextSibling, fallback);
    }
  }
}

/** Whether `el`, a child of a page's body, is a part streamed late, waiting to be moved in. */
export function isSegment(el: Element): boolean {
  return idOf(el).startsWith('S:') && el.hasAttribute('hidden');
}

// querySelector, not getElementById: the ids hold a colon, and linkedom's lookup is a selector anyway.
function byId(doc: Document, id: string): Element | null {
  return doc.querySelector(`[id="${id.replace(/["\\]/g, '')}"]`);
}

/** The boundary's template and its loading fallback, up to the marker that closes it. */
function fallbackOf(template: Element): Node[] {
  const open = template.previousSibling;
  if (open?.nodeType !== COMMENT_NODE || !OPENERS.has((open as Comment).data)) return [template];
  const nodes: Node[] = [];
  let depth = 0;
  for (let node: Node | null = template; node; node = node.nextSibling) {
    if (node.nodeType === COMMENT_NODE) {
      const data = (node as Comment).data;
      if (data === CLOSER && depth-- === 0) break;
      if (OPENERS.has(data)) depth++;
    }
    nodes.push(node);
  }
  return nodes;
}

/** Moves the segment's content before `before` in `parent`, in place of `replaced`, and drops the segment. */
function moveChildren(segment: Element, parent: Node, before: Node | null, replaced: Node[]): void {
  for (const node of listed(segment.childNodes)) parent.insertBefore(node, before);
  for (const node of replaced) node.parentNode?.removeChild(node);
  segment.remove();
}
