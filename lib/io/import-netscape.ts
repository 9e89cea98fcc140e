import { anchorLines, attribute } from './html-export';
import { makeLinkBrief, parseUnixSeconds } from './link-brief';
import type { Importer, ParsedImport } from './types';

// The folders browsers put every bookmark in; only folders the user made are worth a tag.
const BROWSER_ROOTS = /^(bookmarks bar|bookmarks toolbar|bookmarks menu|other bookmarks|mobile bookmarks|favorites bar)$/i;

/**
 * Netscape bookmark files, the export of every browser (and of Sift). The folder a bookmark
 * is in becomes a tag, as do Firefox's `TAGS`; a bookmark without `ADD_DATE` keeps its
 * place by counting back from the import time, a millisecond a link.
 */
export const netscapeImporter: Importer = {
  id: 'netscape',
  label: 'Browser bookmarks (HTML)',
  detect: (source) => !source.entries && /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>/i.test(source.text),
  async read(source, ctx) {
    const result: ParsedImport = { briefs: [], problems: [] };
    const anchors = [...ctx.parseHtml(source.text).querySelectorAll('a')];
    const lines = anchorLines(source.text);
    anchors.forEach((a, index) => {
      const where = lines.length === anchors.length ? { line: lines[index] } : { item: index + 1 };
      const href = attribute(a, 'href')?.trim() ?? '';
      const added = attribute(a, 'add_date');
      const savedAt = added === null ? ctx.now - index : parseUnixSeconds(added);
      if (!href) return result.problems.push({ ...where, reason: 'no URL' });
      if (savedAt === null) return result.problems.push({ ...where, reason: `bad date "${added}"` });
      const folder = folderOf(a);
      const brief = makeLinkBrief({
        url: href,
        title: a.textContent,
        savedAt,
        tags: [...(folder ? [folder] : []), ...(attribute(a, 'tags') ?? '').split(',')],
      });
      if (brief) result.briefs.push(brief);
      else result.problems.push({ ...where, reason: `not a web address: ${href}` });
    });
    return result;
  },
};

// A folder is an <H3> followed by its <DL>; parsers nest that list in the <DT> or place it after the heading.
function folderOf(anchor: Element): string | null {
  const list = anchor.closest('dl');
  if (!list) return null;
  const before = list.previousElementSibling;
  const heading = before?.tagName === 'H3' ? before : [...(list.parentElement?.children ?? [])].find((el) => el.tagName === 'H3');
  if (!heading || attribute(heading, 'personal_toolbar_folder') !== null || attribute(heading, 'unfiled_bookmarks_folder') !== null) return null;
  const name = heading.textContent?.trim() ?? '';
  return name && !BROWSER_ROOTS.test(name) ? name : null;
}
