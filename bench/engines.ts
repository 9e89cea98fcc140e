// The two engines the extraction benchmark compares, each giving plain text. Shared by the Node
// run and the bundle the browser run puts in each page, so both time the same code.
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../lib/pipeline/html-text';
import { extractStory } from '../lib/pipeline';

/** Readability alone, on a clone of `doc`, its content as text. */
export function readabilityText(doc: Document): string {
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  return parsed?.content ? htmlToText(parsed.content) : '';
}

/** Sift's DOM stages, as the content script runs them, the story's text. */
export function siftText(doc: Document, url: string): string {
  const result = extractStory(doc, url);
  return result.ok ? result.article.text : '';
}

/** Both engines' text on a page, and each one's median time there in ms. */
export interface EngineTimes {
  rText: string;
  sText: string;
  rMs: number;
  sMs: number;
}
