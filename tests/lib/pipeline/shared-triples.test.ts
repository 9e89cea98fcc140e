import { describe, expect, it } from 'vitest';
import { sharedTriples } from '../../../lib/pipeline/shared-triples';

const STORY = 'The council met late on Tuesday to settle a budget that had split the city for months, and the vote surprised everyone who had followed it.';

describe('sharedTriples', () => {
  it('is 1 for text taken from the other text, in part or whole, whatever the case and punctuation', () => {
    expect(sharedTriples(STORY, STORY)).toBe(1);
    expect(sharedTriples('settle a budget that had split the city', `Before. ${STORY} After.`)).toBe(1);
    expect(sharedTriples(STORY.toUpperCase().replace(/,/g, ';'), STORY)).toBe(1);
  });

  it('is 0 for text from elsewhere, and in between for text partly from it', () => {
    const notice = 'This site uses cookies to remember your choices and to measure how the pages are read by visitors.';
    expect(sharedTriples(notice, STORY)).toBe(0);
    const half = sharedTriples(`${STORY} ${notice}`, STORY);
    expect(half).toBeGreaterThan(0.3);
    expect(half).toBeLessThan(0.7);
  });

  it('counts a text too short to have a triple as shared', () => {
    expect(sharedTriples('Two words', STORY)).toBe(1);
  });
});
