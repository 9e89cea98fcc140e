import { escapeHtml } from '../escape-html';
import { paragraphsOf, plainText } from './declutter/article-body';
import { endsSentence, squash } from './declutter/text';
import { countWords, htmlToText } from './html-text';

/** One question of a page's FAQ and its answer, as plain text. */
export interface FaqItem {
  question: string;
  answer: string;
}

// An answer's opening says whether a text holds it: the rest may be set apart differently.
const OPENING_CHARS = 80;
// A longer FAQ is a help centre's, not a story's closing section.
const MAX_ITEMS = 30;
// Between a story and its own FAQ the page sets a heading and a share bar at most; an author's
// bio or a sign-up box between them sets the FAQ apart as the site's.
const MAX_GAP_WORDS = 30;
// Story paragraphs are found on the page by their last characters: this many.
const TAIL_CHARS = 60;

/**
 * The items of the page's FAQ that the page shows but the story lacks. FAQ accordions set their
 * questions in buttons and hide their answers, and Readability drops both, though the page shows
 * them a click away. Markup meant only for search engines, an item the page does not show, is
 * never added. With `adjacent` (an FAQ found by its heading, not named in the page's metadata),
 * the page must show it right after the story.
 */
export function missingFaq(doc: Document, items: readonly FaqItem[], storyText: string, adjacent = false): FaqItem[] {
  if (!items.length || items.length > MAX_ITEMS || !doc.body) return [];
  const story = squash(storyText);
  const lacking = items.filter((item) => item.answer && !story.includes(openingOf(item.answer)));
  if (!lacking.length) return [];
  // The page's text read once, and only on a page with an FAQ the story lacks.
  const shown = squash(htmlToText(doc.body));
  const shownItems = lacking.filter((item) => shown.includes(item.question) && shown.includes(openingOf(item.answer)));
  return !adjacent || (shownItems.length && followsStory(shown, storyText, shownItems[0].question)) ? shownItems : [];
}

/**
 * Whether `question` comes after the story's last paragraph in the page's text, few words apart.
 * Only sentences count: a table of contents beside the story repeats its headings.
 */
function followsStory(shown: string, storyText: string, question: string): boolean {
  const at = shown.indexOf(question);
  let end = -1;
  for (const paragraph of paragraphsOf(storyText)) {
    if (!endsSentence(paragraph)) continue;
    const tail = paragraph.slice(-TAIL_CHARS);
    const found = tail.length === TAIL_CHARS ? shown.lastIndexOf(tail, at) : -1;
    if (found >= 0) end = Math.max(end, found + TAIL_CHARS);
  }
  return end >= 0 && countWords(shown.slice(end, at), MAX_GAP_WORDS + 1) <= MAX_GAP_WORDS;
}

/** The FAQ items as the story's closing blocks, each question a heading unless the story has it already. */
export function faqBlocks(items: readonly FaqItem[], storyText: string): { text: string; html: string } {
  // Most pages have none: the story's text is not read for them.
  if (!items.length) return { text: '', html: '' };
  const story = squash(storyText);
  const text: string[] = [];
  let html = '';
  for (const { question, answer } of items) {
    const paragraphs = paragraphsOf(answer);
    if (!story.includes(question)) {
      text.push(question);
      html += `<h3>${escapeHtml(question)}</h3>`;
    }
    text.push(...paragraphs);
    html += paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  }
  return { text: text.join('\n\n'), html };
}

/** An item as plain text: its question squashed, its answer's markup gone. */
export function plainItem(item: FaqItem): FaqItem {
  return { question: squash(plainText(item.question)), answer: plainText(item.answer).trim() };
}

/** What of a plain answer a text that holds it must hold too: the opening of its first paragraph. */
export const openingOf = (answer: string) => (paragraphsOf(answer)[0] ?? '').slice(0, OPENING_CHARS);
