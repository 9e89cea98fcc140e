import { countWords } from '../html-text';
import type { RelatedLink } from '../../brief';
import { closestTag, descendantsByTag, elementsOf, SUBHEADINGS } from '../elements';
import { findCredits, findRepeats } from './captions';
import { findCopies } from './copies';
import { cutTextFrom, findCreditTails, findFigureCredits } from './caption-credits';
import { findBioSections, findClosingBios, findOpeningBios } from './bio';
import { findContentsLists } from './contents';
import { findContactSections } from './contact';
import type { ContentStage } from '../extract';
import { clearStamps, HINT_ATTR, stampHeadlines, stampHints, type Hint } from './hints';
import { originsOf, type Origins } from './origins';
import { classifyLine, isDisclosureLine, isLabelledNotice, isNewsletterAskLine, isNoticeLine, type LineKind } from './lines';
import { isBackUp, isControlLine, isPlaceholderText, isRelatedIntro } from './labels';
import { collectRelated, type RelatedRegion } from './related';
import { isStoryPointer, labelledList } from './pointers';
import { leafBlocks, locateStory, type Story } from './story';
import { findLeadIn } from './lead-in';
import { findNextStory } from './next-story';
import { proseText } from './prose-text';
import { findTail } from './tail';
import { findCardGroups } from './teasers';
import { articleLinks } from './links';
import { follows, isHeading, keyOf, linkDensity, squash, textOf, wordsOf } from './text';

export type RemovedKind = LineKind | 'headline' | 'teaser' | 'credit' | 'duplicate' | 'next-story' | 'form' | 'contact' | 'contents' | 'placeholder';

export interface RemovedBlock {
  kind: RemovedKind;
  text: string;
}

export interface DeclutterInput {
  /** Readability's result, read with the page's class names kept and headlines stamped; changed in place. */
  content: Element;
  pageUrl: string;
  title: string;
  byline: string | null;
  /** Where the content's blocks came from in the page, to read teasers Readability cut short. */
  origins?: () => Origins;
  /** The page's standfirst block, which the brief shows apart from the story: not brought in with the intro. */
  standfirst?: Element | null;
}

export interface DeclutterResult {
  html: string;
  text: string;
  related: RelatedLink[];
  removed: RemovedBlock[];
}

// No batch of removals may take more than this share of Readability's text, unless the whole
// batch sits before or after the story's core paragraphs, where more of the text may be clutter.
const MAX_REMOVED_SHARE = 0.5;
const MAX_REMOVED_SHARE_OUTSIDE = 0.85;
// A batch this short is a line (a control, a label): it cannot carry the story, so it goes even
// once the budget is spent, as after a teaser list that held most of Readability's text.
const BUDGET_FREE_CHARS = 40;
const HINT_KIND: Partial<Record<Hint, RemovedKind>> = {
  share: 'share',
  newsletter: 'newsletter',
  bio: 'bio',
  comments: 'comments',
  related: 'teaser',
  tags: 'tags',
};

/** The declutter stage for `doc`'s extraction: headlines stamped before Readability, clean-up after. */
export function declutterStage(doc: Document): ContentStage {
  let cloned: Element[] = [];
  let copied: (page: readonly Element[]) => readonly Element[] = (page) => page;
  return {
    prepare: (clone, fromPage) => {
      stampHeadlines(clone);
      // Listed before Readability moves anything: the same index then names an element and its copy.
      cloned = elementsOf(clone);
      copied = fromPage;
    },
    clean: (content, page) => declutterStory({ content, ...page, origins: () => originsOf(elementsOf(doc), cloned, copied) }),
  };
}

