/** Why a page cannot be saved, as one plain sentence for the popup; null when it can be. */
export function whyUnsaveable(url: string | undefined, opts: { fileAccess?: boolean } = {}): string | null {
  if (!url) return 'Sift cannot read this tab.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Sift cannot read this tab.';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'file:') {
    if (isPdfPath(pathname)) return PDF;
    return opts.fileAccess
      ? null
      : 'Sift cannot read local files unless "Allow access to file URLs" is on in its extension settings.';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    return 'Browser pages like this one cannot be saved; open a web page first.';
  }
  if (isStorePage(hostname, pathname)) return 'The browser does not let extensions read its add-on store.';
  if (isPdfPath(pathname)) return PDF;
  return null;
}

const PDF = 'Sift saves web pages, not PDF files.';

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

// Browsers block every extension from these hosts, so injecting would only fail later.
function isStorePage(hostname: string, pathname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'chromewebstore.google.com' || host === 'addons.mozilla.org') return true;
  if (host === 'microsoftedge.microsoft.com' && pathname.startsWith('/addons')) return true;
  return host === 'chrome.google.com' && pathname.startsWith('/webstore');
}
