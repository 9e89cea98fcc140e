import { ELEMENT_NODE, TEXT_NODE } from '../../node-types';
import { squash, wordsOf } from './text';
import { listed } from '../elements';

// A kicker and its headline, or a headline and its blurb, set in elements of their own with no
// space between ("Einfacher TrickSo stellst du …"), are read apart, as a reader sees them; a
// one-word piece ("Linked<b>In</b>") is part of a word.
export function readableText(el: Element): string {
  const pieces = splitWhereGlued(el, (text, piece, last, parent) => GLUED.test(text.slice(-1) + piece[0]) && wordsOf(last) > 1 && wordsOf(parent) > 1);
  return pieces.reduce((joined, piece) => (joined ? `${joined}${/[.!?:]$/.test(joined) ? ' ' : ': '}${piece}` : piece), '');
}

const GLUED = /^[\p{Ll}\p{N}.!?)]\p{Lu}$/u;

/**
 * The texts of `el` that its elements set side by side with no space between, each squashed:
 * "<span>Luke Kim</span><time>December 17, 2025</time>" gives both; "Jane <b>Doe</b>, Editor" one.
 */
export function gluedPieces(el: Element): string[] {
  return splitWhereGlued(el, (text, piece) => /^[\p{L}\p{N}]/u.test(piece) && endsPiece(text));
}

/**
 * `el`'s text, squashed, in pieces cut where a text node of another element than the one before
 * follows and `glued` says the two meet as parts apart.
 */
function splitWhereGlued(el: Element, glued: (text: string, piece: string, last: Element, parent: Element) => boolean): string[] {
  const pieces: string[] = [];
  let text = '';
  let last: Element | null = null;
  for (const node of textNodes(el)) {
    const piece = node.textContent ?? '';
    const parent = node.parentElement;
    if (piece.trim() && parent) {
      if (last && parent !== last && glued(text, piece, last, parent)) {
        pieces.push(text);
        text = '';
      }
      last = parent;
    }
    text += piece;
  }
  pieces.push(text);
  return pieces.map(squash).filter(Boolean);
}

// A dash after one word is inside it ("Jean-<b>Luc</b>"); after a name it sets the date apart
// ("Summer Swann-<time>June 12, 2025</time>").
function endsPiece(text: string): boolean {
  return /[\p{L}\p{N}.!?:)]$/u.test(text) || (/[-–—]$/.test(text) && squash(text).includes(' '));
}

// In document order, walked with a stack: a link may wrap a deep tree.
function textNodes(el: Element): Node[] {
  const found: Node[] = [];
  const stack: Node[] = listed(el.childNodes).reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) found.push(node);
    else if (node.nodeType === ELEMENT_NODE) stack.push(...listed(node.childNodes).reverse());
  }
  return found;
}
