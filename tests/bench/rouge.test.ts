import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../bench/rouge';

describe('rouge', () => {
  it('tokenizes lowercased words, CJK by character', () => {
    expect(rougeTokens('Kyiv’s troops, 390 miles!')).toEqual(['kyiv', 's', 'troops', '390', 'miles']);
    expect(rougeTokens('台风 AI')).toEqual(['台', '风', 'ai']);
  });

  it('scores unigram, bigram and LCS overlap as F1', () => {
    const score = rouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(score.rouge1.f).toBeCloseTo(5 / 6);
    expect(score.rouge2.f).toBeCloseTo(3 / 5);
    expect(score.rougeL.f).toBeCloseTo(5 / 6);
    expect(rouge('', 'anything').rouge1.f).toBe(0);
  });
});
