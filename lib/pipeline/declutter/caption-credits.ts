import { TEXT_NODE } from '../../node-types';
import { closestTag, elementsOf, holdsTag, listed } from '../elements';
import { countWords } from '../html-text';
import { isCreditLine, mayHoldCredit } from './captions';
import { HINT_ATTR } from './hints';
import type { Story } from './story';
import { textOf } from './text';

// A photo credit that closes a caption is a few words: "Foto: GdP/Hagen Immel", "(Reuters)".
const MAX_TAIL_WORDS = 8;
// All of a caption's credits, parts and all ("Foto: Jane Doe | dpa | Getty Images"), fit in this many characters.
const MAX_CREDITS_CHARS = 400;
// Where a caption's credit may begin: after a sentence, a bar or a dash, or at an opening bracket.
// A line break leaves no space in textContent: a sentence's end right before a capital is one too
// ("… Tampere.<br>Foto: City-Press"). A separator's spaces are matched from the first of them
// only: tried from each space of a run, a page's 30,000 spaces of table markup took seconds.
const SEPARATOR = /(?<=[.!?…])(?:\s+|(?=\p{Lu}))|(?<!\s)\s+(?:[|•]\s*|[–—-]\s+|(?=\())|[|•]\s*/gu;
// Captions are a sentence or three; a longer block under a picture is the story going on.
const MAX_CAPTION_WORDS = 60;

/** Caption blocks that close with a photo credit, and where in their textContent it starts. */
export function findCreditTails(blocks: Element[], story: Story, text: (el: Element) => string = textOf): { el: Element; at: number }[] {
  const found: { el: Element; at: number }[] = [];
  for (const el of blocks) {
    // A credit's words are in the block's text wherever its white space runs: a block that names
    // no photo, source or agency (most of them) is settled before its words are counted.
    const said = text(el);
    if (!mayHoldCredit(said) || countWords(said, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS) continue;
    // The credit first: few blocks end in one, and whether a block is a caption takes walks around it.
    const at = creditTailStart(el.textContent ?? '');
    if (at >= 0 && isCaptionLike(el, !story.isCore(el))) found.push({ el, at });
  }
  return found;
}

/**
 * Where the photo credit that closes a caption starts in `text` ("… in Kyiv. Photo: AP" → the
 * space before "Photo"), or -1. A closing sentence is not a credit: a tail that ends like one
 * must be a short credit ("Foto: dpa."). Credits in parts ("Foto: Jane Doe | dpa") are taken
 * from the end, one part at a time, so the caption before them is never taken for one.
 */
export function creditTailStart(text: string): number {
  // Only the end is read, each part's search is then bounded: a block of thousands of bars or
  // stops, each one a separator, took seconds to read whole for every part taken.
  const offset = Math.max(0, text.trimEnd().length - MAX_CREDITS_CHARS);
  const end = text.slice(offset);
  // Most blocks name no photo agency or credit at all: their separators need not be listed.
  if (!mayHoldCredit(end)) return -1;
  let start = -1;
  for (let at = lastCreditPart(end); at >= 0; at = lastCreditPart(end.slice(0, at))) start = at;
  return start < 0 ? -1 : offset + start;
}

function lastCreditPart(text: string): number {
  const separators = [...text.matchAll(SEPARATOR)];
  for (let i = separators.length - 1; i >= 0; i--) {
    const { index, 0: separator } = separators[i];
    const tail = text.slice(index + separator.length).trim();
    const words = countWords(tail, MAX_TAIL_WORDS + 1);
    if (words > MAX_TAIL_WORDS) return -1;
    if (!words || (/[.!?]$/.test(tail) && words > 3)) continue;
    if (isCreditLine(tail)) return index;
  }
  return -1;
}

/**
 * A block that captions a picture: in a figure, marked a caption by the page, or (`underPicture`)
 * set under one. A long caption reads like a story paragraph; a story paragraph under a picture
 * is not a caption, so the caller asks for that last sign only of blocks that are not.
 */
export function isCaptionLike(block: Element, underPicture = true): boolean {
  // Tags and attributes are read directly: this runs on every short block, and linkedom
  // compiles a selector anew on each call.
  for (let up: Element | null = block; up; up = up.parentElement) if (up.tagName === 'FIGURE' || isCaptionMark(up)) return true;
  if (elementsOf(block).some(isCaptionMark)) return true;
  if (!underPicture) return false;
  const before = block.previousElementSibling;
  return !!before && holdsMedia(before);
}

/** Whether `el` is or holds a picture or a video; read by tag, as linkedom compiles a selector on each call. */
const holdsMedia = (el: Element) => holdsTag(el, 'IMG', 'PICTURE', 'VIDEO');

export const isCaptionMark = (el: Element) => el.tagName === 'FIGCAPTION' || el.getAttribute(HINT_ATTR) === 'caption';

/** Cuts `el`'s text from character `at` of its textContent to the end; emptied elements go too. */
export function cutTextFrom(el: Element, at: number): void {
  let seen = 0;
  const cut: Node[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const length = node.textContent?.length ?? 0;
      if (seen + length > at) {
        if (seen >= at) cut.push(node);
        else node.textContent = (node.textContent ?? '').slice(0, at - seen);
      }
      seen += length;
      return;
    }
    for (const child of listed(node.childNodes)) walk(child);
  };
  walk(el);
  const parents = new Set<Element | null>(cut.map((node) => node.parentElement));
  for (const node of cut) node.parentNode?.removeChild(node);
  // Elements the cut left empty go too: "<em>(Photo: AP)</em>" leaves no "<em></em>".
  for (let parent of parents) {
    while (parent && parent !== el && !parent.textContent?.trim() && !holdsMedia(parent)) {
      const up: Element | null = parent.parentElement;
      parent.remove();
      parent = up;
    }
  }
}

/**
 * Elements of a figure beside its caption that only credit the photo ("<span>Judy Eddy/WENN.com
 * </span>"), outermost first. The caption itself is left to `creditTailStart`.
 */
export function findFigureCredits(root: Element): Element[] {
  const found: Element[] = [];
  // Only what sits inside a figure, so only figures are walked: most stories have none or a few.
  const inFigures = new Set(listed(root.getElementsByTagName('figure')).flatMap((figure) => elementsOf(figure).slice(1)));
  for (const el of inFigures) {
    if (holdsMedia(el) || closestTag(el, 'FIGCAPTION') || el.getElementsByTagName('figcaption').length) continue;
    if (found.some((f) => f.contains(el))) continue;
    // Part of a line ("… on <a>Unsplash</a>)") is not a line of its own.
    if (listed(el.parentNode?.childNodes ?? []).some((n) => n.nodeType === TEXT_NODE && n.textContent?.trim())) continue;
    // ". Imagen: Télam": the punctuation a caption left before its credit.
    if (isCreditLine((el.textContent ?? '').replace(/^[\s.,;:|•–—-]+/, ''))) found.push(el);
  }
  return found;
}
