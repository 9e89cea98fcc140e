import { parseHTML } from 'linkedom';

/** A `Document` for an HTML string, outside any browser (linkedom). */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Decodes page bytes the way a browser would, near enough: the BOM, then a `charset`
 * declared in the first 2 KB, then UTF-8 if it decodes cleanly, else windows-1252.
 */
export function decodePage(bytes: Uint8Array, hint?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = hint ?? /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
