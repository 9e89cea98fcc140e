// Query parameters that only say where a click came from; the same article with or without
// them is one brief.
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_hsenc|_hsmi|ocid|cmpid)$/i;

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
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const search = url.searchParams.toString();
  url.search = search ? `?${search}` : '';
  return url.href.replace(/\/$/, '');
}

/** Resolves `href` against `base`; null when it is not a usable http(s) URL. */
export function resolveHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
