import { withChanges } from '../search/find-words';
import { createIndexBuilder, type WordIndex } from '../search/word-index';
import type { IndexedWords } from '../search/words';
import type { SiftDb } from './db';

/** The last index built, as stored: structured clone keeps its typed arrays and maps as they are. */
export interface SavedWordIndex {
  id: 'words';
  /** Bumped when the index's shape or the word splitting changes: an older one is built again. */
  format: number;
  builtAt: number;
  index: Omit<WordIndex, 'changed'>;
}

const FORMAT = 1;

/** Briefs written since the index was built are searched one by one; past this many, building again is quicker. */
export const REBUILD_AFTER = 2000;

/** The stored word rows (see briefWords) in id order, a chunk at a time, so the panel stays responsive while it reads. */
export async function eachSearchWords(db: SiftDb, onChunk: (rows: IndexedWords[]) => void, chunk = 2000): Promise<void> {
  for (let after = -Infinity; ; ) {
    const rows = await db.words.where(':id').above(after).limit(chunk).toArray();
    if (rows.length === 0) return;
    onChunk(rows);
    after = rows[rows.length - 1].id;
  }
}

/** Builds the index from every word row and saves it (in the background) for the next time. */
export async function buildWordIndex(db: SiftDb): Promise<WordIndex> {
  // Rows written while this reads have `at` at or after it: the next load takes them up again.
  const builtAt = Date.now();
  // Marks for bench:list, which lets a panel finish saving before it opens the next.
  performance.mark('sift:index-build');
  const builder = createIndexBuilder();
  await eachSearchWords(db, (rows) => rows.forEach(builder.add));
  const { changed, ...index } = builder.finish();
  db.wordIndex
    .put({ id: 'words', format: FORMAT, builtAt, index })
    .then(() => performance.mark('sift:index-saved'))
    .catch((err) => console.error('Sift: saving the search index failed', err));
  return { ...index, changed };
}

/**
 * The search index: the saved one with the briefs written since it was built, or (when there is
 * none, it is of an older format or too much changed) a new one.
 */
export async function readWordIndex(db: SiftDb): Promise<WordIndex> {
  const saved = await db.wordIndex.get('words');
  if (!saved || saved.format !== FORMAT) return buildWordIndex(db);
  const since = await db.words.where('at').aboveOrEqual(saved.builtAt).toArray();
  if (since.length > REBUILD_AFTER) return buildWordIndex(db);
  const index = { ...saved.index, changed: new Map() };
  return withChanges(index, since.map((row) => [row.id, row]));
}
