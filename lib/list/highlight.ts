/** A piece of text, marked when it matched a search term. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Splits `text` into the pieces that match any of `terms` (lower case) and the rest. */
export function splitMatches(text: string, terms: string[]): Segment[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) marked.fill(1, at, at + term.length);
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}
