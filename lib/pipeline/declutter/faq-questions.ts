import { openingOf, type FaqItem } from '../faq';
import { leafBlocks } from './story';
import { squash, textOf } from './text';

const ITEM_TAGS = /^(LI|TD|TH|DT|DD)$/;
const ASKED = /\?[^\p{L}\p{N}]*$/u;

/**
 * Puts each FAQ question the story lacks back above its answer, as a heading. FAQ accordions set
 * their questions in buttons, which Readability removes, and leave the answers: the page's
 * JSON-LD says which question each answer had.
 */
export function askFaqQuestions(root: Element, items: readonly FaqItem[]): void {
  if (!items.length) return;
  const story = squash(textOf(root));
  let blocks: Element[] | null = null;
  for (const { question, answer } of items) {
    const opening = openingOf(answer);
    if (!question || !opening || story.includes(question)) continue;
    blocks ??= leafBlocks(root);
    // A heading sits between blocks, not inside a list's or a table's items.
    const at = blocks.findIndex((el) => !ITEM_TAGS.test(el.tagName) && squash(textOf(el)).startsWith(opening));
    const block = blocks[at];
    // The page may ask it in other words than its JSON-LD ("Is it suitable for regulated industries?").
    if (!block || (at > 0 && ASKED.test(textOf(blocks[at - 1])))) continue;
    const heading = root.ownerDocument.createElement('h3');
    heading.textContent = question;
    block.before(heading);
  }
}
