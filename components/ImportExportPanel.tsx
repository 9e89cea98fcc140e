import { useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { StorageUsage, type StorageApi } from './StorageUsage';

interface Props {
  db: SiftDb;
  /** The page's HTML parser (DOMParser): importers and the Markdown export read HTML with it. */
  parseHtml(html: string): Document;
  saveFile(name: string, data: string | Uint8Array, mimeType: string): void;
  storage: StorageApi;
}

/** The options page: bring briefs in from other services, take them out, and see the space they use. */
export function ImportExportPanel({ db, parseHtml, saveFile, storage }: Props) {
  const [imports, setImports] = useState(0);
  return (
    <main class="io">
      <h1>Your briefs</h1>
      <ImportPanel db={db} parseHtml={parseHtml} onImported={() => setImports((n) => n + 1)} />
      <ExportPanel db={db} parseHtml={parseHtml} saveFile={saveFile} />
      <StorageUsage storage={storage} refreshKey={imports} />
    </main>
  );
}
