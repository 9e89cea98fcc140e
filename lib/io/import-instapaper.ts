import { byLine, headerOf, readCsv } from './csv';
import { makeLinkBrief, parseUnixSeconds } from './link-brief';
import type { Importer, ParsedImport } from './types';

/**
 * Instapaper's CSV in its three header versions: `URL,Title,Selection,Folder`, then with
 * `Timestamp`, then with `Tags` (a JSON array). A file without timestamps keeps its row
 * order (newest first) by counting back from the import time, a millisecond a row.
 */
export const instapaperImporter: Importer = {
  id: 'instapaper',
  label: 'Instapaper',
  detect: (source) => !source.entries && ['URL', 'Title', 'Folder'].every((name) => headerOf(source.text).includes(name)),
  async read(source, ctx) {
    const table = readCsv(source.text, { validUtf8: source.validUtf8 });
    const result: ParsedImport = { briefs: [], problems: table.problems };
    const hasTimestamps = table.columns.includes('Timestamp');
    table.rows.forEach(({ line, values }, index) => {
      const savedAt = hasTimestamps ? parseUnixSeconds(values.Timestamp) : ctx.now - index;
      const tags = parseTags(values.Tags);
      if (!values.URL?.trim()) return result.problems.push({ line, reason: 'no URL' });
      if (savedAt === null) return result.problems.push({ line, reason: `bad date "${values.Timestamp}"` });
      if (tags === null) return result.problems.push({ line, reason: 'tags are not a JSON list' });
      const { folderTag, ...state } = folderState(values.Folder);
      const brief = makeLinkBrief({ url: values.URL, title: values.Title, savedAt, tags: [...tags, ...folderTag], ...state });
      if (!brief) return result.problems.push({ line, reason: `not a web address: ${values.URL}` });
      const selection = values.Selection?.trim();
      if (selection) brief.highlights.push({ text: selection, createdAt: savedAt });
      result.briefs.push(brief);
    });
    result.problems.sort(byLine);
    return result;
  },
};

// Unread, Archive and Starred are states; any other folder is the user's own grouping, kept as a tag.
function folderState(folder = ''): { archived?: boolean; favorite?: boolean; folderTag: string[] } {
  const name = folder.trim();
  if (name === 'Archive') return { archived: true, folderTag: [] };
  if (name === 'Starred') return { favorite: true, folderTag: [] };
  return { folderTag: name === 'Unread' || !name ? [] : [name] };
}

function parseTags(value: string | undefined): string[] | null {
  if (value === undefined || !value.trim()) return [];
  try {
    const tags: unknown = JSON.parse(value);
    return Array.isArray(tags) && tags.every((t) => typeof t === 'string') ? tags : null;
  } catch {
    return null;
  }
}
