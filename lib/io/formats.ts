import { csvExporter } from './export-pocket-csv';
import { jsonExporter } from './export-json';
import { markdownExporter } from './export-markdown';
import { netscapeExporter } from './export-netscape';
import { instapaperImporter } from './import-instapaper';
import { jsonImporter } from './import-json';
import { netscapeImporter } from './import-netscape';
import { omnivoreImporter } from './import-omnivore';
import { pocketImporter } from './import-pocket';
import { pocketHtmlImporter } from './import-pocket-html';
import type { Exporter, Importer, ImportSource } from './types';

export type { Exporter, Importer } from './types';

/** Every import format. Adding one is a file in lib/io plus an entry here; each detects itself from content. */
export const importers: Importer[] = [
  jsonImporter,
  pocketImporter,
  omnivoreImporter,
  pocketHtmlImporter,
  netscapeImporter,
  instapaperImporter,
];

/** Every export format, in the order the options page offers them. */
export const exporters: Exporter[] = [jsonExporter, markdownExporter, netscapeExporter, csvExporter];

/** The importer that recognises the file, or undefined when none does. */
export function detectImporter(source: ImportSource): Importer | undefined {
  return importers.find((importer) => importer.detect(source));
}
