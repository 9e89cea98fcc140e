import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db/db';
import { resumeFetchJob, startFetchJob } from '../lib/io/fetch-job';
import { askLinkAccess, MENU_ITEMS } from '../lib/menus';
import { onMessage, type SaveOutcome } from '../lib/messaging';
import type { HandOff } from '../lib/pipeline/in-page';
import { readHandOff } from '../lib/pipeline/read-hand-off';
import { savePage, type PageExtract } from '../lib/save-page';
import { saveLink } from '../lib/save-link';
import { showOutcome } from '../lib/toolbar-badge';

export default defineBackground(() => {
  const db = openDb();

  async function saveTab(tabId: number, options: { asBookmark?: boolean; selection?: string } = {}): Promise<SaveOutcome> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const outcome = await savePage(db, {
      url: tab?.url,
      asBookmark: options.asBookmark,
      fileAccess: await browser.extension.isAllowedFileSchemeAccess(),
      extract: () => extractTab(tabId),
      highlights: options.selection ? [{ text: options.selection.trim(), createdAt: Date.now() }] : undefined,
    });
    await showOutcome(tabId, outcome);
    return outcome;
  }

  browser.runtime.onInstalled.addListener(() => {
    for (const item of MENU_ITEMS) browser.contextMenus.create({ ...item, contexts: [...item.contexts] });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab) => {
    if (info.menuItemId === 'save-link' && info.linkUrl) {
      const title = (info as { linkText?: string }).linkText;
      void saveLink(db, { url: info.linkUrl, title, hasAccess: askLinkAccess(info.linkUrl) }).then((o) => {
        if (tab?.id !== undefined) void showOutcome(tab.id, o);
      });
    } else if (tab?.id === undefined) return;
    else if (info.menuItemId === 'save-page') void saveTab(tab.id);
    else if (info.menuItemId === 'save-selection') void saveTab(tab.id, { selection: info.selectionText });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-page' && tab?.id !== undefined) void saveTab(tab.id);
  });
  onMessage('saveTab', ({ data }) => saveTab(data.tabId, { asBookmark: data.asBookmark }));
  onMessage('fetchLink', ({ data }) => saveLink(db, { url: data.url, hasAccess: askLinkAccess(data.url) }));
  onMessage('fetchLinks', () => startFetchJob(db));
  void resumeFetchJob(db);
});

async function extractTab(tabId: number): Promise<PageExtract> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  if (!injection || injection.result === undefined) throw new Error('extraction returned nothing');
  return readHandOff(injection.result as PageExtract | HandOff);
}
