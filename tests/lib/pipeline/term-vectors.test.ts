import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../../../lib/pipeline/stopwords';
import { contentTerms, cosine, cosineToRest, countVector, inverseFrequencies, tfidfVector } from '../../../lib/pipeline/term-vectors';

describe('contentTerms', () => {
  it('keeps lowercased content words and drops stopwords', () => {
    expect(contentTerms('The Minister said the budget is late.', stopwordsFor('en'))).toEqual(['minister', 'budget', 'late']);
  });

  it('gives character pairs for text without spaces', () => {
    expect(contentTerms('台风登陆', new Set())).toEqual(['台风', '风登', '登陆']);
  });
});

describe('vectors', () => {
  const documents = [['kursk', 'ukraine'], ['kursk', 'russia'], ['weather', 'rain']];
  const idf = inverseFrequencies(documents);
  const vectors = documents.map((terms) => tfidfVector(terms, idf, documents.length));
  const total = tfidfVector(documents.flat(), idf, documents.length);

  it('weighs rare terms above common ones', () => {
    expect(idf.get('ukraine')).toBeGreaterThan(idf.get('kursk')!);
    expect(tfidfVector(['unseen'], idf, 3).norm).toBeCloseTo(Math.log(4));
  });

  it('scores shared terms above unrelated ones', () => {
    expect(cosine(vectors[0], vectors[1])).toBeGreaterThan(0);
    expect(cosine(vectors[0], vectors[2])).toBe(0);
    expect(cosine(vectors[0], vectors[0])).toBeCloseTo(1);
  });

  it('compares a sentence with the rest of the story, not with itself', () => {
    expect(cosineToRest(vectors[2], total)).toBeCloseTo(0);
    const rest = tfidfVector([...documents[1], ...documents[2]], idf, 3);
    expect(cosineToRest(vectors[0], total)).toBeCloseTo(cosine(vectors[0], rest));
  });

  it('handles empty vectors', () => {
    expect(cosine(countVector([]), countVector(['a']))).toBe(0);
  });
});
