import { browser } from 'wxt/browser';
import type { SaveOutcome } from './messaging';

/** Saves from the menu or the shortcut have no popup, so the toolbar button tells how they went. */
export async function showOutcome(tabId: number, outcome: SaveOutcome): Promise<void> {
  const ok = outcome.status === 'saved';
  const title = ok ? `Saved to Sift: ${outcome.brief.title}` : outcome.message;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#2e7d32' : '#b3261e' }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}
