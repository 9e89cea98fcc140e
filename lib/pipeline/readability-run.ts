import { Readability } from '@mozilla/readability';
import { listed } from './elements';
import { watchNamedCleanUp } from './named-clean-up';
import { withShortcuts } from './readability-shortcuts';

export type ReadabilityResult = ReturnType<Readability<Element>['parse']>;

type Options = { keepClasses: boolean };

/** Readability's result, and whether it lacks a story paragraph that its clean-up removed for a block's name. */
export interface ReadabilityRun {
  parsed: ReadabilityResult;
  droppedNamedStory: boolean;
}

/** Thrown from Readability's `_grabArticle`: the body it was about to read. */
class Grabbing extends Error {
  constructor(readonly body: HTMLElement) {
    super('grabbing');
  }
}

/**
 * Readability's parse of the document `prepare` makes, its result an element in that document,
 * and what its clean-up did to blocks for their names (see `watchNamedCleanUp`).
 *
 * Before its first pass Readability serializes the whole body, to restore it from that string
 * when the pass finds under 500 characters and it reads again with looser rules. Nine news pages
 * in ten pass at once, and the string cost them 7 % of Readability's time in Chromium. So the
 * body reads as empty; should Readability put it back, a fresh document is readied as this one
 * was, taken as far as Readability had taken the page, and its body's nodes are put back instead:
 * the page as it was, where parsing the string would have cost as much again. `prepare` is told
 * whether the document is for the first pass, which strips blocks by their names unseen: the
 * later ones, with looser rules, read them.
 */
export function runReadability(prepare: (firstPass: boolean) => Document, options: Options, { spareNames = false } = {}): ReadabilityRun {
  const doc = prepare(true);
  const reader = withShortcuts(new Readability<Element>(doc, { ...options, serializer: (node) => node as Element }));
  // With `spareNames`, its clean-up weighs blocks named like clutter by what they hold instead.
  const named = watchNamedCleanUp(reader, spareNames);
  const run = (): ReadabilityRun => {
    const parsed = reader.parse();
    return { parsed, droppedNamedStory: named.droppedStoryFrom(parsed?.content) };
  };
  const body = doc.body;
  if (!body) return run();
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => '',
    set: () => body.replaceChildren(...listed(bodyAtGrab(prepare(false), options).childNodes)),
  });
  try {
    return run();
  } finally {
    // The element's own `innerHTML` again, for whoever reads the document after.
    delete (body as { innerHTML?: string }).innerHTML;
  }
}

/** The body of `doc` as Readability has it when it starts to look for the article. */
function bodyAtGrab(doc: Document, options: Options): HTMLElement {
  const reader = new Readability<Element>(doc, options);
  // Stopped there: what it does to the page before is all done, and no more.
  (reader as unknown as { _grabArticle(): never })._grabArticle = () => {
    throw new Grabbing(doc.body);
  };
  try {
    reader.parse();
  } catch (error) {
    if (error instanceof Grabbing) return error.body;
    throw error;
  }
  throw new Error('Readability parsed without looking for the article');
}
