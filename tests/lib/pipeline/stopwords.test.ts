import { describe, expect, it } from 'vitest';
import { STOPWORD_LANGUAGES, stopwordsFor } from '../../../lib/pipeline/stopwords';

describe('stopwordsFor', () => {
  it('has lists for the common news languages', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru']) expect(STOPWORD_LANGUAGES).toContain(lang);
    expect(stopwordsFor('en').has('the')).toBe(true);
    expect(stopwordsFor('de').has('und')).toBe(true);
    expect(stopwordsFor('fr').has('les')).toBe(true);
  });

  it('reads regional tags and aliases, and is empty for other languages', () => {
    expect(stopwordsFor('de-AT').has('der')).toBe(true);
    expect(stopwordsFor('no').size).toBeGreaterThan(0);
    expect(stopwordsFor('ja').size).toBe(0);
    expect(stopwordsFor(null).size).toBe(0);
  });
});
