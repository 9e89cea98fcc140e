import type { FetchProgress } from './fetch-queue';

/** storage.local key of the "Fetch articles" job: the background writes it, pages read it. */
export const FETCH_STATE_KEY = 'fetchLinks';

/** The job as pages show it; `running` stays true across a browser restart so the job resumes. */
export interface FetchState extends FetchProgress {
  running: boolean;
}

export function isFetchState(value: unknown): value is FetchState {
  const v = value as FetchState | null;
  return typeof v?.running === 'boolean' && typeof v.total === 'number' && typeof v.done === 'number' && Array.isArray(v.failed);
}
