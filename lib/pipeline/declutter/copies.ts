import { closestTag } from '../elements';
import { isHeading, textOf } from './text';

// A repeated block this long is a copy of the story's text, not a line a story repeats on
// purpose ("Add salt.", "Read the terms."): pages that ship a desktop and a mobile copy of the
// article, or a slider of the same paragraphs, give Readability every copy.
const MIN_COPY_CHARS = 80;
// Headings are shorter: one that repeats an earlier heading this long is a copy too.
const MIN_HEADING_COPY_CHARS = 20;

/**
 * Blocks whose text already appeared, word for word, in an earlier block: the later copies, in
 * document order. A heading is a copy only of an earlier heading, since a table of contents
 * lists the headings that follow it, and only when the block under it is a copy too: a label
 * that opens each section of a list ("Key features") says something new every time. Code is
 * left alone.
 */
export function findCopies(blocks: Element[], text: (el: Element) => string = textOf): Element[] {
  const seen = new Set<string>();
  const headings = new Set<string>();
  const copies: Element[] = [];
  // Copied headings in a row, waiting to see whether a copied block follows them.
  let pending: Element[] = [];
  for (const block of blocks) {
    const heading = isHeading(block);
    const said = text(block);
    const copied = said.length >= (heading ? MIN_HEADING_COPY_CHARS : MIN_COPY_CHARS) && isCopy(block, said, heading ? headings : seen);
    if (copied && heading) pending.push(block);
    else {
      if (copied) copies.push(...pending, block);
      pending = [];
    }
  }
  const copy = new Set(copies);
  return copies.filter((block) => !isRecurringItem(block, blocks, copy));
}

// A list may say the same thing in several of its items (each week's "Warm up …" of a training
// plan, each event's blurb): a repeat inside a list item, between blocks that are not copies,
// is the list's own. A second copy of the article repeats its lists along with its paragraphs.
function isRecurringItem(block: Element, blocks: Element[], copies: Set<Element>): boolean {
  if (!closestTag(block, 'LI')) return false;
  const at = blocks.indexOf(block);
  return !copies.has(blocks[at - 1]) && !copies.has(blocks[at + 1]);
}

// Only a repeat is asked whether it is code: the walk up the tree is the costly part.
function isCopy(block: Element, said: string, earlier: Set<string>): boolean {
  if (!earlier.has(said)) {
    earlier.add(said);
    return false;
  }
  return !closestTag(block, 'PRE', 'CODE');
}
