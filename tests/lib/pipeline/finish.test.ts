import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../../lib/brief';
import { finishBrief } from '../../../lib/pipeline/finish';

const raw: RawArticle = {
  url: 'https://example.com/a',
  canonicalUrl: 'https://example.com/a',
  title: 'Floods hit the valley',
  byline: null,
  siteName: 'Example',
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  text: 'Record floods swept through the river valley overnight, and the new defences held.\n\nNo one was hurt, the mayor said on Tuesday.',
  html: '',
  leadImage: null,
  related: [],
};

describe('finishBrief', () => {
  it('adds the summary, counts and a detected language', () => {
    const brief = finishBrief(raw);
    expect(brief.lang).toBe('en');
    expect(brief.summary[0]).toBe('Record floods swept through the river valley overnight, and the new defences held.');
    expect(brief.wordCount).toBe(22);
    expect(brief.readingMinutes).toBe(1);
    expect(brief).toMatchObject({ kind: 'article', tags: [] });
  });

  it('reads the standfirst with the story: counted, and a candidate for the summary', () => {
    const standfirst = 'Record floods swept through the river valley, yet the new defences held and no one was hurt.';
    const brief = finishBrief({ ...raw, standfirst, text: 'Water rose to the top of the walls overnight.\n\nThe mayor said on Tuesday that repairs would start soon.' });
    expect(brief.wordCount).toBe(17 + 19);
    expect(brief.summary).toContain(standfirst);
    expect(brief.standfirst).toBe(standfirst);
  });

  it('keeps a declared language and gives a bookmark no summary', () => {
    const brief = finishBrief({ ...raw, lang: 'en-GB' }, 'bookmark');
    expect(brief.lang).toBe('en-GB');
    expect(brief.summary).toEqual([]);
  });
});
