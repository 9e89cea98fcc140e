import { closestTag, descendantsByTag } from './elements';
import { hrefLinks } from './declutter/links';
import { missingFaq, type FaqItem } from './faq';
import { htmlToText, countWords } from './html-text';
import { endsSentence, follows, isHeading, squash, textOf } from './declutter/text';
import { SHOW_TEXT, TEXT_NODE } from '../node-types';

// The heading a page sets over its FAQ: "FAQ", "FAQs about X", "Frequently asked questions" and
// the same in the languages Sift's other labels cover. Anything longer is a section of its own.
const FAQ_NAMES =
  'FAQs?|Frequently asked questions|Häufig gestellte Fragen|Häufige Fragen|Preguntas frecuentes|Questions fréquentes|Foire aux questions|Perguntas frequentes|Domande frequenti|Veelgestelde vragen';
const FAQ_LABEL = new RegExp(`\\b(?:${FAQ_NAMES})\\b`, 'i');
// The same names with no word edges: a text that names an FAQ still matches where it runs into
// the texts around it, as in the page's whole text. It only rules pages out, so a letter beyond
// ASCII may be any letter: a case-insensitive search with "ä" or "é" in it took 2.3 times as long.
const NAMES_FAQ = new RegExp(FAQ_NAMES.replace(/[^\x00-\x7f]/g, '.'), 'i');
const MAX_LABEL_WORDS = 12;
// Elements whose text is never shown.
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Of those, the ones that hold only their text: no element inside them can head an FAQ.
const RAW_TEXT = new Set(['SCRIPT', 'STYLE']);
// Texts up to this long are searched before asking where they stand: most are, and a lookup for
// each cost more than the search.
const MAX_SEARCHED_UNASKED = 200;
// A question is a short line of its own that asks; a longer one is a paragraph that ends asking.
const MIN_QUESTION_WORDS = 3;
const MAX_QUESTION_WORDS = 25;
const QUESTION_END = /[?？]$/;
const MIN_ITEMS = 2;
// The FAQ's box is found within this many wrappers around its label.
const MAX_CLIMB = 4;
// Mark a question's line, another heading's and a form field's in the box's text, so items
// split apart again.
const QUESTION_MARK = '\ue000';
const HEADING_MARK = '\ue001';
const FIELD_MARK = '\ue002';
const ENDS_ANSWER = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'INPUT', 'SELECT', 'TEXTAREA'];

/**
 * The FAQ items the page shows that the story lacks: those its JSON-LD `FAQPage` names, or on a
 * page without one, those of the FAQ section that follows the story.
 */
export function pageFaq(doc: Document, named: readonly FaqItem[], storyText: string): FaqItem[] {
  return named.length ? missingFaq(doc, named, storyText) : missingFaq(doc, faqSectionIn(doc), storyText, true);
}

/**
 * The questions and answers of the FAQ section the page shows under a label ("FAQs", "Frequently
 * asked questions"), as plain text; empty when it has none. Accordions set their questions in
 * buttons and hide their answers, and Readability drops both; pages without a JSON-LD `FAQPage`
 * still show them. The first label over questions counts (a sidebar's "FAQ" box may hold none).
 */
export function faqSectionIn(doc: Document): FaqItem[] {
  for (const label of faqLabelsIn(doc)) {
    // The FAQ's box is the smallest around its label that holds two questions after it.
    for (let box = label.parentElement, climbed = 0; box && box !== doc.body && climbed < MAX_CLIMB; box = box.parentElement, climbed++) {
      const marks = marksIn(box, label);
      if (questionsIn(marks) < MIN_ITEMS) continue;
      const items = splitItems(htmlToText(box, undefined, marks).split('\n\n'));
      if (items.length >= MIN_ITEMS) return items;
      break;
    }
  }
  return [];
}

/**
 * The elements that set an FAQ label alone, in document order: a heading, or the title a page
 * builder sets in a `<div>`. Found from the text nodes that name an FAQ: few, where elements are many.
 */
