import type { Brief } from '../brief';
import { deleteBriefs, findBriefByUrl, saveBrief, updateBrief } from '../db/briefs';
import type { SiftDb } from '../db/db';
import { mirroredTables } from '../db/mirrors';
import { finishBrief } from '../pipeline/finish';
import { fetchPage } from '../save-link';
import type { PageExtract } from '../save-page';
import { exponentialBackoff, runFetchQueue, type AttemptResult, type FetchJob, type FetchProgress } from './fetch-queue';

export interface FetchLinksOptions {
  fetch: typeof fetch;
  /** Whether Sift may read the URL's site (the optional host permission). */
  hasAccess(url: string): Promise<boolean>;
  onProgress?(progress: FetchProgress): void;
  signal?: AbortSignal;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

// A few requests at a time, one per site: imports can hold thousands of links to one site.
const CONCURRENCY = 4;
const PER_HOST = 1;
const MAX_ATTEMPTS = 3;

/** Every brief still waiting for its article (imported or saved as a link), oldest first. */
export async function linkJobs(db: SiftDb): Promise<FetchJob[]> {
  const links = await db.entries.orderBy('savedAt').filter((entry) => entry.kind === 'link').toArray();
  return links.map(({ id, url }) => ({ id, url }));
}

/**
 * "Fetch articles": turns link briefs into full briefs with the same pipeline as a save.
 * Resumable by design: what is fetched stops being a link, so a rerun takes up the rest.
 */
export function fetchLinks(db: SiftDb, opts: FetchLinksOptions): Promise<FetchProgress> {
  const now = opts.now ?? Date.now;
  return linkJobs(db).then((jobs) =>
    runFetchQueue(jobs, {
      run: (job) => fetchLinkBrief(db, job, opts, now()),
      concurrency: CONCURRENCY,
      perHost: PER_HOST,
      maxAttempts: MAX_ATTEMPTS,
      backoffMs: exponentialBackoff,
      sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      onProgress: opts.onProgress,
      signal: opts.signal,
    }),
  );
}

/** One attempt at one link brief. */
export async function fetchLinkBrief(
  db: SiftDb,
  job: FetchJob,
  opts: Pick<FetchLinksOptions, 'fetch' | 'hasAccess'>,
  now: number,
): Promise<AttemptResult> {
  const brief = await db.briefs.get(job.id);
  if (!brief || brief.kind !== 'link') return { ok: true };
  if (!(await opts.hasAccess(job.url))) return { ok: false, retry: false, reason: 'Sift may not read this site' };
  let result;
  try {
    result = await fetchPage(job.url, opts.fetch);
  } catch (err) {
    const status = Number(/HTTP (\d+)/.exec((err as Error).message)?.[1]);
    // Busy or broken servers and lost connections may recover; a 404 or 410 will not.
    const retry = !status || status === 429 || status === 408 || status >= 500;
    return { ok: false, retry, reason: status ? `the site answered HTTP ${status}` : 'the site could not be reached' };
  }
  if (!result.ok) return { ok: false, retry: false, reason: failureOf(result) };
  await storeFetched(db, brief, finishBrief(result.article), now);
  return { ok: true };
}

// The fetched article takes the link brief's place and keeps what the user gave it. When its
// canonical URL belongs to another stored brief, the two merge into that one.
async function storeFetched(db: SiftDb, link: Brief, fetched: ReturnType<typeof finishBrief>, now: number) {
  await db.transaction('rw', mirroredTables(db), async () => {
    const other = await findBriefByUrl(db, fetched.canonicalUrl);
    if (other && other.id !== link.id) {
      await saveBrief(db, { ...fetched, tags: link.tags, highlights: link.highlights }, now);
      await deleteBriefs(db, [link.id]);
      return;
    }
    await updateBrief(db, link, fetched, now);
  });
}

function failureOf(result: Exclude<PageExtract, { ok: true }>): string {
  if (result.reason === 'not-html') return `not a web page (${result.contentType})`;
  // The budget's own sentence says which limit the page crossed.
  if (result.reason === 'over-budget') return result.message;
  return 'no article on the page';
}
