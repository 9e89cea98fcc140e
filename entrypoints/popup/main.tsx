import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupTab } from '../../components/PopupApp';
import { openDb } from '../../lib/db/db';
import { sendMessage } from '../../lib/messaging';
import { markOpenPending, OPEN_BRIEF_KEY } from '../../lib/open-request';
import { whyUnsaveable } from '../../lib/restricted-url';
import '../../components/sift.css';

// `?tab=ID` makes the popup act on that tab when it is opened as a page (tests, keyboard users).
async function findTab(): Promise<(PopupTab & { windowId: number }) | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = asked
    ? await browser.tabs.get(asked).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const fileAccess = await browser.extension.isAllowedFileSchemeAccess();
  return { id: tab.id, url: tab.url, windowId: tab.windowId, refusal: whyUnsaveable(tab.url, { fileAccess }) };
}

function openReadingList(windowId: number | undefined, request?: { id?: number; query?: string }) {
  if (request) markOpenPending(localStorage);
  // Opening a side panel needs the click's user gesture: call it before awaiting anything.
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const opened = sidebar ? sidebar.open() : browser.sidePanel.open({ windowId: windowId ?? browser.windows.WINDOW_ID_CURRENT });
  const asked = request && browser.storage.local.set({ [OPEN_BRIEF_KEY]: { ...request, at: Date.now() } });
  void Promise.all([opened, asked]).then(() => window.close(), (err) => console.error('Sift: cannot open the reading list', err));
}

async function main() {
  const tab = await findTab();
  render(
    <PopupApp
      db={openDb()}
      tab={tab}
      save={(asBookmark) => sendMessage('saveTab', { tabId: tab!.id, asBookmark })}
      openReadingList={(request) => openReadingList(tab?.windowId, request)}
    />,
    document.getElementById('app')!,
  );
}

void main();
