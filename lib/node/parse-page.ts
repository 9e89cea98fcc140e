import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';
import { elementsOf } from '../pipeline/elements';

const LEADING_DOCTYPE = /^\s*<!doctype[^>]*>/i;

/** A `Document` for an HTML string, outside any browser (linkedom), shaped as a browser builds it. */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // linkedom roots the document at whatever element comes first, or at none for bare text or a
  // page cut short; a browser always builds <html>, and Readability needs it. Wrapped in <html>
  // alone, a page that opens with <head> keeps its title and metadata there.
  if (document.documentElement?.localName !== 'html') ({ document } = parseHTML(`<!doctype html><html>${html.replace(LEADING_DOCTYPE, '')}</html>`));
  const { head, body } = mergeRootElements(document as unknown as Document);
  moveStrayHeadContent(head, body);
  // The fix-ups are per element: one walk does them, or finds the tables and templates that
  // are reshaped after it (linkedom walks the whole tree for each tag it is asked to list).
  const tables: Element[] = [];
  const templates: HTMLTemplateElement[] = [];
  for (const el of elementsOf(document as unknown as Document)) {
    if (el.namespaceURI === XHTML_NS) lowerAttributeNames(el);
    joinSplitText(el);
    if (el.localName === 'table') tables.push(el);
    else if (el.localName === 'template') templates.push(el as HTMLTemplateElement);
  }
  // Tables first: a template's content is then built from rows shaped as the browser shapes them.
  for (const table of tables) wrapRowsInBody(table);
  for (const template of templates) putInContent(template);
  return document as unknown as Document;
}

/**
 * A browser builds one <html> with one <head> and then one <body>, whatever tags the page repeats
 * or puts out of place: a second <html>, <head> or <body> tag only lends its attributes, and what
 * came between </head> and <body> goes into the body. linkedom keeps every tag where it stood,
 * and its `body` (the element right after the first <head>) is then an empty one it makes up,
 * leaving the story outside. Runs before anything reads `doc.head` or `doc.body`, which create them.
 * Returns the two, now `doc.head` and `doc.body`.
 */
function mergeRootElements(doc: Document): { head: Element; body: Element } {
  const root = doc.documentElement;
  const nestedBodies: Element[] = [];
  for (const el of [...root.querySelectorAll('html, head, body')]) {
    if (el.parentElement === root && el.localName !== 'html') continue;
    if (el.localName === 'html') lendAttributes(el, root);
    if (el.localName === 'body') nestedBodies.push(el);
    el.replaceWith(...el.childNodes);
  }
  const top = [...root.children];
  const head = top.find((el) => el.localName === 'head') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = top.find((el) => el.localName === 'body') ?? doc.createElement('body');
  for (const nested of nestedBodies) lendAttributes(nested, body);
  // The rest of the top level but comments goes into the body in page order: what stood before
  // it ahead of its content, what came after behind it; a repeated <head> or <body> gives its content.
  const before: Node[] = [];
  let seenBody = false;
  for (const node of [...root.childNodes]) {
    if (node === body) seenBody = true;
    else if (node === head || node.nodeName === '#comment') continue;
    else if (node.nodeName === 'HEAD' || node.nodeName === 'BODY') {
      const repeated = node as Element;
      if (repeated.localName === 'body') lendAttributes(repeated, body);
      (repeated.localName === 'head' ? head : body).append(...repeated.childNodes);
      repeated.remove();
    } else if (seenBody) body.append(node);
    else before.push(node);
  }
  body.prepend(...before);
  head.after(body);
  return { head, body };
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * A browser reads an HTML element's attribute names in lower case, however the page spells them
 * (React's "itemProp", an old page's "CLASS"); linkedom keeps them as written, for SVG's
 * "viewBox", and `getAttribute('itemprop')` then missed them. For HTML elements only: SVG and
 * MathML keep their own.
 */
function lowerAttributeNames(el: Element): void {
  // The first of two spellings counts, as in a browser.
  const seen = new Set<string>();
  for (const { name, value } of [...el.attributes]) {
    const lower = name.toLowerCase();
    if (lower !== name) {
      el.removeAttribute(name);
      if (!seen.has(lower)) el.setAttribute(lower, value);
    }
    seen.add(lower);
  }
}

/**
 * linkedom ends a text node at each character reference ("I", "'", "m building"); a browser
 * builds one, and a search for a sentence in one text node (the standfirst's) needs it whole.
 * Joined by hand: linkedom's own `normalize` more than doubles the time a page takes to parse.
 */
function joinSplitText(el: Element): void {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== TEXT_NODE) continue;
    let parts: string[] | null = null;
    while (node.nextSibling?.nodeType === TEXT_NODE) {
      (parts ??= [node.nodeValue ?? '']).push(node.nextSibling.nodeValue ?? '');
      node.nextSibling.remove();
    }
    if (parts) node.nodeValue = parts.join('');
  }
}

/**
 * A browser parses what a <template> holds into its `content`, a fragment apart from the page:
 * the element itself has no children, and none of its text is the page's. linkedom keeps them as
 * children, where their text (a web component's data, a list of feedback labels) joined the story.
 */
function putInContent(template: HTMLTemplateElement): void {
  // linkedom fills `content` with copies of the children when it is first read; else they move there.
  if (!template.content.hasChildNodes()) template.content.append(...template.childNodes);
  template.replaceChildren();
}

/**
 * A browser puts the rows a table holds directly into a <tbody> it makes for them: one for each
 * run of rows, since a <thead>, <tbody> or <tfoot> the page writes closes it. linkedom leaves
 * them in the <table>, so the stored HTML and the rules that read a block's parent and children
 * saw another page in Node than in the browser.
 */
function wrapRowsInBody(table: Element): void {
  let body: Element | null = null;
  for (const node of [...table.childNodes]) {
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).localName : null;
    if (tag === 'tr') (body ??= table.insertBefore(table.ownerDocument.createElement('tbody'), node)).append(node);
    else if (tag !== null) body = null;
    // White space between rows stays with them, as the browser parses it into the section.
    else if (body && node.nodeType === TEXT_NODE && !node.nodeValue?.trim() && (node.nextSibling as Element | null)?.localName === 'tr') body.append(node);
  }
}

/** Copies to `to` the attributes of `from` that it lacks, as a repeated root tag does in a browser. */
function lendAttributes(from: Element, to: Element): void {
  for (const { name, value } of [...from.attributes]) if (!to.hasAttribute(name)) to.setAttribute(name, value);
}

const HEAD_ELEMENTS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

// A browser ends <head> at the first element that does not belong there and puts it, and all
// after it, in <body>; linkedom leaves them in <head>, where Readability, climbing from a story
// found there towards <body>, runs off the top of the document and throws.
function moveStrayHeadContent(head: Element, body: Element): void {
  const stray = [...head.children].find((el) => !HEAD_ELEMENTS.has(el.localName));
  if (!stray) return;
  const moved: Node[] = [];
  for (let node: Node | null = stray; node; node = node.nextSibling) moved.push(node);
  body.prepend(...moved);
}

/**
 * Decodes page bytes the way a browser would, near enough: the BOM, then a `charset`
 * declared in the first 2 KB, then UTF-8 if it decodes cleanly, else windows-1252.
 */
export function decodePage(bytes: Uint8Array, hint?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = hint ?? /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  if (declared) {
    try {
      const decoder = new TextDecoder(declared.toLowerCase());
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node 20's TextDecoder decodes windows-1252 (and the latin1 labels that mean it) as ISO-8859-1,
// leaving curly quotes and dashes as C1 control characters; map 0x80–0x9F as browsers do.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}
