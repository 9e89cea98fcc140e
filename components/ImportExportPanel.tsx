import { useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import type { FetchState } from '../lib/io/fetch-state';
import { ExportPanel } from './ExportPanel';
import { FetchLinksPanel } from './FetchLinksPanel';
import { ImportPanel } from './ImportPanel';
import { StorageUsage, type StorageApi } from './StorageUsage';

interface Props {
  db: SiftDb;
  /** The page's HTML parser (DOMParser): importers and the Markdown export read HTML with it. */
  parseHtml(html: string): Document;
  saveFile(name: string, data: string | Uint8Array, mimeType: string): void;
  storage: StorageApi;
  /** The "Fetch articles" job's last state, and how to start it (from a click). */
  fetchState: FetchState | null;
  startFetch(): void;
}

/** The options page: bring briefs in from other services, take them out, and see the space they use. */
export function ImportExportPanel({ db, parseHtml, saveFile, storage, fetchState, startFetch }: Props) {
  const [imports, setImports] = useState(0);
  return (
    <main class="io">
      <h1>Your briefs</h1>
      <ImportPanel db={db} parseHtml={parseHtml} onImported={() => setImports((n) => n + 1)} />
      <FetchLinksPanel db={db} state={fetchState} start={startFetch} refreshKey={imports} />
      <ExportPanel db={db} parseHtml={parseHtml} saveFile={saveFile} />
      <StorageUsage storage={storage} refreshKey={imports} />
    </main>
  );
}
