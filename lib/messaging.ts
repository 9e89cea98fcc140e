import { browser } from 'wxt/browser';
import type { Brief } from './brief';
import type { FetchState } from './io/fetch-state';

/** How a save ended, as the popup shows it. */
export type SaveOutcome =
  | { status: 'saved'; brief: Brief; created: boolean }
  /** The page has no story; saving again with `asBookmark` stores it as a bookmark-only brief. */
  | { status: 'not-article'; message: string; url: string }
  | { status: 'error'; message: string };

/** Every message between the extension's pages and the background, declared once. */
export interface ProtocolMap {
  /** Saves the given tab (the popup passes its tab); `asBookmark` keeps a page with no story. */
  saveTab(data: { tabId: number; asBookmark?: boolean }): SaveOutcome;
  /** Fetches a link-only brief's article (the reader asked for the site's permission first). */
  fetchLink(data: { url: string }): SaveOutcome;
  /** "Fetch articles": fetches every link-only brief; answers when the job ends. */
  fetchLinks(data: Record<string, never>): FetchState;
}

type Name = keyof ProtocolMap;
type Data<N extends Name> = Parameters<ProtocolMap[N]>[0];
type Reply<N extends Name> = ReturnType<ProtocolMap[N]>;
interface Envelope<N extends Name> {
  sift: N;
  data: Data<N>;
}

export function sendMessage<N extends Name>(name: N, data: Data<N>): Promise<Reply<N>> {
  const envelope: Envelope<N> = { sift: name, data };
  return browser.runtime.sendMessage(envelope) as Promise<Reply<N>>;
}

/** Answers `name` with `handler`; returns a function that stops listening. */
export function onMessage<N extends Name>(
  name: N,
  handler: (message: { data: Data<N> }) => Reply<N> | Promise<Reply<N>>,
): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: Reply<N>) => void) => {
    const envelope = message as Partial<Envelope<N>> | null;
    if (envelope?.sift !== name) return false;
    // sendResponse plus `true` works in every browser; a returned promise does not in Chrome.
    void Promise.resolve(handler({ data: envelope.data as Data<N> })).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