/** Separates the story from what news sites wrap around it; returns the story and what went. */
export function declutterStory(input: DeclutterInput): DeclutterResult {
  const { content: root, pageUrl } = input;
  const total = textOf(root).length;
  const removed: RemovedBlock[] = [];
  const regions: RelatedRegion[] = [];
  let removedChars = 0;
  const emptied = new Set<Element>();
  // For each box, how many site notices and newsletter asks went from inside it.
  const asksIn = new Map<Element, number>();
  const origins = input.origins?.();
  stampHints(root, origins?.sources);
  // The page's own block, where Readability may have cut teaser links that the clone lost.
  const original = (el: Element) => origins?.of(el) ?? el;

  // Takes one block out and records it, with no guard: `remove` guards its batches, copies need none.
  const drop = (el: Element, kind: RemovedKind) => {
    removed.push({ kind, text: textOf(el) });
    if (el.parentElement) emptied.add(el.parentElement);
    if (kind === 'notice' || kind === 'newsletter') {
      for (let box = el.parentElement; box && box !== root; box = box.parentElement) asksIn.set(box, (asksIn.get(box) ?? 0) + 1);
    }
    el.remove();
  };

  // Removes a batch as one decision: all of it, or none when it would hold story or too much text.
  const remove = (batch: { el: Element; kind: RemovedKind }[], story: Story): boolean => {
    const live = batch.filter(({ el }) => root.contains(el) && el !== root);
    if (!live.length || live.some(({ el }) => story.holdsStory(el))) return false;
    const chars = live.reduce((n, { el }) => n + textOf(el).length, 0);
    const outside = live.every(({ el }) => story.isOutsideStory(el));
    if (chars > BUDGET_FREE_CHARS && removedChars + chars > total * (outside ? MAX_REMOVED_SHARE_OUTSIDE : MAX_REMOVED_SHARE)) return false;
    removedChars += chars;
    for (const { el, kind } of live) drop(el, kind);
    return true;
  };

  // The intro the page set apart above the body goes first, as plain paragraphs: only its text is taken.
  if (origins) root.prepend(...findLeadIn(root, origins, input.standfirst).map((text) => paragraph(root.ownerDocument, text)));
  const groups = findCardGroups(root, pageUrl, origins);
  const next = findNextStory(root, input.title);
  const sections = findBioSections(root, input.byline);
  const notStory = [...groups.flat(), ...next, ...sections.flat()];
  const found = locateStory(root, notStory);
  // Site notices may sit below an author box ("Support us! Donate …"): the box is looked for above them.
  const end = closingNoticesAt(found.cores);
  // Bios read like story paragraphs, so they would mark where the story starts or ends.
  const coreBios = [...findOpeningBios(found.cores, input.byline), ...findClosingBios(found.cores.slice(0, end), input.byline)];
  const bios = [...sections, ...coreBios];
  // A disclosure above the story ("This article contains affiliate links …") reads like its first
  // paragraph too, and would put the byline and date lines between it and the story inside it.
  const opening = openingDisclosures(found.cores, end);
  const notices = coreBios.length ? found.cores.slice(end) : [];
  const story = coreBios.length || opening.length ? found.excluding([...coreBios.flat(), ...notices, ...opening]) : found;
  removeHeadline(root, input.title, story, remove);
  remove(next.map((el) => ({ el, kind: 'next-story' as const })), story);

  for (const group of groups) {
    const outside = group.every((el) => story.isOutsideStory(el));
    // Inside the story a list of links is more often its own (steps, sources) than a teaser list,
    // unless each item leads with a linked headline, as a teaser card does and a step or a source
    // does not. After it, a plain text list (a checklist) may still be the story's unless it is mostly links.
    if (!(outside || headlinedCards(group, pageUrl)) || !isTeaserList(group)) continue;
    const label = outside ? null : boxLabel(group);
    const batch = group.map((el) => ({ el, kind: 'teaser' as const }));
    if (remove(label ? [{ el: label, kind: 'label' }, ...batch] : batch, story)) {
      const section = label ? textOf(label) : undefined;
      regions.push(...group.map((el) => ({ el: original(el), section })));
    }
  }

  for (const el of outermostHinted(root)) {
    const kind = hintedKind(el, story);
    if (kind && remove([{ el, kind }], story) && kind === 'teaser') regions.push({ el: original(el) });
  }

  // Forms (sign-ups, comment boxes, product pickers) are never the story's; a form wrapping the
  // whole page (ASP.NET) holds the story's paragraphs, and the guard keeps it.
  for (const form of [...root.getElementsByTagName('form')]) remove([{ el: form, kind: 'form' }], story);

  // Skip links and other in-page controls ("Skip to content", "Back to top") set inline, where no
  // block of their own brings them to the line rules.
  for (const a of [...root.getElementsByTagName('a')]) {
    if (!(a.getAttribute('href') ?? '').startsWith('#')) continue;
    const words = textOf(a);
    if (isControlLine(words) || isBackUp(words)) remove([{ el: a, kind: 'share' }], story);
  }

  for (const section of bios) {
    if (story.isOutsideStory(section[0])) remove(section.map((el) => ({ el, kind: 'bio' as const })), story);
  }

  for (const list of findContentsLists(root, pageUrl)) remove(list.map((el) => ({ el, kind: 'contents' as const })), story);

  for (const section of findContactSections(root)) {
    if (story.isAfterStory(section[0])) remove(section.map((el) => ({ el, kind: 'contact' as const })), story);
  }

  const tail = findTail(story);
  if (tail) {
    const section = textOf(tail.label);
    const batch = [{ el: tail.label, kind: 'label' as const }, ...tail.rest.map((el) => ({ el, kind: 'teaser' as const }))];
    if (remove(batch, story)) {
      regions.push(...tail.rest.map((el) => ({ el: original(el), section })));
      // Teasers Readability already dropped still sit after the label in the page itself.
      const label = original(tail.label);
      if (label.parentElement) regions.push({ el: label.parentElement, section, after: label });
    }
  }

  const blocks = leafBlocks(root);
  // From here on blocks go whole (only the last step trims captions), so each block's text, read
  // once, holds for every rule.
  const texts = new Map(blocks.map((el) => [el, textOf(el)]));
  const text = (el: Element) => texts.get(el) ?? textOf(el);
  for (const el of blocks) {
    const kind = classifyLine(el, story, input.byline, text(el)) ?? (isStoryPointer(el, text(el), pageUrl) ? 'readmore' : null);
    // A related label's list goes with it, wherever it stands; a sentence that opens one only with it.
    const list = kind === 'label' || (!kind && isRelatedIntro(text(el))) ? labelledList(el, pageUrl) : null;
    if (list && remove([{ el, kind: 'label' }, { el: list, kind: 'teaser' }], story)) regions.push({ el: list, section: text(el) });
    else if (kind && remove([{ el, kind }], story) && kind === 'readmore') regions.push({ el });
  }

  const left = () => blocks.filter((el) => root.contains(el));
  // A second copy of a paragraph says nothing the first does not, so it goes whatever its share
  // of the text: the guards are there so no story is lost, and its first copy stays.
  for (const el of findCopies(left(), text)) drop(el, 'duplicate');
  // A template's dummy text is no one's story, however long and well formed it reads.
  for (const el of left()) if (isPlaceholderText(text(el))) drop(el, 'placeholder');
  remove(findRepeats(left(), story, text).map((el) => ({ el, kind: 'duplicate' })), story);
  remove(findCredits(left(), story, text).map((el) => ({ el, kind: 'credit' })), story);

  for (const el of findFigureCredits(root)) if (root.contains(el)) drop(el, 'credit');
  for (const { el, at } of findCreditTails(left(), story, text)) {
    const raw = el.textContent ?? '';
    if (!keyOf(raw.slice(0, at))) drop(el, 'credit');
    else {
      removed.push({ kind: 'credit', text: squash(raw.slice(at)) });
      cutTextFrom(el, at);
      texts.delete(el);
    }
  }
  dropNoticeCores(story, root, drop, text);
  dropBoxRests(story, root, asksIn, drop);
  dropDanglingLabel(story, root, drop);
  pruneEmpty(root, emptied);
  // Read before the stamps go: a page's caption class is one of them.
  const prose = proseText(root, story);
  clearStamps(root);
  return { html: root.innerHTML, text: prose, related: collectRelated(regions, pageUrl), removed };
}

