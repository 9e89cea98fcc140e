import type { BriefKind } from '../brief';
import { canonicalizeUrl, parseHttpUrl } from '../canonical-url';
import { SIFT_JSON_FORMAT, SIFT_JSON_VERSION } from './export-json';
import type { ImportedBrief, Importer, ParsedImport } from './types';

const KINDS: BriefKind[] = ['article', 'bookmark', 'link'];
// The extension's pages link to a brief's address: a web page, or a local file Sift was let read.
const isLinkable = (url: string) => parseHttpUrl(url) !== null || /^file:\/\//i.test(url.trim());

/** Sift's own backup: every field is kept as written, so a restore gives back the same briefs. */
export const jsonImporter: Importer = {
  id: 'json',
  label: 'Sift backup (JSON)',
  detect: (source) => !source.entries && new RegExp(`"format"\\s*:\\s*"${SIFT_JSON_FORMAT}"`).test(source.text.slice(0, 200)),
  async read(source) {
    const result: ParsedImport = { briefs: [], problems: [] };
    let file: { version?: unknown; briefs?: unknown };
    try {
      file = JSON.parse(source.text);
    } catch (err) {
      return { ...result, problems: [{ reason: `the file is not valid JSON (${(err as Error).message})` }] };
    }
    if (typeof file.version !== 'number' || file.version > SIFT_JSON_VERSION || !Array.isArray(file.briefs)) {
      return { ...result, problems: [{ reason: `a Sift backup of version ${String(file.version)}, which this Sift cannot read` }] };
    }
    file.briefs.forEach((raw: unknown, index) => {
      const why = whyInvalid(raw);
      if (why) return result.problems.push({ item: index + 1, reason: why });
      result.briefs.push(withSafeLinks(withDefaults(raw as ImportedBrief)));
    });
    return result;
  },
};

function whyInvalid(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'not a brief';
  const brief = raw as Record<string, unknown>;
  if (typeof brief.url !== 'string' || !brief.url) return 'no URL';
  if (!isLinkable(brief.url)) return 'not a web address';
  if (typeof brief.savedAt !== 'number' || !Number.isFinite(brief.savedAt)) return 'bad date';
  if (!KINDS.includes(brief.kind as BriefKind)) return `unknown kind "${String(brief.kind)}"`;
  if (brief.id !== undefined && !Number.isInteger(brief.id)) return 'bad id';
  return null;
}

// Fills only what a hand-edited or older file may lack; every field present is kept as it is.
function withDefaults(brief: Partial<ImportedBrief> & Pick<ImportedBrief, 'url' | 'savedAt' | 'kind'>): ImportedBrief {
  return {
    canonicalUrl: canonicalizeUrl(brief.url),
    title: brief.url,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    text: '',
    html: '',
    leadImage: null,
    related: [],
    summary: [],
    wordCount: 0,
    readingMinutes: 0,
    tags: [],
    highlights: [],
    updatedAt: brief.savedAt,
    readAt: null,
    archived: false,
    favorite: false,
    ...brief,
  };
}

// A backup may come from anywhere: related links and the lead image keep only web addresses, as
// the pipeline gives them (a javascript: link in the reader would reach an extension page).
function withSafeLinks(brief: ImportedBrief): ImportedBrief {
  const related = Array.isArray(brief.related) ? brief.related.filter((link) => typeof link?.title === 'string' && parseHttpUrl(String(link.url))) : [];
  const leadImage = typeof brief.leadImage === 'string' && parseHttpUrl(brief.leadImage) ? brief.leadImage : null;
  const { standfirst, ...rest } = brief;
  // The reader shows the standfirst as text: anything else in its place would break the page.
  return { ...rest, related, leadImage, ...(typeof standfirst === 'string' && standfirst ? { standfirst } : {}) };
}
