import { ELEMENT_NODE, TEXT_NODE } from './node-types';

/**
 * A DOM subtree as plain data, and back: how the side panel keeps its first screen in storage and
 * draws it again before its app has loaded, without parsing HTML. Text only ever becomes text
 * nodes; rebuilding keeps the tags and attributes a card or the toolbar uses, nothing that runs.
 */
export type DomTree = string | [tag: string, attributes: Record<string, string>, children: DomTree[]];

const TAGS = new Set(['main', 'header', 'h1', 'h2', 'p', 'div', 'span', 'ul', 'li', 'a', 'time', 'mark', 'button', 'label', 'input', 'select', 'option']);
const ATTRIBUTES = /^(?:class|role|inert|type|placeholder|title|datetime|hidden|target|rel|href|aria-[a-z]+|data-[a-z-]+)$/;
/** A text box or a menu: its `value` is kept as typed or chosen, a property (as Preact sets it) that the markup does not show. */
const holdsValue = (element: Element): element is HTMLInputElement | HTMLSelectElement =>
  element.localName === 'select' || (element.localName === 'input' && !['checkbox', 'radio'].includes((element as HTMLInputElement).type));

/** `node` as data: elements and text (comments and the like are left out). */
export function toTree(node: Node): DomTree | null {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return null;
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const { name, value } of element.attributes) attributes[name] = value;
  if (holdsValue(element)) attributes.value = element.value;
  const children = [...element.childNodes].map(toTree).filter((child) => child !== null);
  return [element.localName, attributes, children];
}

/** The nodes of `tree`; what is not a tree, or not allowed in one, is left out. */
export function fromTree(tree: unknown, doc: Document): Node | null {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  if (!Array.isArray(tree) || tree.length !== 3) return null;
  const [tag, attributes, children] = tree as [unknown, unknown, unknown];
  if (typeof tag !== 'string' || !TAGS.has(tag) || typeof attributes !== 'object' || attributes === null || !Array.isArray(children)) return null;
  const element = doc.createElement(tag);
  const { value, ...rest } = attributes as Record<string, unknown>;
  for (const [name, text] of Object.entries(rest)) {
    if (typeof text !== 'string' || !ATTRIBUTES.test(name) || (name === 'href' && !/^https?:/i.test(text))) continue;
    element.setAttribute(name, text);
  }
  if (typeof value === 'string' && !holdsValue(element)) element.setAttribute('value', value);
  for (const child of children) {
    const node = fromTree(child, doc);
    if (node) element.append(node);
  }
  // After the options are in, or a select has nothing to choose.
  if (typeof value === 'string' && holdsValue(element)) element.value = value;
  return element;
}
