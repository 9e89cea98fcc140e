import { countWords } from '../html-text';
import { isNewsletterText } from './asks';
import { isDisclosureLine, isLabelledNotice, isNewsletterAskLine, isNoticeLine } from './lines';
import type { Drop } from './removed';
import { leafBlocks, type Story } from './story';
import { follows, textOf } from './text';

// Site notices set as whole paragraphs after the story (rights, disclaimers, support asks) read
// like story text, so they go only now, with every other rule done, from the end. Of those that
// open the story only disclosures (ads, affiliate links, editorial policy) and browser warnings go:
// a first paragraph about rights or log-ins is as often the story's own. A plain newsletter ask,
// and a notice under its own label, go wherever they stand.
export function dropNoticeCores(story: Story, root: Element, drop: Drop, text: (el: Element) => string): void {
  let cores = story.cores.filter((el) => root.contains(el));
  const last = closingNoticesAt(cores, text) - 1;
  for (const el of cores.slice(last + 1).reverse()) drop(el, 'notice');
  // The story now ends sooner: shorter notices between its new end and the old one were read as
  // inside it ("Copyright © 2023 NPR. All rights reserved." above the transcript's notice).
  if (last < cores.length - 1) {
    const end = cores[last];
    for (const el of leafBlocks(root)) if (follows(el, end) && !end.contains(el) && isNoticeLine(textOf(el))) drop(el, 'notice');
  }
  const opening = openingDisclosures(cores, last + 1, text);
  for (const el of opening) drop(el, 'notice');
  cores = cores.slice(opening.length, last + 1);
  const asks = cores.filter((el) => isNewsletterAskLine(text(el)));
  if (asks.length < cores.length) for (const el of asks) drop(el, 'newsletter');
  const labelled = cores.filter((el) => root.contains(el) && isLabelledNotice(text(el)));
  if (labelled.length < cores.length) for (const el of labelled) drop(el, 'notice');
}

/** The run of disclosures and browser warnings that opens `cores`, up to `end`; never the last core before it. */
export function openingDisclosures(cores: Element[], end: number, text = textOf): Element[] {
  let first = 0;
  while (first < end - 1 && isDisclosureLine(text(cores[first]))) first++;
  return cores.slice(0, first);
}

/** Where the run of site notices that closes `cores` starts; the first core is never one of them. */
export function closingNoticesAt(cores: Element[], text = textOf): number {
  let end = cores.length;
  while (end > 1 && isNoticeLine(text(cores[end - 1]))) end--;
  return end;
}

// A support or newsletter box whose asks went leaves its sign-off ("Thank you. Liz Willen, Editor
// in chief") or small print behind. Two asks make a box of them; what is left is a few words.
const MIN_BOX_ASKS = 2;
const MAX_REST_WORDS = 12;

export function dropBoxRests(story: Story, root: Element, asksIn: Map<Element, number>, drop: Drop): void {
  const end = story.cores.findLast((el) => root.contains(el));
  if (!end) return;
  // A box holding the story's end does not follow it.
  for (const [box, asks] of asksIn) {
    if (asks < MIN_BOX_ASKS || !root.contains(box) || !follows(box, end)) continue;
    const rest = textOf(box);
    if (rest && countWords(rest, MAX_REST_WORDS + 1) <= MAX_REST_WORDS) drop(box, 'notice');
  }
}

// A sign-up box whose ask went keeps its pitch and small print ("Join 800,000+ other subscribers
// …", "By submitting your email …"), wherever it stands: a box of a few lines, each about signing up.
const MAX_SIGN_UP_REST_WORDS = 60;

export function dropSignUpRests(root: Element, asksIn: Map<Element, number>, drop: Drop): void {
  for (const box of asksIn.keys()) {
    if (!root.contains(box)) continue;
    const lines = leafBlocks(box).map(textOf).filter(Boolean);
    const words = countWords(textOf(box), MAX_SIGN_UP_REST_WORDS + 1);
    if (lines.length && words <= MAX_SIGN_UP_REST_WORDS && lines.every(isNewsletterText)) drop(box, 'newsletter');
  }
}

// A short line ending in a colon that closes the text introduces nothing left on the page: its
// list, map or embed went as clutter or never loaded ("Weitere Informationen:", "Related reads:").
const MAX_DANGLING_WORDS = 8;

export function dropDanglingLabel(story: Story, root: Element, drop: Drop): void {
  const last = leafBlocks(root).findLast((el) => textOf(el));
  if (!last || !story.isAfterStory(last)) return;
  const text = textOf(last);
  if (/[:：]$/.test(text) && countWords(text) <= MAX_DANGLING_WORDS) drop(last, 'label');
}
