import { expect, test } from 'vitest';
import { DEFAULT_QUERY } from '../../lib/list/query';
import { readSnapshot } from '../../lib/panel-snapshot';
import { panelState, type SettingsArea } from '../../lib/panel-state';
import { DEFAULT_READER, LIST_STATE_KEY, READER_SETTINGS_KEY, type ReaderSettings } from '../../lib/settings';
import { makeEntry } from '../helpers/briefs';

/** A storage.local of one object, answering when `release` is called. */
function settingsArea(stored: Record<string, unknown>) {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  const area: SettingsArea = {
    get: async (keys) => (await ready, Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]))),
    set: async (items) => void Object.assign(stored, items),
  };
  return { area, stored, release };
}

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

const SEPIA: ReaderSettings = { ...DEFAULT_READER, theme: 'sepia', fontSize: 23 };
const draw = () => [];

test('the saved list state and reader settings are read once, the defaults until then', async () => {
  const { area, release } = settingsArea({ [LIST_STATE_KEY]: { view: 'archived' }, [READER_SETTINGS_KEY]: SEPIA });
  const state = panelState(area, memoryStorage(), draw);
  expect(state.readerSettings()).toEqual(DEFAULT_READER);
  release();
  expect(await state.listState).toEqual({ ...DEFAULT_QUERY, view: 'archived' });
  expect(state.readerSettings()).toEqual(SEPIA);
});

test('settings chosen in the panel are stored, and win over the saved ones still being read', async () => {
  const { area, stored, release } = settingsArea({ [READER_SETTINGS_KEY]: SEPIA });
  const state = panelState(area, memoryStorage(), draw);
  const dark = { ...DEFAULT_READER, theme: 'dark' } as const;
  state.keepReaderSettings(dark);
  release();
  await state.listState;
  expect(state.readerSettings()).toEqual(dark);
  state.keepListState({ ...DEFAULT_QUERY, text: 'kursk', tag: 'world' });
  await Promise.resolve();
  expect(stored).toEqual({ [READER_SETTINGS_KEY]: dark, [LIST_STATE_KEY]: { view: 'all', sort: 'newest', tag: 'world', site: null } });
});

test('the first screen is kept once the theme it is painted in is known, and follows a new theme', async () => {
  const { area, release } = settingsArea({ [READER_SETTINGS_KEY]: SEPIA });
  const local = memoryStorage();
  const state = panelState(area, local, draw);
  const entries = [makeEntry(1), makeEntry(2)];
  state.keepScreen(DEFAULT_QUERY, entries);
  expect(readSnapshot(local)).toBeNull();
  release();
  await state.listState;
  expect(readSnapshot(local)).toMatchObject({ theme: 'sepia', entries });
  state.keepReaderSettings({ ...SEPIA, theme: 'light' });
  expect(readSnapshot(local)?.theme).toBe('light');
});
