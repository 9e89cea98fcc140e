import { sortKeysDeep } from './stable-json';
import type { Exporter } from './types';

/** Marks a file as Sift's own export; the version changes whenever a brief's shape does. */
export const SIFT_JSON_FORMAT = 'sift-briefs';
export const SIFT_JSON_VERSION = 1;

/**
 * Every field of every brief, ids included, by id, with sorted keys: the same briefs
 * always give the same bytes, so a restore can be checked byte for byte.
 */
export const jsonExporter: Exporter = {
  id: 'json',
  label: 'Sift backup (JSON)',
  extension: 'json',
  mimeType: 'application/json',
  write: (briefs, ctx) =>
    `${JSON.stringify(
      {
        // The format comes first, so the importer recognises the file from its first line.
        format: SIFT_JSON_FORMAT,
        version: SIFT_JSON_VERSION,
        exportedAt: new Date(ctx.now).toISOString(),
        briefs: sortKeysDeep([...briefs].sort((a, b) => a.id - b.id)),
      },
      null,
      2,
    )}\n`,
};
