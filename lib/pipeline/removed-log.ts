import type { DeclutterResult, DeclutterStage, RemovedBlock } from './declutter';
import type { ContentStage } from './extract';

export interface RemovedLog {
  /** `stage` as it was, noting what each of its clean-ups took out. */
  stage: ContentStage;
  /** What declutter took out of the read an article's HTML holds; none when it kept no read. */
  removedIn(html: string): RemovedBlock[];
}

/**
 * What declutter took out of a page, for debugging it (`npm run brief -- --removed`). A page may
 * be read more than once (again within its marked body or its main region, or with Readability's
 * clutter names spared), and one read is kept.
 */
export function logRemoved(stage: DeclutterStage): RemovedLog {
  const reads: DeclutterResult[] = [];
  return {
    stage: {
      prepare: stage.prepare,
      clean(content, page) {
        const read = stage.clean(content, page);
        reads.push(read);
        return read;
      },
    },
    // The article's HTML opens with its read's story (an FAQ may follow); a fallback has none.
    removedIn: (html) => reads.findLast((read) => read.html !== '' && html.startsWith(read.html))?.removed ?? [],
  };
}
