import { unzipSync } from 'fflate';
import type { ImportSource } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Decodes bytes as UTF-8, noting whether they were valid, so bad rows can be reported, not misread. */
export function decodeUtf8(bytes: Uint8Array): { text: string; validUtf8: boolean } {
  let validUtf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    validUtf8 = false;
  }
  // The BOM goes: no format starts with U+FEFF.
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), validUtf8 };
}

/** Opens a picked file: unzips it when it is a zip, decodes it otherwise. Throws on a damaged zip. */
export function openSource(name: string, bytes: Uint8Array): ImportSource {
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    const entries = unzipSync(bytes, { filter: (entry) => !entry.name.endsWith('/') });
    return { name, entries, text: '', validUtf8: true };
  }
  return { name, entries: null, ...decodeUtf8(bytes) };
}

/** Zip entries whose base name matches `pattern`, in name order (part_000000, part_000001 …). */
export function entriesMatching(source: ImportSource, pattern: RegExp): Array<[string, Uint8Array]> {
  return Object.entries(source.entries ?? {})
    .filter(([path]) => pattern.test(path.split('/').pop() ?? ''))
    .sort(([a], [b]) => a.localeCompare(b));
}
