import { canonicalizeUrl, resolveHttpUrl } from '../../canonical-url';

/**
 * The canonical address of a link to another page of the same site, or null: fragments,
 * other sites, share intents and the page itself do not count.
 */
export function articleLink(a: Element, pageUrl: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#') || !pageUrl) return null;
  const resolved = resolveHttpUrl(href, pageUrl);
  if (!resolved) return null;
  const url = new URL(resolved);
  const page = new URL(pageUrl);
  if (siteOf(url.hostname) !== siteOf(page.hostname) || url.pathname.length <= 1) return null;
  const canonical = canonicalizeUrl(resolved);
  return canonical === canonicalizeUrl(pageUrl) ? null : canonical;
}

// The last two labels of a host name: www.example.com and news.example.com are one site.
function siteOf(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

/** The distinct same-site article links under `el`. */
export function articleLinks(el: Element, pageUrl: string): string[] {
  const urls = new Set<string>();
  for (const a of el.querySelectorAll('a[href]')) {
    const url = articleLink(a, pageUrl);
    if (url) urls.add(url);
  }
  return [...urls];
}