// Site notices set as whole paragraphs after the story (rights, disclaimers, support asks) read
// like story text, so they go only now, with every other rule done, from the end. Of those that
// open the story only disclosures (ads, affiliate links, editorial policy) and browser warnings go:
// a first paragraph about rights or log-ins is as often the story's own. A plain newsletter ask,
// and a notice under its own label, go wherever they stand.
function dropNoticeCores(story: Story, root: Element, drop: (el: Element, kind: RemovedKind) => void, text: (el: Element) => string): void {
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
function openingDisclosures(cores: Element[], end: number, text = textOf): Element[] {
  let first = 0;
  while (first < end - 1 && isDisclosureLine(text(cores[first]))) first++;
  return cores.slice(0, first);
}

/** Where the run of site notices that closes `cores` starts; the first core is never one of them. */
function closingNoticesAt(cores: Element[], text = textOf): number {
  let end = cores.length;
  while (end > 1 && isNoticeLine(text(cores[end - 1]))) end--;
  return end;
}

// A support or newsletter box whose asks went leaves its sign-off ("Thank you. Liz Willen, Editor
// in chief") or small print behind. Two asks make a box of them; what is left is a few words.
const MIN_BOX_ASKS = 2;
const MAX_REST_WORDS = 12;

function dropBoxRests(story: Story, root: Element, asksIn: Map<Element, number>, drop: (el: Element, kind: RemovedKind) => void): void {
  const end = story.cores.findLast((el) => root.contains(el));
  if (!end) return;
  // A box holding the story's end does not follow it.
  for (const [box, asks] of asksIn) {
    if (asks < MIN_BOX_ASKS || !root.contains(box) || !follows(box, end)) continue;
    const rest = textOf(box);
    if (rest && countWords(rest, MAX_REST_WORDS + 1) <= MAX_REST_WORDS) drop(box, 'notice');
  }
}

// A short line ending in a colon that closes the text introduces nothing left on the page: its
// list, map or embed went as clutter or never loaded ("Weitere Informationen:", "Related reads:").
const MAX_DANGLING_WORDS = 8;

function dropDanglingLabel(story: Story, root: Element, drop: (el: Element, kind: RemovedKind) => void): void {
  const last = leafBlocks(root).findLast((el) => textOf(el));
  if (!last || !story.isAfterStory(last)) return;
  const text = textOf(last);
  if (/[:：]$/.test(text) && countWords(text) <= MAX_DANGLING_WORDS) drop(last, 'label');
}

function paragraph(doc: Document, text: string): Element {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

function headlinedCards(cards: Element[], pageUrl: string): boolean {
  return cards.every((card) => descendantsByTag(card, ...SUBHEADINGS).some((h) => articleLinks(h, pageUrl).length > 0));
}

/** The heading of a box that holds only it and a group of cards ("Refresh your skills"), or null. */
function boxLabel(cards: Element[]): Element | null {
  const list = cards[0].parentElement;
  const heading = list?.previousElementSibling;
  return heading && list.parentElement?.children.length === 2 && isHeading(heading) ? heading : null;
}

function isTeaserList(cards: Element[]): boolean {
  const density = cards.reduce((n, el) => n + linkDensity(el), 0) / cards.length;
  const illustrated = cards.filter((el) => descendantsByTag(el, 'IMG', 'PICTURE', ...SUBHEADINGS).length).length;
  return density >= 0.5 || illustrated >= cards.length * 0.6;
}

function removeHeadline(root: Element, title: string, story: Story, remove: (b: { el: Element; kind: RemovedKind }[], s: Story) => boolean): void {
  const heading = descendantsByTag(root, 'H1', 'H2')[0];
  if (heading && title && keyOf(textOf(heading)) === keyOf(title) && story.isBeforeStory(heading)) {
    remove([{ el: heading, kind: 'headline' }], story);
  }
}

function outermostHinted(root: Element): Element[] {
  // Syntax highlighters name their spans "comment" and "tag"; code is never clutter.
  const hinted = elementsOf(root).filter((el) => el !== root && el.hasAttribute(HINT_ATTR) && !closestTag(el, 'PRE', 'CODE'));
  return hinted.filter((el) => !hinted.some((other) => other !== el && other.contains(el) && HINT_KIND[other.getAttribute(HINT_ATTR) as Hint]));
}

// Byline and credit hints are trusted only on short blocks; captions are left to findRepeats.
function hintedKind(el: Element, story: Story): RemovedKind | null {
  const hint = el.getAttribute(HINT_ATTR) as Hint;
  const words = wordsOf(el);
  if (hint === 'byline') return words <= 30 && story.isOutsideStory(el) ? 'byline' : null;
  if (hint === 'credit') return words <= 15 ? 'credit' : null;
  // A heading among the story's paragraphs is a subhead, whatever its class says (NPR's "edTag").
  if (hint === 'tags' && isHeading(el) && !story.isOutsideStory(el)) return null;
  return HINT_KIND[hint] ?? null;
}

// Upper-cased before the test: SVG and MathML elements keep lower-case tag names in an HTML page.
const KEEP_EMPTY = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'TABLE', 'HR', 'BR', 'OBJECT', 'EMBED', 'MATH']);

// Containers left with neither text nor media once their contents went; nothing else is touched.
function pruneEmpty(root: Element, emptied: Set<Element>): void {
  for (let el of emptied) {
    while (el !== root && root.contains(el) && !textOf(el) && !holdsKept(el)) {
      const parent = el.parentElement!;
      el.remove();
      el = parent;
    }
  }
}

function holdsKept(el: Element): boolean {
  return elementsOf(el).some((inside) => inside !== el && KEEP_EMPTY.has(inside.tagName.toUpperCase()));
}
