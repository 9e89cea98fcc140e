import { canonicalizeUrl, resolveHttpUrl } from '../../canonical-url';
import { listed } from '../elements';

/**
 * The canonical address of a link to another page of the same site, or null: fragments,
 * other sites, share intents, files (a photo's full size, a PDF) and the page itself do not count.
 */
export function articleLink(a: Element, pageUrl: string): string | null {
  const href = a.getAttribute('href');
  const seen = known.get(a);
  if (seen && seen.href === href && seen.pageUrl === pageUrl) return seen.url;
  const url = href ? linkTo(href, pageUrl, baseOf(a.ownerDocument, pageUrl)) : null;
  known.set(a, { href, pageUrl, url });
  return url;
}

// Teaser regions are read link by link, and again from each link's ancestors to find its card:
// each link's address, five URL parses, is worked out once for its href and page.
const known = new WeakMap<Element, { href: string | null; pageUrl: string; url: string | null }>();
let lastPage: (PageAddress & { pageUrl: string }) | undefined;

/** The page's site, its canonical address, and the prefix of the addresses beneath it (none: null). */
interface PageAddress {
  site: string;
  canonical: string;
  beneath: string | null;
}

function linkTo(href: string, pageUrl: string, base: string): string | null {
  if (href.startsWith('#') || !pageUrl) return null;
  const resolved = resolveHttpUrl(href, base);
  if (!resolved) return null;
  const url = new URL(resolved);
  const page = pageOf(pageUrl);
  if (siteOf(url.hostname) !== page.site || url.pathname.length <= 1 || FILE.test(url.pathname)) return null;
  const canonical = canonicalizeUrl(resolved);
  return canonical === page.canonical ? null : canonical;
}

/** The page's address (see `PageAddress`), worked out once while the same page asks. */
function pageOf(pageUrl: string): PageAddress {
  if (lastPage?.pageUrl !== pageUrl) {
    const canonical = canonicalizeUrl(pageUrl);
    const url = new URL(canonical);
    // A site's front page has every page beneath it; a page its query names has none.
    const beneath = url.pathname.length > 1 && !url.search ? `${canonical}/` : null;
    lastPage = { pageUrl, site: siteOf(url.hostname), canonical, beneath };
  }
  return lastPage;
}

/**
 * Whether `url` (an `articleLink`) leads beneath the page's own path: to a part of it (a course's
 * module, a guide's chapter) that a hub page lists as its content, not to another story.
 */
export function leadsBeneath(url: string, pageUrl: string): boolean {
  const { beneath } = pageOf(pageUrl);
  return !!beneath && url.startsWith(beneath);
}

/** Whether `a` leads to a page of another site; never when the page has no web address. */
export function leadsOffSite(a: Element, pageUrl: string): boolean {
  const href = a.getAttribute('href');
  if (!href || !resolveHttpUrl(pageUrl, '')) return false;
  const resolved = resolveHttpUrl(href, baseOf(a.ownerDocument, pageUrl));
  return !!resolved && siteOf(new URL(resolved).hostname) !== pageOf(pageUrl).site;
}

// A page's <base href> is what its relative links start from (bundespolizei.de's "Web/DE/…"
// from the site's root, not from the page's folder); read once per page.
const bases = new WeakMap<Document, { pageUrl: string; base: string }>();

function baseOf(doc: Document, pageUrl: string): string {
  const seen = bases.get(doc);
  if (seen?.pageUrl === pageUrl) return seen.base;
  // Readability removes an <html> whose class names a header ("avada-html-header-position-top"),
  // leaving its result in a document with no root, whose `head` linkedom reads by throwing.
  const head = doc.documentElement ? doc.head : null;
  const href = head?.getElementsByTagName('base')[0]?.getAttribute('href');
  const base = (href && pageUrl && resolveHttpUrl(href, pageUrl)) || pageUrl;
  bases.set(doc, { pageUrl, base });
  return base;
}

// Photos open full size from the story's own figures, on the site's image host: not articles.
const FILE = /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|webm|mov|mp3|m4a|ogg|wav|pdf|zip)$/i;

// The last two labels of a host name: www.example.com and news.example.com are one site.
function siteOf(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

/** The links under `el` that have an address, as `a[href]` would find them, read by tag. */
export function hrefLinks(el: Element): Element[] {
  return listed(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href'));
}

/** The distinct same-site article links under `el`. */
export function articleLinks(el: Element, pageUrl: string): string[] {
  const urls = new Set<string>();
  // By tag, not by the selector a[href], which linkedom compiles anew on every call.
  for (const a of listed(el.getElementsByTagName('a'))) {
    const url = articleLink(a, pageUrl);
    if (url) urls.add(url);
  }
  return [...urls];
}
