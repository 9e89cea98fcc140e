import { STOPWORD_LANGUAGES, stopwordsFor } from './stopwords';

// Scripts that name their language outright; Han text with kana in it is Japanese.
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff\u3400-\u9fff]/g, 'zh'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0e00-\u0e7f]/g, 'th'],
];
// Enough words to tell languages apart; reading further only costs time.
const SAMPLE_WORDS = 400;
// Below this many stopword hits the guess is noise.
const MIN_HITS = 5;

const locales = new Map<string, string | undefined>();

/** A BCP 47 tag `Intl` accepts, or undefined for a missing or malformed one. */
export function toLocale(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  if (!locales.has(lang)) locales.set(lang, canonicalize(lang));
  return locales.get(lang);
}

function canonicalize(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The page's declared language when it has a usable one, else one detected from the text. */
export function resolveLanguage(declared: string | null, text: string): string | null {
  return toLocale(declared) ?? detectLanguage(text);
}

/**
 * Guesses a text's language (ISO 639-1): by script where the script tells, else by which
 * language's stopwords occur most often. Null when the text gives too little to go on.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [pattern, lang] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count === 0 || count < letters * 0.3) continue;
    const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
    return lang === 'zh' && kana > count * 0.05 ? 'ja' : lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  let best: string | null = null;
  let bestHits = MIN_HITS - 1;
  for (const lang of STOPWORD_LANGUAGES) {
    const stopwords = stopwordsFor(lang);
    let hits = 0;
    for (const word of words) if (stopwords.has(word)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
