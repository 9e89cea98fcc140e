import { resolveHttpUrl } from '../canonical-url';
import { readPaywallMarks, type PaywallMarks } from './paywall';

/** What a page says about itself in its head: meta tags, `<link rel=canonical>`, JSON-LD. */
export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  /** JSON-LD `articleBody`, where the page has one: a cross-check for the extracted text. */
  articleBody: string | null;
  /** Whether the page says it is for subscribers, and which parts it hides. */
  paywall: PaywallMarks;
}

const ARTICLE_TYPE = /^(\w+)?(Article|BlogPosting|Report|LiveBlogPosting)$/;

/** Reads the page's own metadata. `baseUrl` resolves relative links; it may be empty. */
export function readMetadata(doc: Document, baseUrl: string): PageMetadata {
  const meta = metaContents(doc);
  const ld = findArticleLd(doc);
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean) ?? null;
  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const base = baseUrl || pick('og:url') || '';
  return {
    canonicalUrl: resolveHttpUrl(canonicalHref, base) ?? resolveHttpUrl(pick('og:url'), base),
    title: text(ld?.headline) ?? pick('og:title', 'twitter:title'),
    byline: personNames(ld?.author) ?? pick('author', 'article:author', 'byl', 'parsely-author', 'dc.creator'),
    siteName: pick('og:site_name', 'application-name') ?? personNames(ld?.publisher),
    publishedTime:
      pick('article:published_time', 'datepublished', 'date', 'dc.date', 'parsely-pub-date') ??
      text(ld?.datePublished) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || pick('content-language', 'og:locale'),
    description: pick('og:description', 'twitter:description', 'description') ?? text(ld?.description),
    image: resolveHttpUrl(pick('og:image', 'og:image:url', 'twitter:image') ?? ldImage(ld?.image), base),
    articleBody: text(ld?.articleBody),
    paywall: readPaywallMarks(doc, ld),
  };
}

/** Every `<meta>` in the document, keyed by lower-case property/name/itemprop; first one wins. */
function metaContents(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  const httpLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim();
  if (httpLang && !map.has('content-language')) map.set('content-language', httpLang);
  return map;
}

type LdNode = Record<string, unknown>;

/** The first JSON-LD node whose type is an article; broken JSON is skipped, never fatal. */
export function findArticleLd(doc: Document): LdNode | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flattenLd(data).find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
    if (found) return found;
  }
  return null;
}

function flattenLd(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (!data || typeof data !== 'object') return [];
  const node = data as LdNode;
  return [node, ...flattenLd(node['@graph'])];
}

function types(node: LdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function personNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((p) => (typeof p === 'string' ? p : p && typeof p === 'object' ? (p as LdNode).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim());
  return names.length ? names.join(', ') : null;
}

function ldImage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return ldImage(value[0]);
  if (value && typeof value === 'object') return text((value as LdNode).url);
  return null;
}
