import type { Highlight, RawArticle } from './brief';
import type { SiftDb } from './db/db';
import { saveBrief } from './db/briefs';
import type { SaveOutcome } from './messaging';
import type { StoryResult } from './pipeline';
import { finishBrief } from './pipeline/finish';
import { whyUnsaveable } from './restricted-url';

/** What the content script hands back: the DOM stages' result, or why it could not run them. */
export type PageExtract = StoryResult | { ok: false; reason: 'not-html'; contentType: string };

export interface SavePageInput {
  url: string | undefined;
  /** Runs the DOM stages in the page; rejects when the browser does not let it in. */
  extract: () => Promise<PageExtract>;
  /** Store the page as a bookmark-only brief even though it has no story. */
  asBookmark?: boolean;
  fileAccess?: boolean;
  /** Passages to keep with the brief (the "Save selection" menu item). */
  highlights?: Highlight[];
}

export const NOT_ARTICLE_MESSAGE = 'This page does not look like an article, so there is no story to save.';

/**
 * The one save path behind the popup, the context menu and the shortcut. Checks the URL,
 * extracts, summarizes and stores; on any failure nothing is written.
 */
export async function savePage(db: SiftDb, input: SavePageInput): Promise<SaveOutcome> {
  const refusal = whyUnsaveable(input.url, { fileAccess: input.fileAccess });
  if (refusal) return { status: 'error', message: refusal };
  let result: PageExtract;
  try {
    result = await input.extract();
  } catch {
    return { status: 'error', message: 'The browser did not let Sift read this page. Reload it and try again.' };
  }
  if (!result.ok && result.reason === 'not-html') {
    const pdf = /pdf/i.test(result.contentType);
    return { status: 'error', message: pdf ? 'Sift saves web pages, not PDF files.' : 'Sift saves web pages; this tab shows a file.' };
  }
  if (!result.ok && result.reason === 'over-budget') return { status: 'error', message: result.message };
  let raw: RawArticle;
  if (result.ok) raw = result.article;
  else if (input.asBookmark) raw = result.page;
  else return { status: 'not-article', message: NOT_ARTICLE_MESSAGE, url: result.page.url };
  try {
    const finished = { ...finishBrief(raw, result.ok ? 'article' : 'bookmark'), highlights: input.highlights };
    const { brief, created } = await saveBrief(db, finished);
    return { status: 'saved', brief, created };
  } catch (err) {
    return { status: 'error', message: storageMessage(err) };
  }
}

function storageMessage(err: unknown): string {
  const name = (err as { name?: string; inner?: { name?: string } })?.inner?.name ?? (err as Error)?.name;
  return name === 'QuotaExceededError'
    ? 'Your browser is out of storage space for Sift; nothing was saved.'
    : 'Sift could not store this brief; nothing was saved.';
}
