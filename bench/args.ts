/** The options the corpus benchmarks share. */
export interface BenchArgs {
  /** Folder holding the corpora (default: ../shared/corpus beside the repo). */
  root?: string;
  /** Only these corpora, e.g. fixtures,dev. */
  only?: string[];
  /** At most this many pages per corpus. */
  limit: number;
  verbose: boolean;
  /** Time the extraction benchmark in headless Chromium instead of Node. */
  browser: boolean;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { limit: Infinity, verbose: false, browser: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--corpus') args.root = argv[++i];
    else if (arg === '--only') args.only = argv[++i]?.split(',');
    else if (arg === '--limit') args.limit = Number(argv[++i]);
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--browser') args.browser = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}
