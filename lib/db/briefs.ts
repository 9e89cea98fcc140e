import { withoutOptionalStory, type Brief, type Highlight, type NewBrief } from '../brief';
import type { SiftDb } from './db';
import { deleteMirrors, mirroredTables, putMirrors } from './mirrors';

export interface SaveResult {
  brief: Brief;
  /** False when the save updated a brief that was already stored for the same canonical URL. */
  created: boolean;
}

/**
 * Stores a brief, or updates the one already saved for its canonical URL. The user's own
 * state (tags, read, archived, favorite, first save time) survives a re-save.
 */
export async function saveBrief(db: SiftDb, brief: NewBrief, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', mirroredTables(db), async () => {
    const existing = await db.briefs.where('canonicalUrl').equals(brief.canonicalUrl).first();
    if (existing) return { brief: await updateBrief(db, existing, brief, now), created: false };
    const fresh = {
      ...brief,
      highlights: mergeHighlights([], brief.highlights ?? []),
      savedAt: now,
      updatedAt: now,
      readAt: null,
      archived: false,
      favorite: false,
    };
    const id = await db.briefs.add(fresh as Brief);
    await putMirrors(db, [{ ...fresh, id } as Brief]);
    return { brief: { ...fresh, id }, created: true };
  });
}

/**
 * `existing` with a newer extraction of its page: the new story and metadata, the user's own
 * state (tags combined, highlights merged, read, archived, favorite, first save time) kept.
 * Call it inside a transaction over the mirrored tables.
 */
export async function updateBrief(db: SiftDb, existing: Brief, brief: NewBrief, now: number): Promise<Brief> {
  const updated: Brief = {
    ...withoutOptionalStory(existing),
    ...brief,
    id: existing.id,
    tags: [...new Set([...existing.tags, ...brief.tags])],
    highlights: mergeHighlights(existing.highlights, brief.highlights ?? []),
    savedAt: existing.savedAt,
    updatedAt: now,
  };
  await Promise.all([db.briefs.put(updated), putMirrors(db, [updated])]);
  return updated;
}

/** Both lists, each passage once (the first copy wins). */
export function mergeHighlights(kept: Highlight[], added: Highlight[]): Highlight[] {
  const seen = new Set(kept.map((h) => h.text));
  return [...kept, ...added.filter((h) => !seen.has(h.text) && seen.add(h.text))];
}

/** Briefs, newest first. */
export function listBriefs(db: SiftDb, limit = Infinity): Promise<Brief[]> {
  const query = db.briefs.orderBy('savedAt').reverse();
  return (Number.isFinite(limit) ? query.limit(limit) : query).toArray();
}

export function getBrief(db: SiftDb, id: number): Promise<Brief | undefined> {
  return db.briefs.get(id);
}

export function findBriefByUrl(db: SiftDb, canonicalUrl: string): Promise<Brief | undefined> {
  return db.briefs.where('canonicalUrl').equals(canonicalUrl).first();
}

/** What the reader and the list may change on a stored brief. */
export type BriefChanges = Partial<
  Pick<Brief, 'archived' | 'favorite' | 'readAt' | 'tags' | 'readingProgress' | 'aiKeyPoints' | 'aiMethod'>
>;

const READER_ONLY = new Set(['readingProgress', 'aiKeyPoints', 'aiMethod']);

/** Applies the same changes to each brief (one or a selection), keeping the list's mirror in step. */
export async function updateBriefs(db: SiftDb, ids: number[], changes: BriefChanges): Promise<void> {
  await db.transaction('rw', mirroredTables(db), async () => {
    const briefs = await db.briefs.bulkGet(ids);
    const updated = briefs.filter((b): b is Brief => b !== undefined).map((b) => ({ ...b, ...changes }));
    await db.briefs.bulkPut(updated);
    // Reading progress and AI key points are not in the list: leave the entries (and the list) alone.
    if (Object.keys(changes).some((key) => !READER_ONLY.has(key))) await putMirrors(db, updated);
  });
}

/** Deletes briefs and returns them, so that "Undo" can put them back as they were. */
export async function deleteBriefs(db: SiftDb, ids: number[]): Promise<Brief[]> {
  return db.transaction('rw', mirroredTables(db), async () => {
    const briefs = (await db.briefs.bulkGet(ids)).filter((b): b is Brief => b !== undefined);
    await Promise.all([db.briefs.bulkDelete(ids), deleteMirrors(db, ids)]);
    return briefs;
  });
}

export async function deleteBrief(db: SiftDb, id: number): Promise<void> {
  await deleteBriefs(db, [id]);
}

/** Puts deleted briefs back with their ids and state (the undo of deleteBriefs). */
export async function restoreBriefs(db: SiftDb, briefs: Brief[]): Promise<void> {
  await db.transaction('rw', mirroredTables(db), () => Promise.all([db.briefs.bulkPut(briefs), putMirrors(db, briefs)]));
}

/** Every tag in use, sorted: suggestions for the tag editor, read from the index alone. */
export async function listTags(db: SiftDb): Promise<string[]> {
  return (await db.briefs.orderBy('tags').uniqueKeys()).map(String);
}
