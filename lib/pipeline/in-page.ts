import { DOM_BUDGET, tooManyElements } from './budget';
import { extractStory, type StoryResult } from './index';

/**
 * A page too large to read on the tab's main thread without freezing it for long: its markup,
 * serialized in the tab, for the background to read off the page's thread.
 */
export interface HandOff {
  ok: false;
  reason: 'hand-off';
  html: string;
  url: string;
}

// The content script costs the tab ~9 µs per element on Chromium (99,000 elements: 0.9 s).
// The 1,980 pages of the dev corpora have at most 10,110 elements, so real stories still run
// in the tab, where they are fastest; a larger page blocks it only while it is serialized.
export const IN_PAGE_MAX_ELEMENTS = 12_000;

/**
 * The DOM stages as the content script runs them: in the page when it is small enough, else
 * handed off. A page over the budget is refused here, without the cost of serializing it.
 */
export function extractInPage(doc: Document, url: string): StoryResult | HandOff {
  const elements = doc.querySelectorAll('*').length;
  if (elements > DOM_BUDGET.maxElements) return tooManyElements();
  if (elements <= IN_PAGE_MAX_ELEMENTS) return extractStory(doc, url);
  return { ok: false, reason: 'hand-off', html: `<!doctype html>${doc.documentElement.outerHTML}`, url };
}
