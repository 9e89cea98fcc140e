import type { Brief } from '../brief';

/**
 * A word: a run of letters, marks and digits ("Kursk’s" is "Kursk" and "s"). Search, the index
 * and the highlighter all split text with it, so they agree on what a word is.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, lower case. scripts/seed-briefs.ts runs this module's code in the page, as it is. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A text's distinct words, space-separated: how the `words` table stores them, compactly. */
export function distinctWords(text: string): string {
  return [...new Set(wordsOf(text))].join(' ');
}

/** The words of a typed search, each once; a brief matches when each starts a word of it. */
export function queryWords(text: string): string[] {
  return [...new Set(wordsOf(text))];
}

/** One brief's distinct words, space-separated: `head` what its card shows, `body` its story. */
export interface IndexedWords {
  id: number;
  head: string;
  body: string;
  /** When they were written: a saved index takes up the rows written since it was built. */
  at: number;
}

/** What the `words` table keeps of a brief: reading these is far quicker than splitting every story. */
export function briefWords(brief: Pick<Brief, 'id' | 'title' | 'siteName' | 'byline' | 'summary' | 'tags' | 'text' | 'standfirst'>, at = Date.now()): IndexedWords {
  const { id, title, siteName, byline, summary, tags, text, standfirst } = brief;
  const head = distinctWords([title, siteName ?? '', byline ?? '', ...summary, ...tags].join('\n'));
  // Not readerText(): seed-briefs defines this function alone in a page, without its imports.
  return { id, head, body: distinctWords(`${standfirst ?? ''}\n${text}`), at };
}
