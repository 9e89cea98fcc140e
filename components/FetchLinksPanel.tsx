import { useEffect, useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import { linkJobs } from '../lib/io/fetch-links';
import type { FetchState } from '../lib/io/fetch-state';

interface Props {
  db: SiftDb;
  /** The job's last reported state, or null before any run. */
  state: FetchState | null;
  /** Starts the job; called from the click, so the page may ask for site access first. */
  start(): void;
  /** Changes when links may have come or gone (after an import), to count them again. */
  refreshKey: number;
}

const FAILURES_SHOWN = 50;

/** "Fetch articles": turns imported and saved links into full briefs, with progress and failures. */
export function FetchLinksPanel({ db, state, start, refreshKey }: Props) {
  // Counted on demand, not as a live query: a live one would rescan every entry after each
  // chunk an import writes, and slow the import down.
  const [waiting, setWaiting] = useState<number | undefined>(undefined);
  useEffect(() => {
    void linkJobs(db).then((jobs) => setWaiting(jobs.length));
  }, [refreshKey, state?.done, state?.failed.length, state?.running]);
  const running = state?.running ?? false;
  return (
    <section class="io-section" aria-labelledby="fetch-heading">
      <h2 id="fetch-heading">Fetch articles</h2>
      <p class="muted">
        {waiting === undefined
          ? 'Counting saved links…'
          : `${waiting} saved ${waiting === 1 ? 'link has' : 'links have'} no article yet. Sift can fetch them and make full briefs, a few at a time.`}
      </p>
      <button type="button" disabled={running || !waiting} onClick={start}>
        {running ? 'Fetching…' : 'Fetch articles'}
      </button>
      {state && state.total > 0 && (
        <div class="io-progress">
          <progress max={state.total} value={state.done + state.failed.length} aria-label="Fetched articles" />
          <span class="muted" role="status">
            {state.done} of {state.total} fetched{state.failed.length ? `, ${state.failed.length} failed` : ''}
            {running ? '' : ' — finished'}
          </span>
        </div>
      )}
      {state && state.failed.length > 0 && (
        <ul class="io-problems" aria-label="Links that could not be fetched">
          {state.failed.slice(0, FAILURES_SHOWN).map((failure) => (
            <li key={failure.id}>
              {failure.url}: {failure.reason}
            </li>
          ))}
          {state.failed.length > FAILURES_SHOWN && <li class="muted">and {state.failed.length - FAILURES_SHOWN} more</li>}
        </ul>
      )}
    </section>
  );
}
