import { render } from 'preact';
import { browser } from 'wxt/browser';
import { firstScreenTree } from '../../components/FirstScreen';
import { SidePanelApp } from '../../components/SidePanelApp';
import { DB_NAME, openDb } from '../../lib/db/db';
import { FIRST_SCREEN, listEntries } from '../../lib/db/entries';
import { peekNewest } from '../../lib/db/peek-newest';
import { sendMessage } from '../../lib/messaging';
import { askLinkAccess } from '../../lib/menus';
import { followOpenRequests, type OpenBriefRequest } from '../../lib/open-request';
import type { PanelSnapshot } from '../../lib/panel-snapshot';
import { panelState } from '../../lib/panel-state';

/** The side panel's app, loaded behind the first screen that `main.ts` painted from `snapshot`. */
export function startApp(snapshot: PanelSnapshot | null): void {
  const db = openDb();
  const root = document.getElementById('app')!;
  // Read in parallel with the settings, before anything renders: the first cards come sooner.
  // IndexedDB alone answers before Dexie has opened the database; Dexie reads them if it cannot.
  const firstScreen = peekNewest(DB_NAME, FIRST_SCREEN).then((entries) => entries ?? listEntries(db, FIRST_SCREEN));
  const state = panelState(browser.storage.local, localStorage, firstScreenTree);

  // The permission prompt needs the reader's click (a user gesture): it is asked here, not in the background.
  const fetchLink = (url: string) => askLinkAccess(url)().then(() => sendMessage('fetchLink', { url }));

  // Preact did not render the first screen: the app's first render replaces it, in the same task.
  let firstRender = true;

  async function show(request: OpenBriefRequest | null) {
    const listState = await state.listState;
    if (firstRender) root.replaceChildren();
    firstRender = false;
    render(
      <SidePanelApp
        db={db}
        request={request}
        listState={listState}
        onListState={state.keepListState}
        readerSettings={state.readerSettings()}
        onReaderSettings={(next) => {
          state.keepReaderSettings(next);
          void show(request);
        }}
        fetchLink={fetchLink}
        summarizer={(globalThis as { Summarizer?: unknown }).Summarizer}
        speech={globalThis.speechSynthesis}
        firstScreen={firstScreen}
        lastScreen={snapshot?.entries}
        onScreen={state.keepScreen}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />,
      root,
    );
  }

  followOpenRequests(location.hash, show);
}
