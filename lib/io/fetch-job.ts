import { browser } from 'wxt/browser';
import type { SiftDb } from '../db/db';
import { originPattern } from '../menus';
import { fetchLinks } from './fetch-links';
import { FETCH_STATE_KEY, isFetchState, type FetchState } from './fetch-state';

let current: Promise<FetchState> | null = null;

/**
 * Runs "Fetch articles" in the background, one job at a time, writing its state to
 * storage.local for the pages to show. The state says `running` until the job ends, so a job
 * cut short (the browser closed, the worker stopped) is taken up again by `resumeFetchJob`.
 */
export function startFetchJob(db: SiftDb): Promise<FetchState> {
  current ??= run(db).finally(() => {
    current = null;
  });
  return current;
}

/** Takes up a job that was still running when the background last stopped. */
export async function resumeFetchJob(db: SiftDb): Promise<void> {
  const stored = (await browser.storage.local.get(FETCH_STATE_KEY))[FETCH_STATE_KEY];
  if (isFetchState(stored) && stored.running) await startFetchJob(db);
}

async function run(db: SiftDb): Promise<FetchState> {
  const save = (state: FetchState) => browser.storage.local.set({ [FETCH_STATE_KEY]: state });
  await save({ running: true, total: 0, done: 0, failed: [] });
  const progress = await fetchLinks(db, {
    fetch: (input, init) => fetch(input, init),
    hasAccess: hasSiteAccess,
    onProgress: (p) => void save({ ...p, running: true }),
  });
  const state = { ...progress, running: false };
  await save(state);
  return state;
}

async function hasSiteAccess(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin !== null && browser.permissions.contains({ origins: [origin] });
}
