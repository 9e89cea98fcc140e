import { expect, test } from 'vitest';
import { exponentialBackoff, runFetchQueue, type AttemptResult, type FetchJob, type FetchQueueOptions } from '../../../lib/io/fetch-queue';

const jobs = (urls: string[]): FetchJob[] => urls.map((url, id) => ({ id, url }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

function options(run: FetchQueueOptions['run'], extra: Partial<FetchQueueOptions> = {}): FetchQueueOptions {
  return { run, concurrency: 3, perHost: 1, maxAttempts: 3, backoffMs: exponentialBackoff, sleep: async () => undefined, ...extra };
}

test('every job runs; never more than the limits in flight, overall and per host', async () => {
  let inFlight = 0;
  let most = 0;
  const perHost = new Map<string, number>();
  let mostPerHost = 0;
  const urls = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'e'].map((h, i) => `https://${h}.example/${i}`);
  const progress = await runFetchQueue(
    jobs(urls),
    options(async ({ url }) => {
      const host = new URL(url).host;
      inFlight += 1;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      most = Math.max(most, inFlight);
      mostPerHost = Math.max(mostPerHost, perHost.get(host)!);
      await tick();
      inFlight -= 1;
      perHost.set(host, perHost.get(host)! - 1);
      return { ok: true };
    }),
  );
  expect(progress).toEqual({ total: 8, done: 8, failed: [] });
  expect(most).toBe(3);
  expect(mostPerHost).toBe(1);
});

test('failures worth retrying are retried with growing waits; the rest fail at once with their reason', async () => {
  const attempts = new Map<number, number>();
  const waits: number[] = [];
  const results: Record<string, AttemptResult[]> = {
    'https://flaky.example/': [{ ok: false, retry: true, reason: 'HTTP 503' }, { ok: true }],
    'https://gone.example/': [{ ok: false, retry: false, reason: 'HTTP 404' }],
    'https://down.example/': [{ ok: false, retry: true, reason: 'HTTP 503' }],
  };
  const progress = await runFetchQueue(
    jobs(Object.keys(results)),
    options(
      async ({ id, url }) => {
        const n = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, n);
        const list = results[url];
        return list[Math.min(n, list.length) - 1];
      },
      { sleep: async (ms) => void waits.push(ms) },
    ),
  );
  expect(progress.done).toBe(1);
  expect(progress.failed).toEqual([
    { id: 1, url: 'https://gone.example/', reason: 'HTTP 404' },
    { id: 2, url: 'https://down.example/', reason: 'HTTP 503' },
  ]);
  expect([...attempts.values()]).toEqual([2, 1, 3]);
  expect(waits.sort((a, b) => a - b)).toEqual([2000, 2000, 8000]);
});

test('a job that throws is a failure worth retrying, with the error as its reason', async () => {
  let calls = 0;
  const progress = await runFetchQueue(
    jobs(['https://x.example/']),
    options(async () => {
      calls += 1;
      throw new Error('network down');
    }),
  );
  expect(calls).toBe(3);
  expect(progress.failed[0].reason).toBe('network down');
});

test('progress is reported after each job, and an abort leaves unstarted jobs for a later run', async () => {
  const controller = new AbortController();
  const seen: number[] = [];
  const progress = await runFetchQueue(
    jobs(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']),
    options(
      async () => {
        controller.abort();
        return { ok: true };
      },
      { signal: controller.signal, onProgress: (p) => seen.push(p.done) },
    ),
  );
  expect(progress).toEqual({ total: 3, done: 1, failed: [] });
  expect(seen).toEqual([1]);
});

test('an empty queue ends at once', async () => {
  expect(await runFetchQueue([], options(async () => ({ ok: true })))).toEqual({ total: 0, done: 0, failed: [] });
});
