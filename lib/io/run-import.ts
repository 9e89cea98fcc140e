import type { SiftDb } from '../db/db';
import { detectImporter } from './formats';
import { mergeDuplicates } from './merge';
import { openSource } from './source';
import { storeImports, type StoreReport } from './store-imports';
import type { ImportContext, ImportProblem } from './types';

export interface ImportReport extends StoreReport {
  /** The detected format's label; null when the file was not recognised. */
  format: string | null;
  /** Briefs read from the file after merging its own duplicates. */
  read: number;
  problems: ImportProblem[];
}

export interface ImportOptions extends ImportContext {
  /** Progress of storing, chunk by chunk. */
  onProgress?(done: number, total: number): void;
}

/** Reads an export file in any known format, then stores what it holds, merged with what Sift has. */
export async function importFile(db: SiftDb, file: { name: string; bytes: Uint8Array }, opts: ImportOptions): Promise<ImportReport> {
  const empty = { format: null, read: 0, problems: [], added: 0, updated: 0, unchanged: 0 };
  let source;
  try {
    source = openSource(file.name, file.bytes);
  } catch {
    return { ...empty, error: 'This zip file is damaged; Sift could not open it.' };
  }
  const importer = detectImporter(source);
  if (!importer) {
    return { ...empty, error: 'Sift does not recognise this file. It reads exports of Pocket, Instapaper, Omnivore, browser bookmarks and Sift.' };
  }
  let parsed;
  try {
    parsed = await importer.read(source, opts);
  } catch (err) {
    return { ...empty, format: importer.label, error: `Sift could not read this ${importer.label} file (${(err as Error).message}).` };
  }
  const briefs = mergeDuplicates(parsed.briefs);
  const stored = await storeImports(db, briefs, opts);
  return { ...stored, format: importer.label, read: briefs.length, problems: parsed.problems };
}

/** "line 12", "part_000001.csv line 4", "item 3": where a problem is, for the report. */
export function describeProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line && `line ${problem.line}`, problem.item && `item ${problem.item}`].filter(Boolean).join(' ');
  return where ? `${where}: ${problem.reason}` : problem.reason;
}
