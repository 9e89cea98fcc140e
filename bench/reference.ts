import { rouge, rougeTokens } from './rouge';

// The publisher's own summary, in the order Newsroom-style references prefer it.
// Attribute values match case-insensitively (` i`): pages write "Description" too.
const META_SELECTORS = [
  'meta[property="og:description" i]',
  'meta[name="og:description" i]',
  'meta[name="twitter:description" i]',
  'meta[property="twitter:description" i]',
  'meta[name="description" i]',
  'meta[itemprop="description" i]',
];
/** Shorter descriptions are taglines, not summaries. */
export const MIN_REFERENCE_WORDS = 12;

/**
 * Takes the page's publisher description out of `doc` and returns it: the meta tags and every
 * JSON-LD `description` are removed, so the pipeline cannot copy the reference it is scored on.
 */
export function takeDescription(doc: Document): string | null {
  let found: string | null = null;
  for (const selector of META_SELECTORS) {
    for (const meta of Array.from(doc.querySelectorAll(selector))) {
      found ??= clean(meta.getAttribute('content') ?? '');
      meta.remove();
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const description = dropDescriptions(data);
      found ??= description ? clean(description) : null;
      script.textContent = JSON.stringify(data);
    } catch {
      script.remove(); // Unparseable JSON-LD could still hold the description.
    }
  }
  return found || null;
}

/** True when the description is the story's opening copied out, which would reward Lead-k. */
export function copiesOpening(reference: string, story: string): boolean {
  const ref = rougeTokens(reference);
  const opening = rougeTokens(story).slice(0, ref.length * 2 + 20).join(' ');
  return rouge(opening, reference).rougeL.r >= 0.8;
}

// Deletes every `description` key in a JSON-LD tree; returns the outermost one found.
function dropDescriptions(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  let first = typeof record.description === 'string' ? record.description : null;
  delete record.description;
  for (const value of Object.values(record)) {
    const inner = dropDescriptions(value);
    first ??= inner;
  }
  return first;
}

function clean(text: string): string {
  return text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
