import type { BriefKind, NewBrief, RawArticle } from '../brief';
import { countWords } from './html-text';
import { readingMinutes } from './reading-time';
import { summarize } from './summarize';

/**
 * The stages that need only the extracted text (summary, counts), kept apart from the DOM
 * stages so the background, which runs them, does not bundle Readability.
 */
export function finishBrief(raw: RawArticle, kind: BriefKind = 'article'): NewBrief {
  const wordCount = countWords(raw.text);
  return {
    ...raw,
    kind,
    summary: kind === 'article' ? summarize(raw.text, raw.lang) : [],
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    tags: [],
  };
}
