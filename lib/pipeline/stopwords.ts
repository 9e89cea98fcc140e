import { ces, dan, deu, eng, fin, fra, hun, ita, nld, nob, pol, por, ron, rus, spa, swe, tur, ukr } from 'stopword';

// From the `stopword` package (MIT, maintained since 2016, one ES module per language): the
// bundler keeps only the lists named here, 46 KB minified (14 KB gzipped) of its 216 KB,
// for the languages most news is written in.
const LISTS: Record<string, readonly string[]> = {
  en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld, pl: pol, sv: swe, da: dan,
  nb: nob, fi: fin, cs: ces, ro: ron, hu: hun, tr: tur, ru: rus, uk: ukr,
};

const cache = new Map<string, ReadonlySet<string>>();

/** Languages (ISO 639-1) that have a stopword list. */
export const STOPWORD_LANGUAGES = Object.keys(LISTS);

/** Stopwords of a language (`de`, `de-AT`, `no` → `nb`); empty for languages without a list. */
export function stopwordsFor(lang: string | null): ReadonlySet<string> {
  const base = lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  const key = base === 'no' || base === 'nn' ? 'nb' : base;
  let set = cache.get(key);
  if (!set) {
    set = new Set((LISTS[key] ?? []).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
