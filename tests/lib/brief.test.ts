import { describe, expect, it } from 'vitest';
import { readerText } from '../../lib/brief';

describe('readerText', () => {
  it('gives the standfirst, then the body, as the reader shows them', () => {
    expect(readerText({ text: 'The story.', standfirst: 'The dek.' })).toBe('The dek.\n\nThe story.');
  });

  it('gives the body alone when there is no standfirst', () => {
    expect(readerText({ text: 'The story.' })).toBe('The story.');
    expect(readerText({ text: 'The story.', standfirst: '' })).toBe('The story.');
  });
});
