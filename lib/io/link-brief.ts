import type { Highlight } from '../brief';
import { canonicalizeUrl, parseHttpUrl } from '../canonical-url';
import type { ImportedBrief } from './types';

export interface LinkFields {
  url: string;
  title?: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  tags?: string[];
  archived?: boolean;
  favorite?: boolean;
  readAt?: number | null;
  highlights?: Highlight[];
  excerpt?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/** A `link` brief (URL only, not fetched) from what an export knows; null when the URL is not http(s). */
export function makeLinkBrief(fields: LinkFields): ImportedBrief | null {
  const url = fields.url.trim();
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  return {
    url,
    canonicalUrl: canonicalizeUrl(url),
    title: fields.title?.trim() || url,
    byline: fields.byline?.trim() || null,
    siteName: parsed.hostname.replace(/^www\./, ''),
    publishedTime: fields.publishedTime ?? null,
    lang: null,
    dir: null,
    excerpt: fields.excerpt?.trim() || null,
    text: '',
    html: '',
    leadImage: null,
    related: [],
    kind: 'link',
    summary: [],
    wordCount: 0,
    readingMinutes: 0,
    tags: cleanTags(fields.tags ?? []),
    highlights: fields.highlights ?? [],
    savedAt: fields.savedAt,
    updatedAt: fields.savedAt,
    readAt: fields.readAt ?? null,
    archived: fields.archived ?? false,
    favorite: fields.favorite ?? false,
  };
}

/** Trimmed, non-empty, each tag once. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

/** Epoch milliseconds from Unix seconds in a string; null for anything that is not a plausible date. */
export function parseUnixSeconds(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d{1,12}\s*$/.test(value)) return null;
  const ms = Number(value) * 1000;
  return ms > 0 ? ms : null;
}
