import { WORD } from '../search/words';

/** A piece of text, marked when it matched a search word. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into what a search matched and the rest: where a word of the text starts with
 * one of `words` (lower case), that start is marked (the longest such search word), exactly as
 * the index matched it.
 */
export function splitMatches(text: string, words: string[]): Segment[] {
  if (words.length === 0 || !text) return [{ text, match: false }];
  const segments: Segment[] = [];
  let done = 0;
  for (const found of text.toLowerCase().matchAll(WORD)) {
    const length = Math.max(0, ...words.filter((w) => found[0].startsWith(w)).map((w) => w.length));
    if (length === 0) continue;
    if (found.index > done) segments.push({ text: text.slice(done, found.index), match: false });
    segments.push({ text: text.slice(found.index, found.index + length), match: true });
    done = found.index + length;
  }
  if (done < text.length) segments.push({ text: text.slice(done), match: false });
  return segments;
}
