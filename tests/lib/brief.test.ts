import { describe, expect, it } from 'vitest';
import { readerText, withoutOptionalStory } from '../../lib/brief';

describe('readerText', () => {
  it('gives the standfirst, then the body, as the reader shows them', () => {
    expect(readerText({ text: 'The story.', standfirst: 'The dek.' })).toBe('The dek.\n\nThe story.');
  });

  it('gives the body alone when there is no standfirst', () => {
    expect(readerText({ text: 'The story.' })).toBe('The story.');
    expect(readerText({ text: 'The story.', standfirst: '' })).toBe('The story.');
  });
});

describe('withoutOptionalStory', () => {
  it('leaves out what an extraction says only when it holds, and keeps the rest', () => {
    const signed = { title: 'A', text: 'B', standfirst: 'C', teaserOnly: true as const };
    expect(withoutOptionalStory(signed)).toEqual({ title: 'A', text: 'B' });
    expect(signed.standfirst).toBe('C');
  });
});
