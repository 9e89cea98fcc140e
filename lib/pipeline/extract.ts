import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { RawArticle } from '../brief';
import { canonicalizeUrl } from '../canonical-url';
import type { RelatedLink } from '../brief';
import { articleBodyFallback } from './declutter/article-body';
import { linkDensity } from './declutter/text';
import { countWords, htmlToText } from './html-text';
import { readMetadata, type PageMetadata } from './metadata';
import { isTeaserOnly } from './paywall';

export type ExtractResult =
  | { ok: true; article: RawArticle }
  | { ok: false; reason: 'not-article'; page: RawArticle };

// Below this many words Readability has found a fragment, not a story (two short sentences pass).
const MIN_WORDS = 20;
// A page Readability does not think readable must give at least this much text to count,
// unless what it gave is prose rather than a list of links (a short post, a brief news item).
const MIN_WORDS_UNREADERABLE = 120;
const MAX_PROSE_LINK_DENSITY = 0.3;

/** A stage that works on Readability's result: it may mark the clone first, then cleans the result. */
export interface ContentStage {
  prepare(clone: Document): void;
  clean(content: Element, page: { pageUrl: string; title: string; byline: string | null }): {
    html: string;
    text: string;
    related: RelatedLink[];
  };
}

/**
 * Runs Readability on a clone of `doc` (the live page is never changed), then `stage` on its
 * result, and joins that with the page's metadata. `url` is the page's address; empty when
 * unknown (a saved file), then the page's own canonical URL is used.
 */
export function extractArticle(doc: Document, url: string, stage?: ContentStage): ExtractResult {
  const meta = readMetadata(doc, url);
  const pageUrl = url || meta.canonicalUrl || '';
  // The clone has no browsing context, so nothing in it loads or runs; the serializer keeps
  // Readability's result as an element in that inert document instead of a string to reparse.
  const clone = doc.cloneNode(true) as Document;
  stage?.prepare(clone);
  const parsed = new Readability<Element>(clone, {
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  const content = parsed?.content ?? null;
  const title = cleanTitle(meta.title ?? parsed?.title ?? doc.title ?? '', meta.siteName);
  const byline = cleanByline(parsed?.byline) ?? meta.byline;
  const story = !content
    ? null
    : stage
      ? // Teasers link within the article's own site: the one its canonical URL names, which holds
        // also when the page is served from a cache, a mirror or a saved copy.
        stage.clean(content, { pageUrl: meta.canonicalUrl ?? pageUrl, title, byline })
      : { html: content.innerHTML, text: htmlToText(content), related: [] };
  const storyText = story ? dropLeadingHeadline(story.text, title) : '';
  // Readability sometimes keeps only a fragment; the page's own articleBody then says more.
  const fallback = articleBodyFallback(storyText, meta.articleBody, meta.description);
  const text = fallback?.text ?? storyText;
  const article: RawArticle = {
    url: pageUrl,
    canonicalUrl: canonicalizeUrl(pickCanonical(meta, pageUrl)),
    title: title || pageUrl,
    byline,
    siteName: meta.siteName ?? parsed?.siteName ?? hostOf(pageUrl),
    publishedTime: meta.publishedTime ?? parsed?.publishedTime ?? null,
    lang: meta.lang ?? parsed?.lang ?? null,
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null,
    excerpt: meta.description ?? parsed?.excerpt ?? null,
    text,
    html: fallback?.html ?? story?.html ?? '',
    leadImage: meta.image,
    related: story?.related ?? [],
  };
  const words = countWords(text);
  const linkList = () => !fallback && (!content || linkDensity(content) >= MAX_PROSE_LINK_DENSITY);
  // isProbablyReaderable walks the whole page: asked only of short results.
  const tooThin = words < MIN_WORDS_UNREADERABLE && linkList() && !isProbablyReaderable(doc);
  if (!parsed || words < MIN_WORDS || tooThin) {
    return { ok: false, reason: 'not-article', page: { ...article, text: '', html: '' } };
  }
  // A page that says it is for subscribers, with little of the story shown, gave only its teaser.
  return { ok: true, article: isTeaserOnly(doc, meta.paywall, words) ? { ...article, teaserOnly: true } : article };
}

// A canonical link to the site's front page is a CMS mistake, not the article's address.
function pickCanonical(meta: PageMetadata, pageUrl: string): string {
  const canonical = meta.canonicalUrl;
  if (!canonical) return pageUrl;
  if (!pageUrl) return canonical;
  const isRoot = new URL(canonical).pathname === '/';
  return isRoot && safePath(pageUrl) !== '/' ? pageUrl : canonical;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// "Headline - Site Name" and "Headline | Site Name" titles carry the site twice.
function cleanTitle(title: string, siteName: string | null): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!siteName) return trimmed;
  const suffix = new RegExp(`\\s*[-|–—:·]\\s*${escapeRegExp(siteName)}\\s*$`, 'i');
  return trimmed.replace(suffix, '') || trimmed;
}

function cleanByline(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return text || null;
}

function dropLeadingHeadline(text: string, title: string): string {
  const [first, ...rest] = text.split('\n\n');
  return first && normalize(first) === normalize(title) ? rest.join('\n\n') : text;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
