import { countWords, withoutListNumber } from './html-text';
import { splitSentences } from './sentences';
import { endsAsProse, isClutter, isQuestion, stripDateline } from './sentence-roles';
import { stopwordsFor } from './stopwords';
import { contentTerms, cosine, cosineToRest, countVector, inverseFrequencies, tfidfVector, type TermVector } from './term-vectors';

/** What the summarizer reads: the story's own text (paragraphs split by blank lines) and headline. */
export interface StoryText {
  text: string;
  title: string;
  lang: string | null;
}

const MAX_SENTENCES = 3;
const MAX_WORDS = 60;
// A summary this long says the point; more words mostly dilute it.
const ENOUGH_WORDS = 30;
const MIN_SENTENCE_WORDS = 8;
// News puts the point first; later sentences need to be much more central to win.
const WEIGHT = { position: 0.5, centrality: 0.3, headline: 0.2 };
// MMR: how much a sentence's own score counts against its overlap with those already chosen.
const LAMBDA = 0.7;
const MAX_OVERLAP = 0.5;
// Only the opening competes: the lead holds the news, and this bounds the cost of long stories.
const MAX_CANDIDATES = 40;
// Sentence splitting grows faster than the text: a page whose markup was read as text can make a
// "paragraph" of megabytes (seconds and gigabytes to split). Prose paragraphs are far shorter.
const MAX_PARAGRAPH_CHARS = 10_000;

interface Sentence {
  text: string;
  words: number;
  vector: TermVector;
}

/**
 * An extractive summary: up to three sentences, about 60 words, in story order. Each sentence
 * is scored by position, similarity to the rest of the story and overlap with the headline,
 * then chosen greedily with redundancy control (maximal marginal relevance).
 */
export function summarize({ text, title, lang }: StoryText): string[] {
  const stopwords = stopwordsFor(lang);
  const paragraphs = storyParagraphs(text);
  // Paragraphs are the documents for IDF: counting them needs no sentence splitting, which
  // is the costly step and is done only for the opening, where candidates come from.
  const paragraphTerms = paragraphs.map((p) => contentTerms(p, stopwords));
  const idf = inverseFrequencies(paragraphTerms);
  const vectorOf = (terms: string[]) => tfidfVector(terms, idf, paragraphs.length);
  const pool = candidates(paragraphs, lang, (s) => vectorOf(contentTerms(s, stopwords)));
  if (pool.length === 0) return [];

  const total = vectorOf(paragraphTerms.flat());
  const headline = countVector(contentTerms(title, stopwords));
  const centrality = normalize(pool.map((s) => cosineToRest(s.vector, total)));
  const overlap = normalize(pool.map((s) => cosine(s.vector, headline)));
  const scores = pool.map(
    (_, rank) =>
      WEIGHT.position / Math.sqrt(1 + rank) + WEIGHT.centrality * centrality[rank] + WEIGHT.headline * overlap[rank],
  );
  const chosen = selectSentences(pool, scores);
  return chosen.sort((a, b) => a - b).map((i) => pool[i].text);
}

/** Greedy MMR within the length budget; returns indexes into `pool`. */
function selectSentences(pool: Sentence[], scores: number[]): number[] {
  const chosen: number[] = [];
  let words = 0;
  while (chosen.length < MAX_SENTENCES && words < ENOUGH_WORDS) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((s, i) => {
      if (chosen.includes(i) || (chosen.length > 0 && words + s.words > MAX_WORDS)) return;
      const redundancy = Math.max(0, ...chosen.map((j) => cosine(s.vector, pool[j].vector)));
      const value = LAMBDA * scores[i] - (1 - LAMBDA) * redundancy;
      if (redundancy <= MAX_OVERLAP && value > bestValue) {
        best = i;
        bestValue = value;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    words += pool[best].words;
  }
  return chosen;
}

/** The story's paragraphs, without those printed twice (a photo's caption, a pull quote). */
function storyParagraphs(text: string): string[] {
  // Soft hyphens and zero-width marks are invisible in the page but split words in the text.
  const clean = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  // A list item's number is no part of its sentence.
  const paragraphs = clean.split(/\n{2,}/).map((p) => withoutListNumber(p.trim())).filter(Boolean);
  const seen = new Map<string, number>();
  for (const p of paragraphs) seen.set(p, (seen.get(p) ?? 0) + 1);
  return paragraphs.filter((p) => seen.get(p) === 1);
}

/**
 * The first sentences that could be in a summary, datelines cut: whole prose sentences of
 * summary size; in a story without any, whatever is not clutter.
 */
function candidates(paragraphs: string[], lang: string | null, vectorOf: (s: string) => TermVector): Sentence[] {
  const strict: Sentence[] = [];
  const lenient: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const [i, raw] of splitSentences(paragraph.slice(0, MAX_PARAGRAPH_CHARS), lang).entries()) {
      const text = i === 0 ? stripDateline(raw) : raw;
      if (isClutter(text) || isQuestion(text)) continue;
      const words = countWords(text);
      const sentence = { text, words, vector: vectorOf(text) };
      if (words >= MIN_SENTENCE_WORDS && words <= MAX_WORDS && endsAsProse(text)) strict.push(sentence);
      else if (lenient.length < MAX_CANDIDATES) lenient.push(sentence);
    }
    if (strict.length >= MAX_CANDIDATES) break;
  }
  return (strict.length > 0 ? strict : lenient).slice(0, MAX_CANDIDATES);
}

function normalize(values: number[]): number[] {
  const max = Math.max(...values);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}
