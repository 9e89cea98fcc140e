export const WORDS_PER_MINUTE = 230;

/** Minutes to read `wordCount` words, rounded up; never 0 for a saved page. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
