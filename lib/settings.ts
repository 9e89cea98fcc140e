import { DEFAULT_QUERY, type ListQuery, type ListSort, type ListView } from './list/query';

/** storage.local keys: the list's filters and the reader's typography survive closing the panel. */
export const LIST_STATE_KEY = 'listState';
export const READER_SETTINGS_KEY = 'readerSettings';

export type ReaderTheme = 'system' | 'light' | 'dark' | 'sepia';

export interface ReaderSettings {
  /** Story text size in pixels. */
  fontSize: number;
  /** Line length in characters (em). */
  lineWidth: number;
  font: 'serif' | 'sans';
  theme: ReaderTheme;
}

export const DEFAULT_READER: ReaderSettings = { fontSize: 18, lineWidth: 38, font: 'serif', theme: 'system' };
export const FONT_SIZES = [14, 16, 18, 20, 23, 26];
export const LINE_WIDTHS = [30, 38, 46, 60];

const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** The stored filters, with anything missing or stale replaced by the default. */
export function readListState(stored: unknown): ListQuery {
  const v = (stored ?? {}) as Partial<ListQuery>;
  return {
    text: '',
    view: oneOf<ListView>(v.view, ['all', 'unread', 'favorites', 'archived'], DEFAULT_QUERY.view),
    sort: oneOf<ListSort>(v.sort, ['newest', 'oldest', 'shortest', 'longest'], DEFAULT_QUERY.sort),
    tag: typeof v.tag === 'string' ? v.tag : null,
    site: typeof v.site === 'string' ? v.site : null,
  };
}

/** What to store of the filters: the search text is for this visit only. */
export function listStateToStore({ view, sort, tag, site }: ListQuery): Omit<ListQuery, 'text'> {
  return { view, sort, tag, site };
}

export function readReaderSettings(stored: unknown): ReaderSettings {
  const v = (stored ?? {}) as Partial<ReaderSettings>;
  return {
    fontSize: oneOf(v.fontSize, FONT_SIZES, DEFAULT_READER.fontSize),
    lineWidth: oneOf(v.lineWidth, LINE_WIDTHS, DEFAULT_READER.lineWidth),
    font: oneOf(v.font, ['serif', 'sans'] as const, DEFAULT_READER.font),
    theme: oneOf<ReaderTheme>(v.theme, ['system', 'light', 'dark', 'sepia'], DEFAULT_READER.theme),
  };
}
