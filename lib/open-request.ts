import { browser } from 'wxt/browser';

/** storage.local key through which the popup asks the reading list to open a brief or a search. */
export const OPEN_BRIEF_KEY = 'openBrief';

export interface OpenBriefRequest {
  /** The brief to read. */
  id?: number;
  /** Or a search to show in the list. */
  query?: string;
  /** When it was asked, so asking twice for the same thing still counts. */
  at: number;
}

export function isOpenBriefRequest(value: unknown): value is OpenBriefRequest {
  const v = value as OpenBriefRequest | null;
  return typeof v?.at === 'number' && (typeof v.id === 'number' || typeof v.query === 'string');
}

/**
 * localStorage key, shared by the extension's pages and read without waiting, by which the popup
 * says that a request is on its way: the opening panel then skips its first screen, which would
 * show the list for a moment before the brief or the search.
 */
export const OPEN_PENDING_KEY = 'sift:open-pending';
/** Longer than a panel takes to open; an older mark is a panel that never opened. */
const PENDING_MS = 3000;

export function markOpenPending(storage: Pick<Storage, 'setItem'>, now = Date.now()): void {
  try {
    storage.setItem(OPEN_PENDING_KEY, String(now));
  } catch {
    // Without it the list shows for a moment first; nothing else changes.
  }
}

/** Whether a request was just asked for, once: the mark is removed. */
export function takeOpenPending(storage: Pick<Storage, 'getItem' | 'removeItem'>, now = Date.now()): boolean {
  try {
    const at = Number(storage.getItem(OPEN_PENDING_KEY));
    storage.removeItem(OPEN_PENDING_KEY);
    return at > now - PENDING_MS && at <= now;
  } catch {
    return false;
  }
}

/** Takes the pending request, once: reopening the panel later shows the list, not an old brief. */
export async function takeOpenRequest(): Promise<OpenBriefRequest | null> {
  const value = (await browser.storage.local.get(OPEN_BRIEF_KEY))[OPEN_BRIEF_KEY];
  if (!isOpenBriefRequest(value)) return null;
  await browser.storage.local.remove(OPEN_BRIEF_KEY);
  return value;
}

/**
 * Calls `show` with the request the panel opens on, then with each one asked while it is open.
 * `#brief/ID` in `hash` opens a brief directly (links, tests); otherwise it is the popup's pending
 * request, or null.
 */
export function followOpenRequests(hash: string, show: (request: OpenBriefRequest | null) => void): void {
  const fromHash = /^#brief\/(\d+)$/.exec(hash);
  if (fromHash) show({ id: Number(fromHash[1]), at: 0 });
  else void takeOpenRequest().then(show, () => show(null));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && isOpenBriefRequest(changes[OPEN_BRIEF_KEY]?.newValue)) void takeOpenRequest().then(show);
  });
}
