/** Precision, recall and F1 of one summary against one reference. */
export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** Lowercased word tokens, no stemming; each CJK character is a token of its own. */
export function rougeTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(run)) tokens.push(...run.split(/(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff])/u));
    else tokens.push(run);
  }
  return tokens;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L (longest common subsequence) of `summary` against `reference`. */
export function rouge(summary: string, reference: string): RougeScores {
  const s = rougeTokens(summary);
  const r = rougeTokens(reference);
  return {
    rouge1: ngramPrf(s, r, 1),
    rouge2: ngramPrf(s, r, 2),
    rougeL: prf(lcsLength(s, r), s.length, r.length),
  };
}

function ngramPrf(s: string[], r: string[], n: number): Prf {
  const counts = ngrams(r, n);
  let hits = 0;
  for (const [gram, count] of ngrams(s, n)) hits += Math.min(count, counts.get(gram) ?? 0);
  return prf(hits, Math.max(0, s.length - n + 1), Math.max(0, r.length - n + 1));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
}

function prf(hits: number, summaryCount: number, referenceCount: number): Prf {
  const p = summaryCount ? hits / summaryCount : 0;
  const r = referenceCount ? hits / referenceCount : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
