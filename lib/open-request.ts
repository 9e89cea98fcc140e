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

/** Takes the pending request, once: reopening the panel later shows the list, not an old brief. */
export async function takeOpenRequest(): Promise<OpenBriefRequest | null> {
  const value = (await browser.storage.local.get(OPEN_BRIEF_KEY))[OPEN_BRIEF_KEY];
  if (!isOpenBriefRequest(value)) return null;
  await browser.storage.local.remove(OPEN_BRIEF_KEY);
  return value;
}
