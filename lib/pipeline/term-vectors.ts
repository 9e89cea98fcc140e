/** A sparse term-weight vector with its length, for cosine similarity. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/**
 * Content terms of a sentence: lowercased words that are not stopwords. Scripts written without
 * spaces give character pairs instead, which match words without a dictionary.
 */
export function contentTerms(sentence: string, stopwords: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  let rest = sentence.toLowerCase();
  if (HAS_CJK.test(rest)) {
    for (const run of rest.match(CJK_RUN) ?? []) {
      if (run.length === 1) terms.push(run);
      for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
    }
    rest = rest.replace(CJK_RUN, ' ');
  }
  for (const word of rest.match(WORD) ?? []) {
    if (word.length > 1 && !stopwords.has(word)) terms.push(word);
  }
  return terms;
}

/** Inverse document frequency of each term, the term lists being the documents. */
export function inverseFrequencies(termLists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  // Smoothed, so terms that every document shares (in a short story) keep some weight.
  const n = termLists.length;
  for (const [term, count] of df) df.set(term, Math.log(1 + n / count));
  return df;
}

/** Term counts weighted by IDF; a term the table lacks counts as one seen once. */
export function tfidfVector(terms: string[], idf: Map<string, number>, documents: number): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + (idf.get(term) ?? Math.log(1 + documents)));
  return withNorm(weights);
}

/** Raw term counts as a vector, for text outside the story (the headline). */
export function countVector(terms: string[]): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + 1);
  return withNorm(weights);
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) dot += w * (large.weights.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}

/** Cosine between `v` and the rest of `total` (`total` minus `v`), so a sentence is not its own peer. */
export function cosineToRest(v: TermVector, total: TermVector): number {
  let dot = 0;
  for (const [term, w] of v.weights) dot += w * (total.weights.get(term) ?? 0);
  const restDot = dot - v.norm * v.norm;
  const restNorm = Math.sqrt(Math.max(0, total.norm * total.norm - 2 * dot + v.norm * v.norm));
  return v.norm === 0 || restNorm === 0 ? 0 : Math.max(0, restDot) / (v.norm * restNorm);
}

function withNorm(weights: Map<string, number>): TermVector {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}
