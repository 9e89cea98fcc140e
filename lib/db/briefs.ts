import type { Brief, Highlight, NewBrief } from '../brief';
import type { SiftDb } from './db';

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
  return db.transaction('rw', db.briefs, async () => {
    const existing = await db.briefs.where('canonicalUrl').equals(brief.canonicalUrl).first();
    if (existing) {
      const updated: Brief = {
        ...existing,
        ...brief,
        id: existing.id,
        tags: [...new Set([...existing.tags, ...brief.tags])],
        highlights: mergeHighlights(existing.highlights, brief.highlights ?? []),
        savedAt: existing.savedAt,
        updatedAt: now,
      };
      await db.briefs.put(updated);
      return { brief: updated, created: false };
    }
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
    return { brief: { ...fresh, id }, created: true };
  });
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

export function deleteBrief(db: SiftDb, id: number): Promise<void> {
  return db.briefs.delete(id);
}
