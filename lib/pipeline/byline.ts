import { classAndId, elementsOf } from './elements';
import { isByAlone, isDateOrStamp, withoutByLead } from './declutter/lines';
import { gluedPieces } from './declutter/readable-text';
import { squash, textOf } from './declutter/text';

// Readability reads a byline as its element's whole text, which glues the parts a page sets in
// elements of their own: "Luke KimDecember 17, 2025", "Written byDan Pantelo", "Harry
// RabinowitzTech Reporter". Such a join (a small letter or digit before a capital, a letter
// after a colon) sends the byline back to its element, where the parts are apart.
const LOOKS_GLUED = /[\p{Ll}\d][\p{Lu}]|:\p{L}|\d{4}\d/u;
// The elements Readability takes a byline from, by their names.
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
// A date however written ("18th Dec 2025", "2022-11-23T08:10"), or a time ago ("vor 5 Stunden").
const SHORT_DATED = /^(\S+\s+){0,3}\S*\b(19|20)\d{2}\b\S*$/;
const AGO = /^(vor|hace|il y a)\s+\d+\s|\b\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+ago\b/i;
// Separators a page sets between a byline's parts.
const EDGE_MARKS = /^[\s,|·•–—-]+|[\s,|·•–—-]+$/g;
// Another person's credit ends the writer's: "Reviewed by Robert Tschudi".
const OTHER_CREDIT = /^(reviewed|edited|fact[- ]?checked|medically reviewed|illustrated|photographed) by\b/i;

/**
 * `byline` as a reader sees it on `doc`: when its parts were glued together, the writer's name
 * and post alone, with its lead word, date, stamps and other people's credits left out.
 */
export function readableByline(byline: string, doc: Document): string {
  const text = squash(byline);
  if (!LOOKS_GLUED.test(text)) return text;
  const el = bylineElement(doc, text);
  if (!el) return text;
  const parts: string[] = [];
  for (const glued of gluedPieces(el)) {
    const piece = glued.replace(EDGE_MARKS, '');
    if (!parts.length && isByAlone(piece)) continue;
    // A date in any format, or a stamp, ends the name and its post.
    if (!/\p{L}/u.test(piece) || isDateOrStamp(piece) || SHORT_DATED.test(piece) || AGO.test(piece) || OTHER_CREDIT.test(piece)) break;
    parts.push(parts.length ? piece : withoutByLead(piece));
  }
  return parts.length ? parts.join(', ') : text;
}

/** The element named as a byline whose whole text is `text`, as Readability found it. */
function bylineElement(doc: Document, text: string): Element | null {
  for (const el of elementsOf(doc)) {
    const names = `${classAndId(el)} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (BYLINE_NAME.test(names) && textOf(el) === text) return el;
  }
  return null;
}
