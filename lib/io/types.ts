import type { Brief } from '../brief';

/** A brief read from an export file: everything a stored brief has, the id only when the file kept one. */
export type ImportedBrief = Omit<Brief, 'id'> & { id?: number };

/** A row or item that could not be imported, and why; `line` is 1-based in `file`. */
export interface ImportProblem {
  reason: string;
  line?: number;
  /** The entry inside a zip, when the export has several files. */
  file?: string;
  /** The 1-based position of the item, for formats without useful line numbers (JSON). */
  item?: number;
}

export interface ParsedImport {
  briefs: ImportedBrief[];
  problems: ImportProblem[];
}

/** What importers and exporters get from their host: the HTML parser (DOMParser or linkedom) and the clock. */
export interface IoContext {
  parseHtml(html: string): Document;
  now: number;
}

/** The file the user picked, opened once: zip entries when it is a zip, else its text. */
export interface ImportSource {
  name: string;
  /** Zip entries by path; null when the file is not a zip. */
  entries: Record<string, Uint8Array> | null;
  /** The file as text (UTF-8); empty for a zip. */
  text: string;
  /** False when the bytes were not valid UTF-8 (bad characters became U+FFFD). */
  validUtf8: boolean;
}

/** What importers get: the host's parser and clock, and a way to show progress while reading. */
export interface ImportContext extends IoContext {
  /**
   * Called now and then by an importer whose reading takes long (a story per item); the
   * importer waits for it, so the page can paint the progress before the next batch.
   */
  onReadProgress?(done: number, total: number): Promise<void> | void;
}

export interface Importer {
  id: string;
  label: string;
  /** Recognises the format from the file's content, never from its name alone. */
  detect(source: ImportSource): boolean;
  read(source: ImportSource, ctx: ImportContext): Promise<ParsedImport>;
}

export interface Exporter {
  id: string;
  label: string;
  extension: string;
  mimeType: string;
  write(briefs: Brief[], ctx: IoContext): string | Uint8Array;
}
