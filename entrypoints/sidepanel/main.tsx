import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp, type PanelRequest } from '../../components/SidePanelApp';
import { DB_NAME, openDb } from '../../lib/db/db';
import { FIRST_SCREEN, listEntries } from '../../lib/db/entries';
import { peekNewest } from '../../lib/db/peek-newest';
import { sendMessage } from '../../lib/messaging';
import { askLinkAccess } from '../../lib/menus';
import { isOpenBriefRequest, OPEN_BRIEF_KEY, takeOpenRequest } from '../../lib/open-request';
import { LIST_STATE_KEY, listStateToStore, READER_SETTINGS_KEY, readListState, readReaderSettings, type ReaderSettings } from '../../lib/settings';
import '../../components/sift.css';

const db = openDb();
const root = document.getElementById('app')!;
// Read in parallel with the settings, before anything renders: the first cards come sooner.
// IndexedDB alone answers before Dexie has opened the database; Dexie reads them if it cannot.
const firstScreen = peekNewest(DB_NAME, FIRST_SCREEN).then((entries) => entries ?? listEntries(db, FIRST_SCREEN));
const stored = browser.storage.local.get([LIST_STATE_KEY, READER_SETTINGS_KEY]);

// The permission prompt needs the reader's click (a user gesture): it is asked here, not in the background.
const fetchLink = (url: string) => askLinkAccess(url)().then(() => sendMessage('fetchLink', { url }));

// Module-wide, so a later request (the popup's) keeps the typography chosen since the panel opened.
let settings: ReaderSettings | undefined;

async function show(value: unknown) {
  const items = await stored;
  settings ??= readReaderSettings(items[READER_SETTINGS_KEY]);
  const request: PanelRequest | null = isOpenBriefRequest(value) ? { id: value.id, query: value.query, seq: value.at } : null;
  render(
    <SidePanelApp
      db={db}
      request={request}
      listState={readListState(items[LIST_STATE_KEY])}
      onListState={(query) => void browser.storage.local.set({ [LIST_STATE_KEY]: listStateToStore(query) })}
      readerSettings={settings}
      onReaderSettings={(next) => {
        settings = next;
        void show(value);
        void browser.storage.local.set({ [READER_SETTINGS_KEY]: next });
      }}
      fetchLink={fetchLink}
      summarizer={(globalThis as { Summarizer?: unknown }).Summarizer}
      speech={globalThis.speechSynthesis}
      firstScreen={firstScreen}
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
