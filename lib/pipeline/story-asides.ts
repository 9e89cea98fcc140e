import { isCoreParagraph } from './declutter/text';
import { listed } from './elements';

/**
 * Readies `doc` (a clone about to go to Readability): turns the story's own side notes into plain
 * blocks. Readability drops every <aside> unseen, yet one set right after a story paragraph and
 * itself written in story paragraphs ("A note on other devices", a box on a term the story uses)
 * is the author's, read in line with the story. Sidebars, author boxes and widgets follow the
 * page's layout blocks instead, and the declutter stage still judges what a kept note says.
 */
export function keepStoryAsides(doc: Document): void {
  const asides = doc.body ? listed(doc.body.getElementsByTagName('aside')) : [];
  for (const aside of asides) if (isSideNote(aside)) aside.replaceWith(asBlock(aside));
}

function isSideNote(aside: Element): boolean {
  let before = aside.previousElementSibling;
  // Spacers ("<p>&nbsp;</p>") between them do not part the note from the paragraph it follows.
  while (before && !before.textContent?.trim()) before = before.previousElementSibling;
  if (before?.tagName !== 'P' || !isCoreParagraph(before)) return false;
  return listed(aside.getElementsByTagName('p')).some(isCoreParagraph);
}

/** A <div> in place of `el`, with its attributes and children. */
function asBlock(el: Element): Element {
  const div = el.ownerDocument.createElement('div');
  for (const { name, value } of listed(el.attributes)) div.setAttribute(name, value);
  div.append(...listed(el.childNodes));
  return div;
}
