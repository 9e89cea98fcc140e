// Query parameters that only say where a click came from; the same article with or without
// them is one brief. Beside the campaign and ad-click ids: a site's own internal campaign tags
// (itm_*, icid, ncid), search engines' result ids (srsltid, yclid) and cross-domain linker (_gl).
const TRACKING_PARAM =
  /^(utm_.*|itm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|ttclid|twclid|li_fat_id|srsltid|mc_cid|mc_eid|mkt_tok|igshid|_ga|_gl|_hsenc|_hsmi|ocid|cmpid|icid|ncid|smid|ref_src)$/i;

/** True when `name` is a query parameter that only tracks where a visit came from. */
export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/**
 * The key that decides whether two URLs are the same article: no fragment, no tracking
 * parameters, no trailing slash, lower-case host, no default port. Returns the input
 * unchanged when it is not an absolute URL.
 */
export function canonicalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  url.hash = '';
  // forEach, not the keys() iterator: in a Firefox content script that iterator cannot be
  // spread (TypeError) and Array.from gives [] (the Firefox browser test saw both).
  const tracking: string[] = [];
  url.searchParams.forEach((_value, name) => {
    if (isTrackingParam(name)) tracking.push(name);
  });
  for (const name of tracking) url.searchParams.delete(name);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const search = url.searchParams.toString();
  url.search = search ? `?${search}` : '';
  return url.href.replace(/\/$/, '');
}

/** The URL when it is an http(s) address (relative ones against `base`), the only kind a brief can point to; else null. */
export function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Resolves `href` against `base` (empty: `href` must be absolute); null when it is not a usable http(s) URL. */
export function resolveHttpUrl(href: string | null | undefined, base: string): string | null {
  return href ? (parseHttpUrl(href.trim(), base || undefined)?.href ?? null) : null;
}
