import { useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import { buildWordIndex, REBUILD_AFTER } from '../lib/db/search-words';
import { describeProblem, importFile, type ImportReport } from '../lib/io/run-import';

// A long list of bad rows helps nobody; the first ones show what went wrong.
const PROBLEMS_SHOWN = 50;

interface Props {
  db: SiftDb;
  parseHtml(html: string): Document;
  onImported(): void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string; done?: number; total?: number }
  | { step: 'storing'; name: string; done: number; total: number }
  | { step: 'done'; report: ImportReport };

/** Picks an export file, imports it with a progress bar, then says what was stored and what was skipped. */
export function ImportPanel({ db, parseHtml, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'reading' || state.step === 'storing';

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    let report: ImportReport;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      report = await importFile(db, { name: file.name, bytes }, {
        parseHtml,
        now: Date.now(),
        // A timer turn lets the page paint the bar before the importer reads on.
        onReadProgress: (done, total) => {
          setState({ step: 'reading', name: file.name, done, total });
          return new Promise((resolve) => setTimeout(resolve, 0));
        },
        onProgress: (done, total) => setState({ step: 'storing', name: file.name, done, total }),
      });
    } catch {
      // The file went away or could not be read from disk; nothing was stored.
      report = { format: null, read: 0, added: 0, updated: 0, unchanged: 0, problems: [], error: `Sift could not read ${file.name}.` };
    }
    input.value = '';
    setState({ step: 'done', report });
    onImported();
    // With this many new briefs the reading list would build its search index again when it
    // opens (14 s at 50,000 here), and search would wait: it is built and saved now instead.
    if (report.added + report.updated > REBUILD_AFTER) {
      buildWordIndex(db).catch((err) => console.error('Sift: building the search index failed', err));
    }
  }

  return (
    <section class="io-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p class="muted">
        Pocket (pocket.zip or ril_export.html), Instapaper CSV, Omnivore zip, browser bookmarks or a Sift backup. Sift
        tells the format from the file. Articles already saved are merged, never doubled.
      </p>
      <label class="io-file">
        <span>Choose an export file…</span>
        <input type="file" accept=".zip,.csv,.html,.htm,.json" disabled={busy} onChange={pick} />
      </label>
      {busy && <ImportProgress state={state} />}
      {state.step === 'done' && <ImportResult report={state.report} />}
    </section>
  );
}

function ImportProgress({ state }: { state: Extract<State, { step: 'reading' | 'storing' }> }) {
  const { done, total } = state;
  const label =
    state.step === 'storing'
      ? `Stored ${state.done} of ${state.total}`
      : total
        ? `Reading ${state.name}: ${done} of ${total} items`
        : `Reading ${state.name}…`;
  return (
    <div class="io-progress">
      <progress value={total ? done : undefined} max={total || undefined} aria-label={`Importing ${state.name}`} />
      <span class="muted">{label}</span>
    </div>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const stored = report.added + report.updated;
  const summary = `${report.format ?? 'Import'}: ${report.added} new, ${report.updated} merged, ${report.unchanged} already here.`;
  return (
    <div class="io-result">
      {report.format && <p role="status">{summary}</p>}
      {report.error && (
        <p role="alert" class="notice notice--error">
          {report.error}
          {report.format && ` ${stored} of ${report.read} briefs were stored; the rest were not.`}
        </p>
      )}
      {report.problems.length > 0 && (
        <details open={report.problems.length <= 10}>
          <summary>{report.problems.length} skipped</summary>
          <ul class="io-problems">
            {report.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
              <li>{describeProblem(problem)}</li>
            ))}
            {report.problems.length > PROBLEMS_SHOWN && <li class="muted">and {report.problems.length - PROBLEMS_SHOWN} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
