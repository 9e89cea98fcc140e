import { render } from 'preact';
import { browser } from 'wxt/browser';
import { firstScreenTree } from '../../components/FirstScreen';
import { SidePanelApp, type PanelRequest } from '../../components/SidePanelApp';
import { DB_NAME, openDb } from '../../lib/db/db';
import { FIRST_SCREEN, listEntries, type ListEntry } from '../../lib/db/entries';
import { peekNewest } from '../../lib/db/peek-newest';
import type { ListQuery } from '../../lib/list/query';
import { sendMessage } from '../../lib/messaging';
import { askLinkAccess } from '../../lib/menus';
import { isOpenBriefRequest, OPEN_BRIEF_KEY, takeOpenRequest } from '../../lib/open-request';
import { writeSnapshot, type PanelSnapshot } from '../../lib/panel-snapshot';
import { LIST_STATE_KEY, listStateToStore, READER_SETTINGS_KEY, readListState, readReaderSettings, type ReaderSettings } from '../../lib/settings';

/** The side panel's app, loaded behind the first screen that `main.ts` painted from `snapshot`. */
export function startApp(snapshot: PanelSnapshot | null): void {
  const db = openDb();
  const root = document.getElementById('app')!;
  // Read in parallel with the settings, before anything renders: the first cards come sooner.
  // IndexedDB alone answers before Dexie has opened the database; Dexie reads them if it cannot.
  const firstScreen = peekNewest(DB_NAME, FIRST_SCREEN).then((entries) => entries ?? listEntries(db, FIRST_SCREEN));
  const stored = browser.storage.local.get([LIST_STATE_KEY, READER_SETTINGS_KEY]);

  // The permission prompt needs the reader's click (a user gesture): it is asked here, not in the background.
  const fetchLink = (url: string) => askLinkAccess(url)().then(() => sendMessage('fetchLink', { url }));

  // Across requests, so a later one (the popup's) keeps the typography chosen since the panel opened.
  let settings: ReaderSettings | undefined;
  // Kept for the next opening's first screen: the list's top, with the theme it was painted in.
  let screen: { query: ListQuery; entries: ListEntry[] } | undefined;
  const keepSnapshot = () => settings && screen && writeSnapshot(localStorage, { theme: settings.theme, ...screen }, firstScreenTree);
  // Preact did not render the first screen: the app's first render replaces it, in the same task.
  let firstRender = true;

  async function show(value: unknown) {
    const items = await stored;
    settings ??= readReaderSettings(items[READER_SETTINGS_KEY]);
    const request: PanelRequest | null = isOpenBriefRequest(value) ? { id: value.id, query: value.query, seq: value.at } : null;
    if (firstRender) root.replaceChildren();
    firstRender = false;
    render(
      <SidePanelApp
        db={db}
        request={request}
        listState={readListState(items[LIST_STATE_KEY])}
        onListState={(query) => void browser.storage.local.set({ [LIST_STATE_KEY]: listStateToStore(query) })}
        readerSettings={settings}
        onReaderSettings={(next) => {
          settings = next;
          keepSnapshot();
          void show(value);
          void browser.storage.local.set({ [READER_SETTINGS_KEY]: next });
        }}
        fetchLink={fetchLink}
        summarizer={(globalThis as { Summarizer?: unknown }).Summarizer}
        speech={globalThis.speechSynthesis}
        firstScreen={firstScreen}
        lastScreen={snapshot?.entries}
        onScreen={(query, entries) => {
          screen = { query, entries };
          keepSnapshot();
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />,
      root,
    );
  }

  // `#brief/ID` opens a brief directly (links, tests); otherwise the popup's pending request.
  const fromHash = /^#brief\/(\d+)$/.exec(location.hash);
  if (fromHash) void show({ id: Number(fromHash[1]), at: 0 });
  else void takeOpenRequest().then(show, () => show(null));

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && isOpenBriefRequest(changes[OPEN_BRIEF_KEY]?.newValue)) void takeOpenRequest().then(show);
  });
}
