import type { Brief } from './brief';

/** "12 Aug 2024" in the reader's locale, or null for a missing or unparseable date. */
export function formatDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "GZERO Media · 2 min read" */
export function briefMeta(brief: Pick<Brief, 'siteName' | 'readingMinutes' | 'kind'>): string {
  const parts = [brief.siteName, brief.kind === 'bookmark' ? 'Bookmark' : `${brief.readingMinutes} min read`];
  return parts.filter(Boolean).join(' · ');
}
