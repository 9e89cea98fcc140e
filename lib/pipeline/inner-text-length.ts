import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from '../node-types';

/**
 * What the length of Readability's inner text (`textContent`, trimmed, each run of white space
 * made one character) needs to know of a piece of text to be added up from its parts: its
 * length so measured, and whether it opens or closes with white space, which joins it to the
 * next part with one character or none.
 */
interface Piece {
  length: number;
  opensBlank: boolean;
  closesBlank: boolean;
  empty: boolean;
}

const NONE: Piece = { length: 0, opensBlank: false, closesBlank: false, empty: true };
// Readability's own normalization; `\s` and `trim` take the same characters for white space.
const RUNS = /\s{2,}/g;
const OPENS_BLANK = /^\s/;
const CLOSES_BLANK = /\s$/;

function pieceOf(text: string): Piece {
  if (!text) return NONE;
  return {
    length: text.trim().replace(RUNS, ' ').length,
    opensBlank: OPENS_BLANK.test(text),
    closesBlank: CLOSES_BLANK.test(text),
    empty: false,
  };
}

function join(a: Piece, b: Piece): Piece {
  if (a.empty) return b;
  if (b.empty) return a;
  // White space on either side of the seam is one character, unless it opens or closes the whole.
  const seam = a.length && b.length && (a.closesBlank || b.opensBlank) ? 1 : 0;
  return { length: a.length + seam + b.length, opensBlank: a.opensBlank, closesBlank: b.closesBlank, empty: false };
}

/**
 * Measures elements of a page that does not change while it is asked, as Readability's
 * `_getInnerText(el).length` would. An element `isSplit` picks is measured from its children,
 * so the text of a wrapper around elements measured already is not read again; any other is
 * read whole. Readability asks this of each candidate and of its parents up to five levels up:
 * read whole, the story's text was read once for each level.
 */
export function innerTextLengths(isSplit: (el: Element) => boolean): (el: Element) => number {
  const pieces = new Map<Element, Piece>();
  const measure = (el: Element): Piece => {
    let piece = pieces.get(el);
    if (piece) return piece;
    piece = isSplit(el) ? fromChildren(el) : pieceOf(el.textContent ?? '');
    pieces.set(el, piece);
    return piece;
  };
  const fromChildren = (el: Element): Piece => {
    let piece = NONE;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === ELEMENT_NODE) piece = join(piece, measure(child as Element));
      else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) piece = join(piece, pieceOf((child as CharacterData).data));
    }
    return piece;
  };
  return (el) => measure(el).length;
}
