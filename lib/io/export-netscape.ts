import { escapeHtml } from '../escape-html';
import type { Exporter } from './types';

/** Bookmarks every browser (and Sift) imports: one link per brief with its save date and tags. */
export const netscapeExporter: Exporter = {
  id: 'netscape',
  label: 'Browser bookmarks (HTML)',
  extension: 'html',
  mimeType: 'text/html',
  write: (briefs) =>
    [
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
      '<TITLE>Sift briefs</TITLE>',
      '<H1>Sift briefs</H1>',
      '<DL><p>',
      ...[...briefs]
        .sort((a, b) => a.savedAt - b.savedAt)
        .map((brief) => {
          const attributes = [
            `HREF="${escapeHtml(brief.url)}"`,
            `ADD_DATE="${Math.floor(brief.savedAt / 1000)}"`,
            `LAST_MODIFIED="${Math.floor(brief.updatedAt / 1000)}"`,
            ...(brief.tags.length ? [`TAGS="${escapeHtml(brief.tags.join(','))}"`] : []),
          ];
          return `    <DT><A ${attributes.join(' ')}>${escapeHtml(brief.title)}</A>`;
        }),
      '</DL><p>',
      '',
    ].join('\n'),
};

