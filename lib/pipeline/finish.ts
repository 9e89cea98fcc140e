import { readerText, type BriefKind, type NewBrief, type RawArticle } from '../brief';
import { countWords } from './html-text';
import { resolveLanguage } from './language';
import { readingMinutes } from './reading-time';
import { summarize } from './summarize';

/**
 * The stages that need only the extracted text (summary, counts), kept apart from the DOM
 * stages so the background, which runs them, does not bundle Readability.
 */
export function finishBrief(raw: RawArticle, kind: BriefKind = 'article'): NewBrief {
  // The standfirst is read with the story: it counts, and may be the best line to summarize it.
  const text = readerText(raw);
  const wordCount = countWords(text);
  const lang = resolveLanguage(raw.lang, text);
  return {
    ...raw,
    lang,
    kind,
    summary: kind === 'article' ? summarize({ text, title: raw.title, lang }) : [],
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    tags: [],
  };
}