function faqLabelsIn(doc: Document): Element[] {
  const labels: Element[] = [];
  if (!doc.body || !namesFaq(doc.body)) return labels;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    // A script's or a style sheet's text never shows, and searching it cost more than all the
    // page's shown text: a long text is asked where it stands first, a short one once it names an FAQ.
    if (value.length > MAX_SEARCHED_UNASKED && isUnshown(node)) continue;
    if (!FAQ_LABEL.test(value) || isUnshown(node)) continue;
    let label = node.parentElement;
    const text = label && textOf(label);
    if (!label || !text || !FAQ_LABEL.test(text) || countWords(text, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS) continue;
    while (label.parentElement && label.parentElement !== doc.body && textOf(label.parentElement) === text) label = label.parentElement;
    // A link to the site's FAQ page (in a menu or a footer) heads no section.
    if (!labels.includes(label) && !isLink(label)) labels.push(label);
  }
  return labels;
}

/**
 * Whether any text in `body` may name an FAQ. Most pages name none, and the whole text of each
 * part of the body, read and searched by the browser in one go, says so sooner than a search of
 * each text node. The scripts and style sheets set in the body itself are long and left out.
 */
function namesFaq(body: Element): boolean {
  for (let part = body.firstChild; part; part = part.nextSibling) {
    if (!RAW_TEXT.has(part.nodeName) && NAMES_FAQ.test(part.textContent ?? '')) return true;
  }
  return false;
}

function isUnshown(text: Node): boolean {
  return UNSHOWN.has(text.parentElement?.tagName ?? '');
}

function isLink(el: Element): boolean {
  return Boolean(closestTag(el, 'A')?.hasAttribute('href')) || hrefLinks(el).length > 0;
}

function questionsIn(marks: Map<Element, string>): number {
  let questions = 0;
  for (const mark of marks.values()) if (mark.startsWith(QUESTION_MARK)) questions++;
  return questions;
}

/**
 * The questions after `label` in `box`, by the element that sets each, and the headings and form
 * fields that end an answer. Found from the text nodes that end asking: few, where elements are many.
 */
function marksIn(box: Element, label: Element): Map<Element, string> {
  const marks = new Map<Element, string>();
  const walker = box.ownerDocument.createTreeWalker(box, SHOW_TEXT);
  let seenLabel = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const inLabel = label.contains(node);
    seenLabel ||= inLabel;
    if (!seenLabel || inLabel || !QUESTION_END.test((node.nodeValue ?? '').trimEnd()) || !node.parentElement) continue;
    const question = questionOf(node.parentElement);
    if (question) marks.set(node.parentElement, QUESTION_MARK + question);
  }
  for (const el of descendantsByTag(box, ...ENDS_ANSWER)) {
    if (marks.has(el) || label.contains(el) || !follows(el, label)) continue;
    // A heading that is a question's own wrapper ends nothing; a hidden field is no form.
    if (isHeading(el)) {
      if (!isShortQuestion(textOf(el))) marks.set(el, HEADING_MARK);
    } else if (el.getAttribute('type') !== 'hidden') marks.set(el, FIELD_MARK);
  }
  return marks;
}

/**
 * Question and answer pairs from the box's lines, plain text already: markup written as text
 * ("&lt;b&gt;") stays text. An answer ends at the next question or heading.
 */
function splitItems(lines: string[]): FaqItem[] {
  const items: FaqItem[] = [];
  let current: { question: string; answer: string[]; form?: boolean } | null = null;
  // An answer opens with a sentence: a question followed by links or a label (a list of
  // questions the readers are asked) has none. One with form fields is a contact form's
  // ("Any questions before you book?"), its lines the form's labels and error messages.
  const close = () => {
    if (current?.answer.length && !current.form && endsSentence(current.answer[0])) {
      items.push({ question: current.question, answer: current.answer.join('\n\n') });
    }
  };
  for (const line of lines) {
    if (line === FIELD_MARK) {
      if (current) current.form = true;
    } else if (line.startsWith(QUESTION_MARK) || line === HEADING_MARK) {
      close();
      current = line === HEADING_MARK ? null : { question: line.slice(1), answer: [] };
    } else current?.answer.push(line);
  }
  close();
  return items;
}

/**
 * The question `el`, the element of a text that ends asking, sets, or null: a short line that
 * asks. An accordion's question may share its element with the icon's name ("chevron_right"):
 * then its own text, not its children's, asks.
 */
function questionOf(el: Element): string | null {
  const text = textOf(el);
  if (isShortQuestion(text)) return text;
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
