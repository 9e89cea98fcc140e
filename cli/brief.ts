// Runs Sift's pipeline on saved HTML files and prints one JSON line per file (JSON Lines).
// Usage: npm run --silent brief -- [--removed] [--url URL] FILE...   (--url applies to the file after it;
// --removed adds to each brief the blocks declutter took out of its story, with their kinds)
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { startPageRunner, type PageRunner, type RunOutcome } from '../lib/node/page-runner';

const USAGE = 'usage: npm run --silent brief -- [--removed] [--url URL] FILE...';

interface Job {
  file: string;
  url: string;
}

function parseArgs(argv: string[]): { jobs: Job[]; showRemoved: boolean } {
  const jobs: Job[] = [];
  let url = '';
  let showRemoved = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') {
      url = argv[++i] ?? '';
      if (!url) throw new Error('--url needs a URL');
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '--removed') {
      showRemoved = true;
    } else if (arg === '-h' || arg === '--help') {
      throw new Error(USAGE);
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      jobs.push({ file: arg, url });
      url = '';
    }
  }
  if (jobs.length === 0) throw new Error('no input files');
  if (url) throw new Error('--url must come before the file it names');
  return { jobs, showRemoved };
}

async function briefFile({ file, url }: Job, runner: PageRunner, showRemoved: boolean): Promise<object> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { source: file, error: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? err}` };
  }
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const outcome = await runner.brief(bytes, url, showRemoved);
  if (outcome.kind !== 'brief') return { source: file, error: whyNot(outcome) };
  return { ...outcome.brief, source: file, ...(outcome.removed && { removed: outcome.removed }) };
}

function whyNot(outcome: Exclude<RunOutcome, { kind: 'brief' }>): string {
  switch (outcome.kind) {
    case 'not-article':
      return 'not an article: no story text was found on this page';
    case 'over-budget':
      return outcome.message;
    case 'timeout':
      return `gave up after ${outcome.ms / 1000} s: the page took too long to brief`;
    case 'out-of-memory':
      return `gave up: the page needed more than ${outcome.mb} MB of memory`;
    case 'crash':
      return `pipeline failed: ${outcome.message.split('\n')[0]}`;
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    const message = (err as Error).message;
    process.stderr.write(message === USAGE ? `${USAGE}\n` : `brief: ${message}\n${USAGE}\n`);
    return 2;
  }
  // Each page runs in a worker under a time and memory limit, so one page cannot stall the run.
  const runner = startPageRunner();
  try {
    for (const job of args.jobs) process.stdout.write(`${JSON.stringify(await briefFile(job, runner, args.showRemoved))}\n`);
  } finally {
    await runner.close();
  }
  return 0;
}

process.exitCode = await main();
