import type { ListEntry } from './db/entries';
import type { ListQuery } from './list/query';
import { writeSnapshot, type PanelSnapshot } from './panel-snapshot';
import { DEFAULT_READER, LIST_STATE_KEY, listStateToStore, READER_SETTINGS_KEY, readListState, readReaderSettings, type ReaderSettings } from './settings';

/** The part of `storage.local` the panel uses, so tests can hand it a fake. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PanelState {
  /** The list's filters as the panel last left them; read with the reader's settings. */
  listState: Promise<ListQuery>;
  /** The reader's settings now: those chosen since the panel opened, else the saved ones once `listState` resolved. */
  readerSettings(): ReaderSettings;
  keepListState(query: ListQuery): void;
  keepReaderSettings(settings: ReaderSettings): void;
  /** The top of the list now on screen: the next opening paints it first. */
  keepScreen(query: ListQuery, entries: ListEntry[]): void;
}

/**
 * What the side panel keeps between openings: its settings in `area` (storage.local), and the
 * snapshot of its first screen, drawn by `draw` in the current theme, in `local` (localStorage).
 */
export function panelState(area: SettingsArea, local: Pick<Storage, 'getItem' | 'setItem'>, draw: Parameters<typeof writeSnapshot>[2]): PanelState {
  // Kept across requests, so a later one (the popup's) keeps the typography chosen since the panel opened.
  let reader: ReaderSettings | undefined;
  let screen: Pick<PanelSnapshot, 'query' | 'entries'> | undefined;
  const keepSnapshot = () => reader && screen && writeSnapshot(local, { theme: reader.theme, ...screen }, draw);
  const listState = area.get([LIST_STATE_KEY, READER_SETTINGS_KEY]).then((items) => {
    // Settings chosen while they were being read are the newer.
    reader ??= readReaderSettings(items[READER_SETTINGS_KEY]);
    keepSnapshot();
    return readListState(items[LIST_STATE_KEY]);
  });
  return {
    listState,
    readerSettings: () => reader ?? DEFAULT_READER,
    keepListState: (query) => void area.set({ [LIST_STATE_KEY]: listStateToStore(query) }),
    keepReaderSettings: (settings) => {
      reader = settings;
      keepSnapshot();
      void area.set({ [READER_SETTINGS_KEY]: settings });
    },
    keepScreen: (query, entries) => {
      screen = { query, entries };
      keepSnapshot();
    },
  };
}
