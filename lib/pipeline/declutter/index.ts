import type { RelatedLink } from '../../brief';
import { descendantsByTag, listed, pageElements } from '../elements';
import type { ContentStage } from '../extract';
import type { FaqItem } from '../faq';
import { findBioSections, findClosingBios, findOpeningBios } from './bio';
import { cutTextFrom, findCreditTails, findFigureCredits } from './caption-credits';
import { findCredits, findRepeats } from './captions';
import { findContactSections } from './contact';
import { findContentsLists } from './contents';
import { isControlLine, isPageJump } from './controls';
import { findCopies } from './copies';
import { askFaqQuestions } from './faq-questions';
import { hintedKind, outermostHinted } from './hinted';
import { clearStamps, stampHeadlines, stampHints } from './hints';
import { isRelatedIntro } from './labels';
import { findLeadIn } from './lead-in';
import { classifyLine } from './lines';
import { findNextStory } from './next-story';
import { isPlaceholderText } from './notice-text';
import { closingNoticesAt, dropBoxRests, dropDanglingLabel, dropNoticeCores, dropSignUpRests, openingDisclosures } from './notices';
import { originsOf, type Origins } from './origins';
import { isStoryPointer, labelledList } from './pointers';
import { proseText } from './prose-text';
import { pruneEmpty } from './prune';
import { collectRelated, type RelatedRegion } from './related';
import type { Drop, RemovedBlock, RemovedKind } from './removed';
import { leafBlocks, locateStory, type Story } from './story';
import { findTail } from './tail';
import { boxLabel, findCardGroups, headlinedCards, isTeaserList } from './teasers';
import { keyOf, squash, textOf } from './text';

export type { RemovedBlock, RemovedKind } from './removed';

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
  /** The page's FAQ from its JSON-LD, whose questions its accordions set where Readability drops them. */
  faq?: readonly FaqItem[];
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

/** A content stage whose clean-up also says what it took out. */
export interface DeclutterStage extends ContentStage {
  clean(...args: Parameters<ContentStage['clean']>): DeclutterResult;
}

/** The declutter stage for `doc`'s extraction: headlines stamped before Readability, clean-up after. */
export function declutterStage(doc: Document): DeclutterStage {
  let cloned: Element[] = [];
  let copied: (page: readonly Element[]) => readonly Element[] = (page) => page;
  return {
    prepare: (clone, fromPage) => {
      stampHeadlines(clone);
      // Listed before Readability moves anything: the same index then names an element and its copy.
      cloned = pageElements(clone);
      copied = fromPage;
    },
    clean: (content, page) => declutterStory({ content, ...page, origins: () => originsOf(pageElements(doc), cloned, copied) }),
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
  const drop: Drop = (el, kind) => {
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
  if (origins) root.prepend(...findLeadIn(root, origins, { apart: input.standfirst, title: input.title }).map((text) => paragraph(root.ownerDocument, text)));
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
  for (const form of listed(root.getElementsByTagName('form'))) remove([{ el: form, kind: 'form' }], story);

  // Skip links and other in-page controls ("Skip to content", "Back to top") set inline, where no
  // block of their own brings them to the line rules.
  for (const a of listed(root.getElementsByTagName('a'))) {
    if (!(a.getAttribute('href') ?? '').startsWith('#')) continue;
    const words = textOf(a);
    if (isControlLine(words) || isPageJump(words)) remove([{ el: a, kind: 'share' }], story);
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
  dropSignUpRests(root, asksIn, drop);
  dropDanglingLabel(story, root, drop);
  pruneEmpty(root, emptied);
  askFaqQuestions(root, input.faq ?? []);
  // Read before the stamps go: a page's caption class is one of them.
  const prose = proseText(root, story);
  clearStamps(root);
  return { html: root.innerHTML, text: prose, related: collectRelated(regions, pageUrl), removed };
}

function paragraph(doc: Document, text: string): Element {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

function removeHeadline(root: Element, title: string, story: Story, remove: (b: { el: Element; kind: RemovedKind }[], s: Story) => boolean): void {
  const heading = descendantsByTag(root, 'H1', 'H2')[0];
  if (heading && title && keyOf(textOf(heading)) === keyOf(title) && story.isBeforeStory(heading)) {
    remove([{ el: heading, kind: 'headline' }], story);
  }
}
