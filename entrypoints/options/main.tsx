import { render } from 'preact';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { openDb } from '../../lib/db/db';
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

function main() {
  // With unlimitedStorage the browser grants this at once; it keeps IndexedDB from eviction.
  void navigator.storage.persist();
  render(
    <ImportExportPanel db={openDb()} parseHtml={parseHtml} saveFile={saveFile} storage={navigator.storage} />,
    document.getElementById('app')!,
  );
}

main();
