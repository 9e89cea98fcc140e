import { countWords } from './html-text';
import { listed } from './elements';

// A story this short on a page that says it is for subscribers is the teaser, not the article; a
// subscriber's copy of the same page carries the same markers but the whole text.
const TEASER_MAX_WORDS = 250;
// The paywalled part a page names (JSON-LD hasPart.cssSelector) counts as shown with this much text.
const PART_SHOWN_WORDS = 50;

/** What a page says about its paywall, read with the rest of its metadata. */
export interface PaywallMarks {
  /** JSON-LD `isAccessibleForFree: false`, or `article:content_tier` locked or metered. */
  locked: boolean;
  /** The CSS selectors of the paywalled parts it names (JSON-LD `hasPart.cssSelector`). */
  parts: string[];
}

/**
 * The paywall marks a page gives: its `article:content_tier` meta's content (or undefined) and its
 * article JSON-LD node (or null).
 */
export function readPaywallMarks(contentTier: string | null | undefined, ld: Record<string, unknown> | null): PaywallMarks {
  const tier = contentTier?.trim().toLowerCase();
  const parts = [ld?.hasPart]
    .flat()
    .map((part) => (part && typeof part === 'object' ? (part as Record<string, unknown>).cssSelector : null))
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return { locked: isFalse(ld?.isAccessibleForFree) || tier === 'locked' || tier === 'metered', parts };
}

/**
 * Whether the page shows only a teaser of a subscriber-only story: it says the story is not free
 * and the paywalled part it names is empty, or, when it names none, the story found is short.
 */
export function isTeaserOnly(doc: Document, marks: PaywallMarks, storyWords: number): boolean {
  if (!marks.locked) return false;
  const shown = marks.parts.map((selector) => wordsIn(doc, selector));
  if (!shown.length || shown.includes(null)) return storyWords <= TEASER_MAX_WORDS;
  return shown.every((words) => words !== null && words < PART_SHOWN_WORDS);
}

function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

// Null when the DOM cannot parse the selector: then the part cannot be checked.
function wordsIn(doc: Document, selector: string): number | null {
  try {
    return listed(doc.querySelectorAll(selector)).reduce((n, el) => n + countWords(el.textContent ?? ''), 0);
  } catch {
    return null;
  }
}
