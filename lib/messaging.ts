import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Brief } from './brief';

/** How a save ended, as the popup shows it. */
export type SaveOutcome =
  | { status: 'saved'; brief: Brief; created: boolean }
  /** The page has no story; `confirmBookmark` saves it as a bookmark-only brief. */
  | { status: 'not-article'; message: string; url: string }
  | { status: 'error'; message: string };

/** Every message between the extension's pages and the background, declared once. */
export interface ProtocolMap {
  /** Saves the given tab (the popup passes the active tab); `asBookmark` skips the story. */
  saveTab(data: { tabId: number; asBookmark?: boolean }): SaveOutcome;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
