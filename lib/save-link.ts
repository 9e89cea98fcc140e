import type { SiftDb } from './db/db';
import { findBriefByUrl, saveBrief } from './db/briefs';
import { canonicalizeUrl } from './canonical-url';
import type { SaveOutcome } from './messaging';
import { makeLinkBrief } from './io/link-brief';
import { decodePage, parsePage } from './node/parse-page';
import { extractStory } from './pipeline';
import { savePage, type PageExtract } from './save-page';

export interface SaveLinkInput {
  url: string;
  /** The link's text where the browser gives it; the title of a link-only brief. */
  title?: string;
  /** Whether Sift may read the link's site: the optional host permission, asked for on the click. */
  hasAccess: () => Promise<boolean>;
  fetch?: typeof fetch;
}

/**
 * "Save link": fetches the linked page and runs the same pipeline as a saved tab, on linkedom
 * (a service worker has no DOMParser). Without access to the site it keeps a link-only brief,
 * which the reader can fetch later; a brief already stored for the link is never thinned out.
 */
export async function saveLink(db: SiftDb, input: SaveLinkInput): Promise<SaveOutcome> {
  if (await input.hasAccess()) {
    return savePage(db, { url: input.url, extract: () => fetchPage(input.url, input.fetch ?? fetch), asBookmark: true });
  }
  const existing = await findBriefByUrl(db, canonicalizeUrl(input.url));
  if (existing) return { status: 'saved', brief: existing, created: false };
  const link = makeLinkBrief({ url: input.url, title: input.title, savedAt: Date.now() });
  if (!link) return { status: 'error', message: 'Sift saves links to web pages only.' };
  const { brief, created } = await saveBrief(db, link);
  return { status: 'saved', brief, created };
}

/** The linked page through the DOM stages, as the content script would give it back. */
export async function fetchPage(url: string, fetchFn: typeof fetch): Promise<PageExtract> {
  const response = await fetchFn(url, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? 'text/html';
  if (!/html/i.test(contentType)) return { ok: false, reason: 'not-html', contentType };
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? null;
  const html = decodePage(new Uint8Array(await response.arrayBuffer()), charset);
  return extractStory(parsePage(html), response.url || url);
}
