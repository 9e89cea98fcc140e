import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/pipeline/html-text';
import { readingMinutes, WORDS_PER_MINUTE } from '../../../lib/pipeline/reading-time';

describe('readingMinutes', () => {
  it('divides by 230 words a minute and rounds up', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });

  it('is never 0', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(5)).toBe(1);
  });

  it('counts CJK text by characters', () => {
    expect(readingMinutes(countWords('台'.repeat(460)))).toBe(2);
  });
});
