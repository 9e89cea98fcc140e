// Fuzz test: mutated corpus pages through the real pipeline; every one must give a brief, "not an
// article" or a budget error. Usage:
//   npm run fuzz -- [--count N] [--seed S] [--corpus DIR] [--index I [--save FILE]] [--trace]
// --index re-runs variant I of seed S alone (with --save, writes its bytes to FILE); --trace names
// each variant before it runs, to find one that stalls.
import { writeFileSync } from 'node:fs';
import { startPageRunner } from '../lib/node/page-runner';
import { loadFuzzPages } from './fuzz/fuzz-pages';
import { mutatePage } from './fuzz/mutate-page';
import { pageFor, runFuzz } from './fuzz/run-fuzz';

interface FuzzArgs {
  count: number;
  seed: number;
  corpus?: string;
  index?: number;
  save?: string;
  trace: boolean;
}

function parseArgs(argv: string[]): FuzzArgs {
  const args: FuzzArgs = { count: 2000, seed: Date.now() % 2 ** 31, trace: false };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--trace') {
      args.trace = true;
      continue;
    }
    if (argv[i] === '--count') args.count = Number(value);
    else if (argv[i] === '--seed') args.seed = Number(value);
    else if (argv[i] === '--corpus') args.corpus = value;
    else if (argv[i] === '--index') args.index = Number(value);
    else if (argv[i] === '--save') args.save = value;
    else throw new Error(`unknown option ${argv[i]}`);
    i++;
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const { source, pages } = loadFuzzPages(args.corpus);
  console.log(`fuzz: seed ${args.seed}, ${pages.length} pages from ${source}`);
  if (args.index !== undefined && args.save) {
    writeFileSync(args.save, mutatePage(pageFor(pages, args.index).html, args.seed, args.index).bytes);
    console.log(`variant ${args.index} written to ${args.save}`);
  }
  const runner = startPageRunner();
  const single = args.index !== undefined;
  const onVariant = (index: number, page: string, mutations: string[]) => {
    if (args.trace) console.log(`variant ${index} (page ${page}; ${mutations.join(', ')})`);
    else if (index % 100 === 0) console.log(`… variant ${index}, ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB resident`);
  };
  const report = await runFuzz(pages, { seed: args.seed, count: single ? 1 : args.count, first: args.index, runner, onVariant });
  await runner.close();
  for (const f of report.failures) {
    console.log(`FAILED variant ${f.index} (page ${f.page}; ${f.mutations.join(', ')}): ${JSON.stringify(f.outcome)}`);
    console.log(`  re-run: npm run fuzz -- --seed ${args.seed} --index ${f.index}${args.corpus ? ` --corpus ${args.corpus}` : ''}`);
  }
  const w = report.worst;
  console.log(`variants     ${report.variants}`);
  console.log(`briefs       ${report.briefs}`);
  console.log(`not-article  ${report.notArticle}`);
  console.log(`over budget  ${report.overBudget}`);
  console.log(`crashes      ${report.failures.length} (exceptions, timeouts, out of memory: must be 0)`);
  if (w) console.log(`worst time   ${w.ms.toFixed(0)} ms: variant ${w.index} (page ${w.page}; ${w.mutations.join(', ')})`);
  return report.failures.length ? 1 : 0;
}

process.exitCode = await main();
