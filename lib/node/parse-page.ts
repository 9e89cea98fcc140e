import { parseHTML } from 'linkedom';
import { completeStreamedBoundaries } from './streamed-boundaries';

/** A `Document` for an HTML string, outside any browser (linkedom), shaped as a browser builds it. */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // linkedom roots the document at whatever element comes first, or at none for bare text or a
  // page cut short; a browser always builds <html>, and Readability needs it.
  if (document.documentElement?.localName !== 'html') ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  moveStrayHeadContent(document as unknown as Document);
  completeStreamedBoundaries(document as unknown as Document);
  return document as unknown as Document;
}

const HEAD_ELEMENTS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

// A browser ends <head> at the first element that does not belong there and puts it, and all
// after it, in <body>; linkedom leaves them in <head>, where Readability, climbing from a story
// found there towards <body>, runs off the top of the document and throws.
function moveStrayHeadContent(doc: Document): void {
  // Only where the page has a <head>: linkedom's doc.head getter adds one to a page without.
  if (!doc.querySelector('head')) return;
  const { head, body } = doc;
  const stray = [...head.children].find((el) => !HEAD_ELEMENTS.has(el.localName));
  if (!body || !stray) return;
  const moved: Node[] = [];
  for (let node: Node | null = stray; node; node = node.nextSibling) moved.push(node);
  body.prepend(...moved);
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
      const decoder = new TextDecoder(declared.toLowerCase());
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node 20's TextDecoder decodes windows-1252 (and the latin1 labels that mean it) as ISO-8859-1,
// leaving curly quotes and dashes as C1 control characters; map 0x80–0x9F as browsers do.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}
