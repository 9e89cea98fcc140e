import type { Brief } from '../brief';
import type { SiftDb } from '../db/db';
import { mirroredTables, putMirrors } from '../db/mirrors';
import { mergeBriefs } from './merge';
import { stableStringify } from './stable-json';
import type { ImportedBrief } from './types';

export interface StoreReport {
  added: number;
  updated: number;
  /** Already stored exactly so: importing the same file twice changes nothing. */
  unchanged: number;
  /** Why storing stopped; what was counted before it is stored, nothing after. */
  error: string | null;
}

export interface StoreOptions {
  now: number;
  chunkSize?: number;
  onProgress?(done: number, total: number): void;
}

/**
 * Stores imported briefs (and their list entries and search words) in chunks, one transaction per chunk
 * (bulkPut), merging each with the brief already stored for its canonical URL. A failed
 * chunk is rolled back whole and stops the import; the chunks before it stay stored.
 */
export async function storeImports(db: SiftDb, briefs: ImportedBrief[], opts: StoreOptions): Promise<StoreReport> {
  const report: StoreReport = { added: 0, updated: 0, unchanged: 0, error: null };
  const size = opts.chunkSize ?? 1000;
  const usedIds = new Set<number>();
  for (let start = 0; start < briefs.length; start += size) {
    const chunk = briefs.slice(start, start + size);
    try {
      const counts = await db.transaction('rw', mirroredTables(db), () => storeChunk(db, chunk, usedIds, opts.now));
      report.added += counts.added;
      report.updated += counts.updated;
      report.unchanged += counts.unchanged;
    } catch (err) {
      report.error = describeWriteError(err);
      return report;
    }
    opts.onProgress?.(Math.min(start + size, briefs.length), briefs.length);
  }
  return report;
}

async function storeChunk(db: SiftDb, chunk: ImportedBrief[], usedIds: Set<number>, now: number) {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const stored = await db.briefs.where('canonicalUrl').anyOf(chunk.map((b) => b.canonicalUrl)).toArray();
  const byUrl = new Map(stored.map((brief) => [brief.canonicalUrl, brief]));
  // A Sift export keeps its ids; they are reused when free, so a restore gives back the same data.
  const asked = chunk.map((b) => b.id).filter((id): id is number => id !== undefined);
  const taken = new Set(asked.length ? await db.briefs.where('id').anyOf(asked).primaryKeys() : []);
  const writes: Array<Brief | Omit<Brief, 'id'>> = [];
  for (const brief of chunk) {
    const existing = byUrl.get(brief.canonicalUrl);
    if (existing) {
      // Only a real change counts: the stored brief's updatedAt says when Sift last changed it.
      const merged = { ...mergeBriefs(existing, brief), updatedAt: existing.updatedAt };
      if (stableStringify(merged) === stableStringify(existing)) counts.unchanged += 1;
      else {
        writes.push({ ...merged, updatedAt: now });
        counts.updated += 1;
      }
      continue;
    }
    const { id, ...rest } = brief;
    const keepId = id !== undefined && !taken.has(id) && !usedIds.has(id);
    if (keepId) usedIds.add(id);
    writes.push(keepId ? { ...brief, id } : rest);
    counts.added += 1;
  }
  // The list reads the story-free mirror and the search words, so they are written in the same transaction.
  const ids = await db.briefs.bulkPut(writes as Brief[], { allKeys: true });
  await putMirrors(db, writes.map((brief, i) => ({ ...brief, id: ids[i] }) as Brief));
  return counts;
}

/** A sentence for the user; a full disk is the one failure worth naming. */
export function describeWriteError(err: unknown): string {
  const names = [err, (err as { inner?: unknown })?.inner, ...((err as { failures?: unknown[] })?.failures ?? [])].map(
    (e) => (e as { name?: string } | undefined)?.name,
  );
  return names.includes('QuotaExceededError')
    ? 'Your browser is out of storage space for Sift.'
    : `Sift could not store the briefs (${(err as Error)?.message ?? String(err)}).`;
}
