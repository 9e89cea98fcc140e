import type { Brief } from './brief';

// One formatter for every date: toLocaleDateString builds a new one per call, which is slow
// enough to show when a list re-renders on every key typed.
let dateFormat: Intl.DateTimeFormat | undefined;

/** "12 Aug 2024" in the reader's locale, or null for a missing or unparseable date. */
export function formatDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return dateFormat.format(date);
}

/** "GZERO Media · 2 min read" */
export function briefMeta(brief: Pick<Brief, 'siteName' | 'readingMinutes' | 'kind'>): string {
  const kind = { bookmark: 'Bookmark', link: 'Link', article: `${brief.readingMinutes} min read` }[brief.kind];
  const parts = [brief.siteName, kind];
  return parts.filter(Boolean).join(' · ');
}
