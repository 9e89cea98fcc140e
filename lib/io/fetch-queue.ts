export interface FetchJob {
  id: number;
  url: string;
}

/** How one attempt ended: done, or failed — for now (`retry`) or for good. */
export type AttemptResult = { ok: true } | { ok: false; retry: boolean; reason: string };

export interface FetchFailure extends FetchJob {
  reason: string;
}

export interface FetchProgress {
  total: number;
  done: number;
  failed: FetchFailure[];
}

export interface FetchQueueOptions {
  run(job: FetchJob): Promise<AttemptResult>;
  /** Requests in flight at once, over all sites. */
  concurrency: number;
  /** Requests in flight at once to one host, so no site sees a burst. */
  perHost: number;
  maxAttempts: number;
  /** Wait before attempt n+1 (n ≥ 1). */
  backoffMs(attempt: number): number;
  sleep(ms: number): Promise<void>;
  onProgress?(progress: FetchProgress): void;
  signal?: AbortSignal;
}

/** 2 s, 8 s, 32 s …: slow enough for a site that said 429 or 503 to recover. */
export function exponentialBackoff(attempt: number): number {
  return 2000 * 4 ** (attempt - 1);
}

/**
 * Runs every job at most `maxAttempts` times, `concurrency` at once and `perHost` per host.
 * A job that throws counts as a failure worth retrying. Stops starting jobs when `signal`
 * aborts; the jobs not started are neither done nor failed, so a later run picks them up.
 */
export async function runFetchQueue(jobs: FetchJob[], opts: FetchQueueOptions): Promise<FetchProgress> {
  const progress: FetchProgress = { total: jobs.length, done: 0, failed: [] };
  const waiting = [...jobs];
  const busyHosts = new Map<string, number>();
  let wake: () => void = () => undefined;

  const nextJob = () => {
    const index = waiting.findIndex((job) => (busyHosts.get(hostOf(job.url)) ?? 0) < opts.perHost);
    return index < 0 ? undefined : waiting.splice(index, 1)[0];
  };

  const attempt = async (job: FetchJob): Promise<void> => {
    const host = hostOf(job.url);
    busyHosts.set(host, (busyHosts.get(host) ?? 0) + 1);
    try {
      for (let n = 1; ; n++) {
        const result = await opts.run(job).catch((err: unknown): AttemptResult => ({ ok: false, retry: true, reason: message(err) }));
        if (result.ok) {
          progress.done += 1;
          return;
        }
        if (!result.retry || n >= opts.maxAttempts || opts.signal?.aborted) {
          progress.failed.push({ ...job, reason: result.reason });
          return;
        }
        await opts.sleep(opts.backoffMs(n));
      }
    } finally {
      busyHosts.set(host, (busyHosts.get(host) ?? 1) - 1);
      opts.onProgress?.({ ...progress, failed: [...progress.failed] });
    }
  };

  const running = new Set<Promise<void>>();
  while (!opts.signal?.aborted) {
    const job = running.size < opts.concurrency ? nextJob() : undefined;
    if (job) {
      const task: Promise<void> = attempt(job).finally(() => {
        running.delete(task);
        wake();
      });
      running.add(task);
      continue;
    }
    if (running.size === 0) break;
    // Sleep until a job ends: that frees a slot, maybe for a host that was full.
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
  await Promise.all(running);
  return progress;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
