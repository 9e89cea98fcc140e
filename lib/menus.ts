import { browser } from 'wxt/browser';
import { parseHttpUrl } from './canonical-url';

/** The right-click items, created once when Sift is installed or updated. */
export const MENU_ITEMS = [
  { id: 'save-page', title: 'Save page to Sift', contexts: ['page'] },
  { id: 'save-link', title: 'Save link to Sift', contexts: ['link'] },
  { id: 'save-selection', title: 'Save selection to Sift', contexts: ['selection'] },
] as const;

export type MenuItemId = (typeof MENU_ITEMS)[number]['id'];

/** The optional host permission that lets Sift fetch a link's page: its whole site, nothing more. */
export function originPattern(url: string): string | null {
  const parsed = parseHttpUrl(url);
  return parsed ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}

/**
 * Asks for the link's site at once (the prompt needs the click's user gesture, so nothing may
 * be awaited first) and returns how to learn the answer: granted before, or granted now.
 */
export function askLinkAccess(url: string): () => Promise<boolean> {
  const origin = originPattern(url);
  if (!origin) return async () => false;
  const asked = browser.permissions.request({ origins: [origin] }).catch(() => false);
  return async () => (await browser.permissions.contains({ origins: [origin] })) || asked;
}
