import { TEXT_NODE } from '../node-types';
import { endsSentence, linkDensity, textOf } from './declutter/text';
import { countWords } from './html-text';
import { listed } from './elements';

// Readability drops a plain <div> whose text is over a fifth links; a sentence citing its sources
// in links ("Studies show that …") often is. Over half links, a block is a list of links.
const MIN_LINK_DENSITY = 0.2;
const MAX_LINK_DENSITY = 0.5;
// A sentence or two: a link's title with a stop after it is shorter.
const MIN_WORDS = 12;

/**
 * Readies `doc` (a clone about to go to Readability): takes each paragraph that cites in links out
 * of a <div> that holds it alone. Readability never drops a paragraph for its links, but drops
 * such a <div> whole, so sites that wrap every paragraph in one lost those that cite the most.
 */
export function unwrapLinkedParagraphs(doc: Document): void {
  const divs = doc.body ? listed(doc.body.getElementsByTagName('div')) : [];
  for (const div of divs) {
    const p = div.firstElementChild;
    if (p?.tagName !== 'P' || !holdsOnly(div, p)) continue;
    const text = textOf(p);
    const density = linkDensity(p, text);
    if (density > MIN_LINK_DENSITY && density <= MAX_LINK_DENSITY && isProse(text)) div.replaceWith(p);
  }
}

function isProse(text: string): boolean {
  return endsSentence(text) && countWords(text, MIN_WORDS) >= MIN_WORDS;
}

function holdsOnly(wrapper: Element, child: Element): boolean {
  if (wrapper.children.length !== 1) return false;
  for (const node of listed(wrapper.childNodes)) if (node !== child && node.nodeType === TEXT_NODE && node.nodeValue?.trim()) return false;
  return true;
}
