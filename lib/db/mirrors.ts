import type { Brief } from '../brief';
import type { SiftDb } from './db';
import { toEntry } from './entries';
import { briefWords } from '../search/words';

/**
 * Writes what the list keeps beside each brief: its story-free entry and its search words.
 * Every write of a brief goes through here, inside the writer's transaction, so the list and
 * its search index never disagree with the briefs.
 */
export async function putMirrors(db: SiftDb, briefs: Brief[]): Promise<void> {
  await Promise.all([db.entries.bulkPut(briefs.map(toEntry)), db.words.bulkPut(briefs.map((brief) => briefWords(brief)))]);
}

export async function deleteMirrors(db: SiftDb, ids: number[]): Promise<void> {
  await Promise.all([db.entries.bulkDelete(ids), db.words.bulkDelete(ids)]);
}

/** The tables a transaction writing briefs must hold. */
export const mirroredTables = (db: SiftDb) => [db.briefs, db.entries, db.words];
