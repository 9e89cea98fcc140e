import { useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import { exporters, type Exporter } from '../lib/io/formats';

interface Props {
  db: SiftDb;
  parseHtml(html: string): Document;
  /** Hands the file to the user; the options page makes it a download. */
  saveFile(name: string, data: string | Uint8Array, mimeType: string): void;
}

/** One button per export format; each writes every brief. */
export function ExportPanel({ db, parseHtml, saveFile }: Props) {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  async function run(exporter: Exporter) {
    try {
      const briefs = await db.briefs.toArray();
      const now = Date.now();
      const data = exporter.write(briefs, { parseHtml, now });
      saveFile(`sift-${new Date(now).toISOString().slice(0, 10)}.${exporter.extension}`, data, exporter.mimeType);
      setMessage({ text: `Exported ${briefs.length} briefs as ${exporter.label}.`, isError: false });
    } catch (err) {
      setMessage({ text: `The export failed: ${(err as Error).message}`, isError: true });
    }
  }

  return (
    <section class="io-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p class="muted">The Sift backup keeps everything and restores exactly; the others are for other apps.</p>
      <div class="io-buttons">
        {exporters.map((exporter) => (
          <button type="button" onClick={() => void run(exporter)}>
            {exporter.label}
          </button>
        ))}
      </div>
      {message && (
        <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'notice notice--error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
