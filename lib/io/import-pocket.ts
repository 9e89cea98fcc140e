import type { Highlight } from '../brief';
import { canonicalizeUrl } from '../canonical-url';
import { byLine, headerOf, readCsv } from './csv';
import { makeLinkBrief, parseUnixSeconds } from './link-brief';
import { decodeUtf8, entriesMatching } from './source';
import type { ImportedBrief, ImportProblem, Importer, ImportSource, ParsedImport } from './types';

const PART = /^part_\d+\.csv$/;
const ANNOTATIONS = /^part_\d+\.json$/;

/** Pocket's 2025 export: `pocket.zip` with `part_*.csv` and `annotations/part_*.json`, or one part CSV. */
export const pocketImporter: Importer = {
  id: 'pocket',
  label: 'Pocket',
  detect: (source) =>
    source.entries ? entriesMatching(source, PART).length > 0 : isPocketHeader(headerOf(source.text)),
  async read(source, ctx) {
    const result: ParsedImport = { briefs: [], problems: [] };
    const parts: Array<[string | undefined, string, boolean]> = source.entries
      ? entriesMatching(source, PART).map(([path, bytes]) => {
          const { text, validUtf8 } = decodeUtf8(bytes);
          return [path, text, validUtf8];
        })
      : [[undefined, source.text, source.validUtf8]];
    for (const [file, text, validUtf8] of parts) readPart(text, validUtf8, file, result);
    if (source.entries) addAnnotations(source, result, ctx.now);
    return result;
  },
};

function isPocketHeader(columns: string[]): boolean {
  return ['title', 'url', 'time_added', 'status'].every((name) => columns.includes(name));
}

function readPart(text: string, validUtf8: boolean, file: string | undefined, result: ParsedImport): void {
  const table = readCsv(text, { validUtf8, file });
  const problems = [...table.problems];
  const problem = (line: number, reason: string): ImportProblem => ({ line, reason, ...(file ? { file } : {}) });
  for (const { line, values } of table.rows) {
    const savedAt = parseUnixSeconds(values.time_added);
    if (!values.url?.trim()) problems.push(problem(line, 'no URL'));
    else if (savedAt === null) problems.push(problem(line, `bad date "${values.time_added}"`));
    else {
      const brief = makeLinkBrief({
        url: values.url,
        title: values.title,
        savedAt,
        tags: (values.tags ?? '').split('|'),
        archived: values.status === 'archive',
      });
      if (brief) result.briefs.push(brief);
      else problems.push(problem(line, `not a web address: ${values.url}`));
    }
  }
  result.problems.push(...problems.sort(byLine));
}

interface PocketAnnotation {
  url?: string;
  title?: string;
  highlights?: Array<{ quote?: string; created_at?: number | string }>;
}

// Highlights go onto the saved item with the same article URL; an item only highlighted is added.
function addAnnotations(source: ImportSource, result: ParsedImport, now: number): void {
  const byUrl = new Map<string, ImportedBrief>(result.briefs.map((b) => [b.canonicalUrl, b]));
  for (const [path, bytes] of entriesMatching(source, ANNOTATIONS).filter(([p]) => p.includes('annotations/'))) {
    let items: PocketAnnotation[];
    try {
      items = JSON.parse(decodeUtf8(bytes).text);
      if (!Array.isArray(items)) throw new Error('not a list');
    } catch {
      result.problems.push({ file: path, reason: 'not a list of annotations in JSON' });
      continue;
    }
    for (const [index, item] of items.entries()) {
      const key = canonicalizeUrl(item.url ?? '');
      const saved = byUrl.get(key);
      const quotes = (item.highlights ?? []).filter((h) => typeof h.quote === 'string' && h.quote.trim());
      const highlights: Highlight[] = quotes.map((h) => ({
        text: h.quote!.trim(),
        createdAt: highlightTime(h.created_at) ?? saved?.savedAt ?? now,
      }));
      if (saved) {
        saved.highlights.push(...highlights);
        continue;
      }
      const savedAt = highlights.length ? Math.min(...highlights.map((h) => h.createdAt)) : now;
      const brief = makeLinkBrief({ url: item.url ?? '', title: item.title, savedAt, highlights });
      if (!brief) {
        result.problems.push({ file: path, item: index + 1, reason: 'annotation without a web address' });
        continue;
      }
      byUrl.set(key, brief);
      result.briefs.push(brief);
    }
  }
}

// Pocket writes Unix seconds; an ISO date is read too rather than dropped.
function highlightTime(value: number | string | undefined): number | null {
  if (typeof value === 'number') return value > 0 ? value * 1000 : null;
  const time = parseUnixSeconds(value) ?? Date.parse(value ?? '');
  return Number.isNaN(time) ? null : time;
}
