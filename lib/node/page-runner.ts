import { Worker } from 'node:worker_threads';
import type { PageOutcome } from './brief-bytes';

/** A page's outcome, or why the worker gave up on it. */
export type RunOutcome = PageOutcome | { kind: 'timeout'; ms: number } | { kind: 'out-of-memory'; mb: number };

export interface PageRunner {
  /** Briefs one page in the worker; calls queue, so outcomes come back in call order. See `briefBytes`. */
  brief(bytes: Uint8Array, url: string, showRemoved?: boolean): Promise<RunOutcome>;
  close(): Promise<void>;
}

export interface RunnerLimits {
  timeoutMs: number;
  memoryMb: number;
}

// Generous next to the budget's worst page (~5 s on a busy machine): a page that takes this
// long is stuck, not slow.
export const RUNNER_LIMITS: RunnerLimits = { timeoutMs: 30_000, memoryMb: 1024 };

/**
 * Runs `briefBytes` in a worker thread under a time and heap limit, so one page cannot stall or
 * exhaust a run over many. A worker that overruns is terminated and the next page gets a new one.
 */
export function startPageRunner(limits: RunnerLimits = RUNNER_LIMITS): PageRunner {
  let worker: Promise<Worker> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const retire = (w: Worker) => {
    worker = null;
    void w.terminate();
  };
  const runOne = async (bytes: Uint8Array, url: string, showRemoved: boolean): Promise<RunOutcome> => {
    let w: Worker;
    try {
      w = await (worker ??= spawnWorker(limits.memoryMb));
    } catch (err) {
      worker = null;
      return { kind: 'crash', message: `the worker did not start: ${String(err)}` };
    }
    return new Promise((resolve) => {
      const done = (outcome: RunOutcome, dead: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage).off('error', onError);
        if (dead) retire(w);
        resolve(outcome);
      };
      const onMessage = (outcome: PageOutcome) => done(outcome, false);
      const onError = (err: Error & { code?: string }) =>
        done(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory', mb: limits.memoryMb } : { kind: 'crash', message: String(err.stack ?? err) }, true);
      const timer = setTimeout(() => done({ kind: 'timeout', ms: limits.timeoutMs }, true), limits.timeoutMs);
      w.on('message', onMessage).on('error', onError);
      w.postMessage({ bytes, url, showRemoved });
    });
  };
  return {
    brief(bytes, url, showRemoved = false) {
      const next = queue.then(() => runOne(bytes, url, showRemoved));
      queue = next;
      return next;
    },
    async close() {
      await queue;
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
}

// The worker runs the TypeScript sources through tsx (as `npm run brief` itself does); its
// entry is loaded by tsx's import API because Node 20 workers do not inherit tsx's loader.
function spawnWorker(memoryMb: number): Promise<Worker> {
  const entry = new URL('./page-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}
