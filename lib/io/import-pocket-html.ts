import { anchorLines, attribute } from './html-export';
import { makeLinkBrief, parseUnixSeconds } from './link-brief';
import type { Importer, ParsedImport } from './types';

/** Pocket's older export, `ril_export.html`: an "Unread" list, then a "Read Archive" list. */
export const pocketHtmlImporter: Importer = {
  id: 'pocket-html',
  label: 'Pocket (ril_export.html)',
  detect: (source) => !source.entries && /<title>\s*Pocket Export\s*<\/title>|<h1>\s*Read Archive\s*<\/h1>/i.test(source.text),
  async read(source, ctx) {
    const result: ParsedImport = { briefs: [], problems: [] };
    const doc = ctx.parseHtml(source.text);
    const anchors = [...doc.querySelectorAll('a')];
    const lines = anchorLines(source.text);
    anchors.forEach((a, index) => {
      const line = lines.length === anchors.length ? lines[index] : undefined;
      const where = line === undefined ? { item: index + 1 } : { line };
      const href = attribute(a, 'href')?.trim() ?? '';
      const savedAt = parseUnixSeconds(attribute(a, 'time_added'));
      if (!href) return result.problems.push({ ...where, reason: 'no URL' });
      if (savedAt === null) return result.problems.push({ ...where, reason: `bad date "${attribute(a, 'time_added') ?? ''}"` });
      const brief = makeLinkBrief({
        url: href,
        title: a.textContent,
        savedAt,
        tags: (attribute(a, 'tags') ?? '').split(','),
        archived: /archive/i.test(sectionOf(a)),
      });
      if (brief) result.briefs.push(brief);
      else result.problems.push({ ...where, reason: `not a web address: ${href}` });
    });
    return result;
  },
};

// The heading before the link's list names its section.
function sectionOf(anchor: Element): string {
  let node = anchor.closest('ul')?.previousElementSibling ?? null;
  while (node && !/^H\d$/i.test(node.tagName)) node = node.previousElementSibling;
  return node?.textContent ?? '';
}
