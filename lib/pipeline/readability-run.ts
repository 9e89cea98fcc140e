import { Readability } from '@mozilla/readability';
import { withShortcuts } from './readability-shortcuts';

export type ReadabilityResult = ReturnType<Readability<Element>['parse']>;

/** Thrown from the body's `innerHTML` setter: Readability asked for its page back, to read again. */
class RetryWanted extends Error {}

/**
 * Readability's parse of the document `prepare` makes, its result an element in that document.
 *
 * Before its first pass Readability serializes the whole body, only to restore it when that pass
 * finds under 500 characters and it reads again with looser rules. Nine news pages in ten pass
 * at once, and the string cost them 7 % of Readability's time in Chromium. So the body reads as
 * empty, once; should Readability put it back, the parse starts over on a fresh document as
 * Readability alone runs: the same result either way, and those pages pay their first pass twice.
 */
export function runReadability(prepare: () => Document, options: { keepClasses: boolean }): ReadabilityResult {
  const parse = (doc: Document) => withShortcuts(new Readability<Element>(doc, { ...options, serializer: (node) => node as Element })).parse();
  const doc = prepare();
  const body = doc.body;
  if (!body) return parse(doc);
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => '',
    set: () => {
      throw new RetryWanted();
    },
  });
  try {
    return parse(doc);
  } catch (error) {
    if (error instanceof RetryWanted) return parse(prepare());
    throw error;
  } finally {
    // The element's own `innerHTML` again, for whoever reads the document after.
    delete (body as { innerHTML?: string }).innerHTML;
  }
}
