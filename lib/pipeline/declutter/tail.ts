import { countWords } from '../html-text';
import { elementsOf, holdsTag, listed } from '../elements';
import { isRelatedLabel } from './labels';
import type { Story } from './story';
import { linkDensity, textOf, wordsOf } from './text';

const LABEL_TAGS = /^(H[1-6]|P|DIV|SPAN|STRONG|B|LI|DT|HEADER|SECTION|ASIDE)$/;

/**
 * After the story's last core paragraph, a "More from …" label ends the story: returns the label
 * and everything after it, or null when there is no such label.
 */
export function findTail(story: Story): { label: Element; rest: Element[] } | null {
  const label = elementsOf(story.root).slice(1).find(
    (el) => LABEL_TAGS.test(el.tagName) && story.isAfterStory(el) && isLabel(el),
  );
  if (!label) return null;
  const rest: Element[] = [];
  for (let node: Element | null = label; node && node !== story.root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
  }
  return looksLikeTeasers(rest) ? { label, rest } : null;
}

// What follows a real "More from" label is links or little text; tables, code or long unlinked
// text mean the story goes on under a label that only looked like one ("Related:" as a heading).
const MAX_UNLINKED_WORDS = 50;

function looksLikeTeasers(rest: Element[]): boolean {
  if (rest.some((el) => holdsTag(el, 'TABLE', 'PRE'))) return false;
  if (rest.some((el) => elementsOf(el).some((p) => p.tagName === 'P' && isProse(p)))) return false;
  const words = rest.reduce((n, el) => n + wordsOf(el), 0);
  const texts = rest.map(textOf);
  const linked = rest.reduce((n, el, i) => n + linkDensity(el, texts[i]) * texts[i].length, 0);
  const chars = texts.reduce((n, text) => n + text.length, 0);
  return words <= MAX_UNLINKED_WORDS || linked / chars >= 0.3;
}

// A paragraph of this many words outside its links, ending as a sentence does, is the story's
// own (links set in its sentences), not a teaser's blurb, which is shorter or cut off ("…").
const MIN_PROSE_WORDS = 40;

function isProse(p: Element): boolean {
  const text = textOf(p);
  if (!/[.!?]["'”’)]?$/.test(text)) return false;
  const linked = listed(p.getElementsByTagName('a')).reduce((n, a) => n + wordsOf(a), 0);
  return countWords(text) - linked >= MIN_PROSE_WORDS;
}

// The label's own text, not a container's that happens to begin with it; a link inside it may be
// the label itself ("More from X" linking to a section) but not a headline.
function isLabel(el: Element): boolean {
  const text = textOf(el);
  if (!isRelatedLabel(text)) return false;
  if (wordsOf(el) > 8) return false;
  return listed(el.getElementsByTagName('a')).every((a) => isRelatedLabel(textOf(a)) || wordsOf(a) <= 3);
}
