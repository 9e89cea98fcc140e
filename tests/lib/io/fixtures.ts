import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { openSource } from '../../../lib/io/source';
import type { ImportSource, IoContext } from '../../../lib/io/types';
import { parsePage } from '../../../lib/node/parse-page';

// From the module's own path (a string): DOM test environments replace the global URL.
export const IO_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/io');

/** What the options page passes in, with linkedom for DOMParser and a frozen clock. */
export const ctx: IoContext = { parseHtml: parsePage, now: Date.UTC(2026, 0, 1) };

/** A fixture folder as the zip the service would have given (entries relative to the folder). */
export function zipFolder(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = readFileSync(full);
    }
  };
  walk(dir);
  return zipSync(files, { mtime: new Date(ctx.now) });
}

/** The bytes of a fixture: a folder is zipped, a file read as is. */
export function fixtureBytes(name: string): Uint8Array {
  const path = join(IO_FIXTURES, name);
  return statSync(path).isDirectory() ? zipFolder(path) : new Uint8Array(readFileSync(path));
}

export function fixtureSource(name: string): ImportSource {
  return openSource(statSync(join(IO_FIXTURES, name)).isDirectory() ? `${name}.zip` : name, fixtureBytes(name));
}
