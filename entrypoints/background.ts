import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db/db';
import { onMessage, type SaveOutcome } from '../lib/messaging';
import { savePage, type PageExtract } from '../lib/save-page';

const MENU_SAVE_PAGE = 'save-page';

export default defineBackground(() => {
  const db = openDb();

  async function saveTab(tabId: number, asBookmark = false): Promise<SaveOutcome> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const outcome = await savePage(db, {
      url: tab?.url,
      asBookmark,
      fileAccess: await browser.extension.isAllowedFileSchemeAccess(),
      extract: () => extractTab(tabId),
    });
    await showOutcome(tabId, outcome);
    return outcome;
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: 'Save page to Sift', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) void saveTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-page' && tab?.id !== undefined) void saveTab(tab.id);
  });
  onMessage('saveTab', ({ data }) => saveTab(data.tabId, data.asBookmark));
});

async function extractTab(tabId: number): Promise<PageExtract> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/extract.js'],
  });
  if (!injection || injection.result === undefined) throw new Error('extraction returned nothing');
  return injection.result as PageExtract;
}

// Saves from the menu or the shortcut have no popup, so the toolbar button tells how they went.
async function showOutcome(tabId: number, outcome: SaveOutcome): Promise<void> {
  const ok = outcome.status === 'saved';
  const title = ok ? `Saved to Sift: ${outcome.brief.title}` : outcome.message;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#2e7d32' : '#b3261e' }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}
