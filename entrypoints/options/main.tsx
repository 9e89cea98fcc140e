import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { openDb } from '../../lib/db/db';
import { FETCH_STATE_KEY, isFetchState } from '../../lib/io/fetch-state';
import { sendMessage } from '../../lib/messaging';
import '../../components/sift.css';
import './options.css';

// DOMParser gives an inert document: nothing in an imported page loads or runs.
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function saveFile(name: string, data: string | Uint8Array, mimeType: string) {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started reading the blob by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Site access for every link at once, asked from the click (the prompt needs its gesture).
// Declining still fetches the sites granted one by one through "Save link".
function startFetch() {
  void browser.permissions
    .request({ origins: ['http://*/*', 'https://*/*'] })
    .catch(() => false)
    .then(() => sendMessage('fetchLinks', {}));
}

const db = openDb();
function show(fetchState: unknown) {
  const state = isFetchState(fetchState) ? fetchState : null;
  render(
    <ImportExportPanel db={db} parseHtml={parseHtml} saveFile={saveFile} storage={navigator.storage} fetchState={state} startFetch={startFetch} />,
    document.getElementById('app')!,
  );
}

// With unlimitedStorage the browser grants this at once; it keeps IndexedDB from eviction.
void navigator.storage.persist();
void browser.storage.local.get(FETCH_STATE_KEY).then((items) => show(items[FETCH_STATE_KEY]));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[FETCH_STATE_KEY]) show(changes[FETCH_STATE_KEY].newValue);
});
