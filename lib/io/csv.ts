import Papa from 'papaparse';
import type { ImportProblem } from './types';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Values by header name, so files whose columns differ (with or without `cursor`) read alike. */
  values: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  problems: ImportProblem[];
}

/**
 * Reads a CSV with a header row (Papa Parse). A row with broken quoting is reported and
 * parsing starts again on the next line, because an unterminated quote would otherwise
 * swallow the rest of the file. Rows of invalid UTF-8 and rows with the wrong number of
 * fields are reported too.
 */
export function readCsv(text: string, opts: { validUtf8: boolean; file?: string }): CsvTable {
  const starts = lineStarts(text);
  const table: CsvTable = { columns: [], rows: [], problems: [] };
  const problem = (line: number, reason: string) => table.problems.push({ line, reason, ...(opts.file ? { file: opts.file } : {}) });
  let line = 1;
  while (line <= starts.length) {
    const parsed = Papa.parse<string[]>(text.slice(starts[line - 1]), { delimiter: ',', header: false });
    const broken = Math.min(...parsed.errors.filter((e) => e.type === 'Quotes').map((e) => e.row ?? Infinity));
    let restart = false;
    for (const [index, fields] of parsed.data.entries()) {
      if (index === broken) {
        problem(line, 'broken quoting');
        line += 1;
        restart = true;
        break;
      }
      const rowLine = line;
      line += 1 + newlinesIn(fields);
      if (fields.length === 1 && fields[0].trim() === '') continue;
      if (!table.columns.length) {
        table.columns = fields.map((name) => name.trim());
      } else if (!opts.validUtf8 && fields.some((field) => field.includes('\uFFFD'))) {
        problem(rowLine, 'not valid UTF-8 text');
      } else if (fields.length !== table.columns.length) {
        problem(rowLine, `${fields.length} fields where the header has ${table.columns.length}`);
      } else {
        const values: Record<string, string> = {};
        table.columns.forEach((name, i) => (values[name] = fields[i]));
        table.rows.push({ line: rowLine, values });
      }
    }
    if (!restart) break;
  }
  return table;
}

/** The first line of a text, for format detection by header. */
export function headerOf(text: string): string[] {
  return (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
}

// Quoted fields may hold line breaks; the next row starts that many lines further down.
function newlinesIn(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count += 1;
  }
  return count;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Orders problems as they appear in the file, for a report the user can follow line by line. */
export function byLine(a: ImportProblem, b: ImportProblem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
