// Import benchmark: a 10,000-row Pocket export through the built extension's options page in
// headless Chromium, stored in the real IndexedDB. The time runs from handing the file to the
// page until the page reports the import done. Build first (`npm run build`).
// Usage: npm run bench:import -- [--rows N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { BUILD_DIR, launchWithExtension } from '../scripts/extension-browser';

// The budget the issue sets for 10,000 rows; over it the run fails.
const BUDGET_MS = 5000;
// Pocket splits its export into parts; every hundredth row is a copy of an earlier article.
const ROWS_PER_PART = 5000;
const DUPLICATE_EVERY = 100;

function pocketZip(rows: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const data = Array.from({ length: rows }, (_, i) => {
    const story = i % DUPLICATE_EVERY === 99 ? i - 50 : i;
    return [
      `Story number ${story}: what happened, and why it matters`,
      `https://news${story % 7}.example.com/2024/${story}/story?utm_source=pocket_${i}`,
      String(1_600_000_000 + i * 60),
      `cursor${i}`,
      i % 3 ? 'news|world' : '',
      i % 2 ? 'archive' : 'unread',
    ];
  });
  for (let part = 0; part * ROWS_PER_PART < rows; part += 1) {
    const rowsOfPart = data.slice(part * ROWS_PER_PART, (part + 1) * ROWS_PER_PART);
    const csv = Papa.unparse({ fields: ['title', 'url', 'time_added', 'cursor', 'tags', 'status'], data: rowsOfPart });
    files[`part_${String(part).padStart(6, '0')}.csv`] = strToU8(csv);
  }
  return zipSync(files);
}

/**
 * CPU time (ms) used so far by every process this one started (Chromium's browser, renderer
 * and utility processes). Wall time on a busy machine says little; this says what the import cost.
 * Linux only: it reads /proc.
 */
function childCpuMs(): number {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // Fields after the command name (which may hold spaces): state, ppid, … utime (14th), stime (15th).
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) {
      if (ours.has(stat.pid) || !ours.has(stat.ppid)) continue;
      ours.add(stat.pid);
      grew = true;
    }
  }
  // Kernel clock ticks are 1/100 s on Linux.
  return stats.filter((s) => s.pid !== process.pid && ours.has(s.pid)).reduce((sum, s) => sum + s.ticks * 10, 0);
}

async function main() {
  const rows = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 10_000;
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npm run build` first.');
  const session = await launchWithExtension(BUILD_DIR);
  try {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html'));
    const buffer = Buffer.from(pocketZip(rows));
    const cpuBefore = childCpuMs();
    const started = performance.now();
    await page.locator('input[type=file]').setInputFiles({ name: 'pocket.zip', mimeType: 'application/zip', buffer });
    await page.getByRole('status').filter({ hasText: /^Pocket: / }).waitFor({ timeout: 120_000 });
    const ms = Math.round(performance.now() - started);
    const cpuMs = childCpuMs() - cpuBefore;
    console.log(await page.getByRole('status').innerText());
    const briefs = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sift');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('briefs').objectStore('briefs').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    console.log(`Chromium CPU time ${cpuMs} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    console.log(`bench:import rows=${rows} ms=${ms} briefs=${briefs}`);
    if (rows === 10_000 && ms > BUDGET_MS) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

await main();
