// The worker behind page-runner.ts: briefs the pages it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { briefBytes } from './brief-bytes';

parentPort?.on('message', ({ bytes, url, showRemoved }: { bytes: Uint8Array; url: string; showRemoved: boolean }) =>
  parentPort?.postMessage(briefBytes(bytes, url, showRemoved)),
);
parentPort?.postMessage('ready');
