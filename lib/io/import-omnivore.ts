import type { Highlight } from '../brief';
import { canonicalizeUrl } from '../canonical-url';
import { runPipeline } from '../pipeline/index';
import { cleanTags, makeLinkBrief } from './link-brief';
import { decodeUtf8, entriesMatching } from './source';
import type { ImportedBrief, Importer, ImportSource, IoContext, ParsedImport } from './types';

const METADATA = /^metadata_.*\.json$/;

interface OmnivoreItem {
  slug?: string;
  title?: string;
  description?: string | null;
  author?: string | null;
  url?: string;
  state?: string;
  readingProgress?: number;
  labels?: Array<string | { name?: string }>;
  savedAt?: string;
  updatedAt?: string;
  publishedAt?: string | null;
}

/**
 * Omnivore's export zip: `metadata_*.json` lists the items, `content/{slug}.html` holds the
 * reader copy, which goes through Sift's own pipeline so the item becomes a full brief,
 * and `highlights/{slug}.md` the highlights as Markdown quotes.
 */
export const omnivoreImporter: Importer = {
  id: 'omnivore',
  label: 'Omnivore',
  detect: (source) => entriesMatching(source, METADATA).length > 0,
  async read(source, ctx) {
    const result: ParsedImport = { briefs: [], problems: [] };
    const entry = (path: string) => source.entries?.[path] ?? null;
    const items = listItems(source, result);
    for (const [n, { file, index, item }] of items.entries()) {
      // Each story goes through Readability: let the page show progress every few items.
      if (n % READ_BATCH === 0) await ctx.onReadProgress?.(n, items.length);
      // Items the user deleted in Omnivore stay in its export; they were not wanted.
      if (item.state?.toUpperCase() === 'DELETED') continue;
      const savedAt = Date.parse(item.savedAt ?? '');
      const where = { file, item: index + 1 };
      if (!item.url) result.problems.push({ ...where, reason: 'no URL' });
      else if (Number.isNaN(savedAt)) result.problems.push({ ...where, reason: `bad date "${item.savedAt ?? ''}"` });
      else {
        const content = item.slug ? entry(`content/${item.slug}.html`) : null;
        const notes = item.slug ? entry(`highlights/${item.slug}.md`) : null;
        const highlights = notes ? parseHighlights(decodeUtf8(notes).text, savedAt) : [];
        const brief = makeOmnivoreBrief(item, savedAt, highlights, content && decodeUtf8(content).text, ctx);
        if (brief) result.briefs.push(brief);
        else result.problems.push({ ...where, reason: `not a web address: ${item.url}` });
      }
    }
    return result;
  },
};

const READ_BATCH = 10;

// Every item of every metadata file, with where it came from for the report.
function listItems(source: ImportSource, result: ParsedImport) {
  return entriesMatching(source, METADATA).flatMap(([file, bytes]) => {
    try {
      const items: unknown = JSON.parse(decodeUtf8(bytes).text);
      if (!Array.isArray(items)) throw new Error('not a list');
      return (items as OmnivoreItem[]).map((item, index) => ({ file, index, item }));
    } catch {
      result.problems.push({ file, reason: 'not a list of items in JSON' });
      return [];
    }
  });
}

function makeOmnivoreBrief(item: OmnivoreItem, savedAt: number, highlights: Highlight[], html: string | null, ctx: IoContext) {
  const updated = Date.parse(item.updatedAt ?? '');
  const link = makeLinkBrief({
    url: item.url!,
    title: item.title,
    savedAt,
    tags: (item.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    archived: item.state?.toUpperCase() === 'ARCHIVED',
    readAt: (item.readingProgress ?? 0) >= 100 ? (Number.isNaN(updated) ? savedAt : updated) : null,
    highlights,
    excerpt: item.description,
    byline: item.author,
    publishedTime: item.publishedAt,
  });
  // Omnivore counts progress in percent, Sift in a fraction of the story.
  if (link && item.readingProgress) link.readingProgress = Math.min(item.readingProgress, 100) / 100;
  if (!link || !html) return link;
  const story = runPipeline(ctx.parseHtml(html), link.url);
  if (!story.ok) return link;
  // The pipeline gives the story; Omnivore's metadata knows the page better than its reader copy does.
  const brief: ImportedBrief = {
    ...link,
    ...story.brief,
    url: link.url,
    canonicalUrl: canonicalizeUrl(link.url),
    title: link.title,
    byline: link.byline ?? story.brief.byline,
    publishedTime: link.publishedTime ?? story.brief.publishedTime,
    excerpt: link.excerpt ?? story.brief.excerpt,
    tags: cleanTags(link.tags),
    highlights,
  };
  return brief;
}

/** Omnivore writes each highlight as a `> quote` block, its note (if any) as the paragraph after. */
export function parseHighlights(markdown: string, createdAt: number): Highlight[] {
  const highlights: Highlight[] = [];
  for (const block of markdown.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    if (block.startsWith('>')) {
      highlights.push({ text: block.replace(/^> ?/gm, '').trim(), createdAt });
    } else if (highlights.length && highlights[highlights.length - 1].note === undefined) {
      highlights[highlights.length - 1].note = block;
    }
  }
  return highlights;
}
