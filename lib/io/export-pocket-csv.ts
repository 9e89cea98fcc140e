import Papa from 'papaparse';
import type { Exporter } from './types';

/** The columns of Pocket's 2025 export, so other read-later services read Sift's CSV as Pocket's. */
export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'cursor', 'tags', 'status'];

export const csvExporter: Exporter = {
  id: 'pocket-csv',
  label: 'CSV (Pocket columns)',
  extension: 'csv',
  mimeType: 'text/csv',
  write: (briefs) =>
    Papa.unparse(
      {
        fields: POCKET_COLUMNS,
        data: [...briefs]
          .sort((a, b) => b.savedAt - a.savedAt)
          .map((brief) => [
            brief.title,
            brief.url,
            String(Math.floor(brief.savedAt / 1000)),
            '',
            brief.tags.join('|'),
            brief.archived ? 'archive' : 'unread',
          ]),
      },
      // Titles come from web pages; a spreadsheet must not run one that starts with "=".
      { escapeFormulae: true },
    ),
};
