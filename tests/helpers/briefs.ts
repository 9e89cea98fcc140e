import type { NewBrief, RawArticle } from '../../lib/brief';
import type { ListEntry } from '../../lib/db/entries';

/** A plain extracted article with sensible defaults; override what a test is about. */
export function makeRawArticle(overrides: Partial<RawArticle> = {}): RawArticle {
  return {
    url: 'https://news.example.com/world/story',
    canonicalUrl: 'https://news.example.com/world/story',
    title: 'A headline',
    byline: 'A. Reporter',
    siteName: 'Example News',
    publishedTime: '2024-08-13T21:30:00Z',
    lang: 'en',
    dir: null,
    excerpt: null,
    text: 'First sentence of the story. Second sentence.\n\nA second paragraph follows here.',
    html: '<p>First sentence of the story. Second sentence.</p><p>A second paragraph follows here.</p>',
    leadImage: null,
    related: [],
    ...overrides,
  };
}

export function makeNewBrief(overrides: Partial<NewBrief> = {}): NewBrief {
  return { ...makeRawArticle(), kind: 'article', summary: ['First sentence of the story.'], wordCount: 12, readingMinutes: 1, tags: [], ...overrides };
}

/** A reading-list entry, `Story ID`, saved at time `id`; override what a test is about. */
export function makeEntry(id: number, overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    id,
    url: `https://news.example.com/${id}`,
    title: `Story ${id}`,
    siteName: 'Example News',
    byline: null,
    kind: 'article',
    summary: ['A first sentence.'],
    tags: [],
    readingMinutes: 3,
    wordCount: 600,
    savedAt: id,
    readAt: null,
    archived: false,
    favorite: false,
    ...overrides,
  };
}

let counter = 0;
/** A database name no other test uses, so each test starts empty. */
export function freshDbName(): string {
  counter += 1;
  return `sift-test-${process.pid}-${counter}`;
}
