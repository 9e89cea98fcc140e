import { Dexie, type EntityTable } from 'dexie';
import type { Brief } from '../brief';

/** The `sift` database. Bodies are stored unindexed; only queried fields are indexed. */
export type SiftDb = Dexie & { briefs: EntityTable<Brief, 'id'> };

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
  return db;
}
