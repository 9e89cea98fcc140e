import { SHOW_TEXT } from '../node-types';
import { keyOf, squash, textOf } from './declutter/text';

// Shorter descriptions are taglines ("News from Berlin"), found everywhere on a page.
const MIN_DESCRIPTION_CHARS = 60;
// Longer ones are the story itself, which some CMSs copy whole into the description: the block
// that shows it is then the article, not a standfirst (a standfirst is a sentence or three).
const MAX_DESCRIPTION_CHARS = 600;
// The description's opening, looked for in one text node: long enough to be found only where the
// page shows the standfirst.
const PROBE_CHARS = 40;
// The shown block may add a dateline or a "more" link; much longer, it is the story or a whole teaser.
const MAX_GROWTH = 1.3;
const MAX_EXTRA_CHARS = 40;
const UNSHOWN = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA', 'SELECT', 'OPTION']);

/**
 * The standfirst as the page shows it: the visible block whose text is the page's own
 * description (og:description and the like). News pages set it in the header above the body,
 * where Readability leaves it out. Null when the page does not show its description.
 */
export function shownStandfirst(doc: Document, description: string | null): Element | null {
  const desc = squash(description ?? '').replace(/\s*(\.\.\.|…|\[…\])$/, '');
  if (desc.length < MIN_DESCRIPTION_CHARS || desc.length > MAX_DESCRIPTION_CHARS || !doc.body) return null;
  const probe = desc.slice(0, PROBE_CHARS);
  const node = findText(doc.body, probe);
  if (!node) return null;
  let block = node.parentElement;
  while (block && block !== doc.body && textOf(block).length < desc.length * 0.8) block = block.parentElement;
  if (!block || block === doc.body || hidden(block)) return null;
  const text = textOf(block);
  const fits = text.length <= Math.max(desc.length * MAX_GROWTH, desc.length + MAX_EXTRA_CHARS);
  return fits && keyOf(text).includes(keyOf(desc)) ? block : null;
}

/**
 * The standfirst when `text` lacks it, else null: a page that sets it inside its article body
 * gave it to Readability already, as a paragraph of the story.
 */
export function missingStandfirst(text: string, lead: string): string | null {
  return keyOf(text).includes(keyOf(lead).slice(0, 80)) ? null : lead;
}

// First text node under `root` holding `probe`, outside elements that never show. A tree walker
// lists the text nodes natively, faster than following sibling and parent links from script;
// only a candidate is checked for an unshown element around it.
function findText(root: Element, probe: string): Text | null {
  // Squashing only changes whitespace, so a node holding the probe holds its longest word as is:
  // a cheap test that spares squashing nearly every node.
  const word = probe.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length >= PROBE_CHARS && value.includes(word) && squash(value).includes(probe) && !inUnshown(node, root)) return node as Text;
  }
  return null;
}

function inUnshown(node: Node, root: Element): boolean {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) if (UNSHOWN.has(at.tagName)) return true;
  return false;
}

function hidden(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(at.getAttribute('style') ?? '')) return true;
  }
  return false;
}

