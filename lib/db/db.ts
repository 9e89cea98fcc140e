import { Dexie, type EntityTable } from 'dexie';
import type { Brief } from '../brief';
import { toEntry, type ListEntry } from './entries';
import { briefWords, type IndexedWords } from '../search/words';
import type { SavedWordIndex } from './search-words';

/**
 * The `sift` database. Bodies are stored unindexed; only queried fields are indexed.
 * `entries` mirrors each brief without its story, so the reading list never loads bodies;
 * `words` holds each brief's distinct words, what the list's search index is built from, and
 * `wordIndex` the last index built, so the panel need not build it each time it opens.
 */
export type SiftDb = Dexie & {
  briefs: EntityTable<Brief, 'id'>;
  entries: EntityTable<ListEntry, 'id'>;
  words: EntityTable<IndexedWords, 'id'>;
  wordIndex: EntityTable<SavedWordIndex, 'id'>;
};

export const DB_NAME = 'sift';

/** Opens (lazily) the database. Never call this from a content script: there IndexedDB is the page's. */
export function openDb(name = DB_NAME): SiftDb {
  const db = new Dexie(name) as SiftDb;
  db.version(1).stores({ briefs: '++id, &canonicalUrl, savedAt, updatedAt, *tags' });
  // v2: every brief has a highlights list. Never edit a version once it has shipped; add one.
  db.version(2)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('briefs')
        .toCollection()
        .modify((brief: Partial<Brief>) => {
          brief.highlights ??= [];
        }),
    );
  // v3: the list's compact mirror of every brief, filled from the briefs already stored.
  db.version(3)
    .stores({ entries: 'id, savedAt' })
    .upgrade(async (tx) => {
      await tx.table('briefs').each((brief: Brief) => tx.table('entries').put(toEntry(brief)));
    });
  // v4: the search words of every brief, made from the briefs already stored, and the saved index.
  db.version(4)
    .stores({ words: 'id, at', wordIndex: 'id' })
    .upgrade(async (tx) => {
      await tx.table('briefs').each((brief: Brief) => tx.table('words').put(briefWords(brief)));
    });
  return db;
}
