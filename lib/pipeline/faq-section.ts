import { elementsOf, follow, pathFrom, SUBHEADINGS } from './elements';
import { missingFaq, type FaqItem } from './faq';
import { htmlToText, countWords } from './html-text';
import { endsSentence, isHeading, squash, textOf } from './declutter/text';
import { TEXT_NODE } from '../node-types';

// The heading a page sets over its FAQ: "FAQ", "FAQs about X", "Frequently asked questions" and
// the same in the languages Sift's other labels cover. Anything longer is a section of its own.
const FAQ_LABEL =
  /\b(?:FAQs?|Frequently asked questions|Häufig gestellte Fragen|Häufige Fragen|Preguntas frecuentes|Questions fréquentes|Foire aux questions|Perguntas frequentes|Domande frequenti|Veelgestelde vragen)\b/i;
const MAX_LABEL_WORDS = 12;
// A question is a short line of its own that asks; a longer one is a paragraph that ends asking.
const MIN_QUESTION_WORDS = 3;
const MAX_QUESTION_WORDS = 25;
const QUESTION_END = /[?？]$/;
const MIN_ITEMS = 2;
// The FAQ's box is found within this many wrappers around its heading.
const MAX_CLIMB = 4;
// Mark a question's line and another heading's in the box's text, so items split apart again.
const QUESTION_MARK = '\ue000';
const HEADING_MARK = '\ue001';

/**
 * The FAQ items the page shows that the story lacks: those its JSON-LD `FAQPage` names, or on a
 * page without one, those of the FAQ section that follows the story.
 */
export function pageFaq(doc: Document, named: readonly FaqItem[], storyText: string): FaqItem[] {
  return named.length ? missingFaq(doc, named, storyText) : missingFaq(doc, faqSectionIn(doc), storyText, true);
}

/**
 * The questions and answers of the FAQ section the page shows under a heading ("FAQs", "Frequently
 * asked questions"), as plain text; empty when it has none. Accordions set their questions in
 * buttons and hide their answers, and Readability drops both; pages without a JSON-LD `FAQPage`
 * still show them. The first such heading over questions counts (a menu's "FAQ" link holds none).
 */
export function faqSectionIn(doc: Document): FaqItem[] {
  for (const heading of doc.body?.querySelectorAll(SUBHEADINGS.join(',')) ?? []) {
    if (!isFaqLabel(heading)) continue;
    for (let box = heading.parentElement, climbed = 0; box && box !== doc.body && climbed < MAX_CLIMB; box = box.parentElement, climbed++) {
      const items = itemsIn(box, heading);
      if (items.length >= MIN_ITEMS) return items;
    }
  }
  return [];
}

function isFaqLabel(el: Element): boolean {
  const text = textOf(el);
  return FAQ_LABEL.test(text) && countWords(text, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS;
}

/** The items after `heading` in `box`, read off a copy whose questions are marked lines of their own. */
function itemsIn(box: Element, heading: Element): FaqItem[] {
  // Copied into a document with no browsing context, as the page's clone for Readability is:
  // nothing in the copy loads or runs.
  const doc = box.ownerDocument;
  const clone = doc.cloneNode(false) as Document;
  const copy = clone.importNode(box, true);
  const headingCopy = follow(copy, pathFrom(box, heading));
  if (!headingCopy) return [];
  let after = false;
  let questions = 0;
  const mark = (el: Element, text: string) => {
    const line = clone.createElement('p');
    line.textContent = text;
    el.replaceWith(line);
  };
  for (const el of elementsOf(copy)) {
    // Elements a replaced one held, and the heading's own wrappers and words, are passed over.
    if (el === headingCopy) after = true;
    else if (!copy.contains(el) || el.contains(headingCopy) || headingCopy.contains(el)) continue;
    else if (!after) el.remove();
    else {
      const question = questionOf(el);
      if (question) {
        mark(el, QUESTION_MARK + question);
        questions++;
      } else if (isHeading(el) && !isShortQuestion(textOf(el))) mark(el, HEADING_MARK);
    }
  }
  if (questions < MIN_ITEMS) return [];
  return splitItems(htmlToText(copy).split('\n\n'));
}

/**
 * Question and answer pairs from the box's lines, plain text already: markup written as text
 * ("&lt;b&gt;") stays text. An answer ends at the next question or heading.
 */
function splitItems(lines: string[]): FaqItem[] {
  const items: FaqItem[] = [];
  let current: { question: string; answer: string[] } | null = null;
  // An answer opens with a sentence: a question followed by links or a label (a list of
  // questions the readers are asked) has none.
  const close = () => {
    if (current?.answer.length && endsSentence(current.answer[0])) items.push({ question: current.question, answer: current.answer.join('\n\n') });
  };
  for (const line of lines) {
    if (line.startsWith(QUESTION_MARK) || line === HEADING_MARK) {
      close();
      current = line === HEADING_MARK ? null : { question: line.slice(1), answer: [] };
    } else current?.answer.push(line);
  }
  close();
  return items;
}

/**
 * The question `el` sets, or null: a short line that asks, set by the innermost element that holds
 * it all. An accordion's question may share its element with the icon's name ("chevron_right"):
 * then its own text, not its children's, asks.
 */
function questionOf(el: Element): string | null {
  const text = textOf(el);
  if (isShortQuestion(text)) {
    for (const child of el.children) if (textOf(child) === text) return null;
    return text;
  }
  const own = ownText(el);
  return own !== text && isShortQuestion(own) ? own : null;
}

function isShortQuestion(text: string): boolean {
  if (!QUESTION_END.test(text)) return false;
  const words = countWords(text, MAX_QUESTION_WORDS + 1);
  return words >= MIN_QUESTION_WORDS && words <= MAX_QUESTION_WORDS;
}

function ownText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) text += child.nodeValue;
  return squash(text);
}
