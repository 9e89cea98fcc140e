// Import benchmark: a 10,000-row Pocket export through the built extension's options page in
// headless Chromium, stored in the real IndexedDB. The time runs from handing the file to the
// page until the page reports the import done. Build first (`npm run build`).
// Usage: npm run bench:import -- [--rows N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
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

/**
 * The same writes with no Sift code: a copy of the database's stores and indexes, filled
 * with copies of the imported briefs and their entries by bare IndexedDB puts, in chunks
 * of 1000. What is left between this and the import is Sift's own cost (reading the file,
 * merging, Dexie). Sent as source text: the bundler's helpers do not exist in the page.
 */
async function measureFloor(page: Page, count: number): Promise<number> {
  return page.evaluate(`(async () => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const sift = await request(indexedDB.open('sift'));
    const read = sift.transaction(['briefs', 'entries']);
    const stores = ['briefs', 'entries'].map((name) => {
      const store = read.objectStore(name);
      const indexes = [...store.indexNames].map((i) => store.index(i)).map((i) => [i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry }]);
      return { name, options: { keyPath: store.keyPath, autoIncrement: store.autoIncrement }, indexes };
    });
    const briefs = await request(read.objectStore('briefs').getAll(null, 1000));
    const entries = await request(read.objectStore('entries').getAll(null, 1000));
    const name = 'sift-floor-' + Date.now();
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const s of stores) {
        const store = open.result.createObjectStore(s.name, s.options);
        for (const [index, keyPath, options] of s.indexes) store.createIndex(index, keyPath, options);
      }
    };
    const db = await request(open);
    const started = performance.now();
    for (let start = 0; start < ${count}; start += 1000) {
      const tx = db.transaction(['briefs', 'entries'], 'readwrite');
      for (let i = start; i < Math.min(start + 1000, ${count}); i++) {
        const { id, ...brief } = briefs[i % briefs.length];
        const copy = { ...brief, canonicalUrl: brief.canonicalUrl + '#' + i };
        tx.objectStore('briefs').put(copy).onsuccess = (e) => tx.objectStore('entries').put({ ...entries[i % entries.length], id: e.target.result });
      }
      await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    }
    const ms = performance.now() - started;
    db.close();
    sift.close();
    indexedDB.deleteDatabase(name);
    return Math.round(ms);
  })()`);
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
    console.log(`IndexedDB floor (the same ${briefs} briefs and entries, bare puts): ${await measureFloor(page, briefs)} ms`);
    console.log(`bench:import rows=${rows} ms=${ms} briefs=${briefs}`);
    if (rows === 10_000 && ms > BUDGET_MS) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

await main();
