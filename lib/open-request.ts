/** storage.local key through which the popup asks the reading list to open a brief. */
export const OPEN_BRIEF_KEY = 'openBrief';

export interface OpenBriefRequest {
  id: number;
  /** When it was asked, so asking twice for the same brief still counts. */
  at: number;
}

export function isOpenBriefRequest(value: unknown): value is OpenBriefRequest {
  const v = value as OpenBriefRequest | null;
  return typeof v?.id === 'number' && typeof v.at === 'number';
}
