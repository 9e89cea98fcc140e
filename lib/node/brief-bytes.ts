import type { NewBrief } from '../brief';
import { runPipeline } from '../pipeline';
import { declutterStage, type RemovedBlock } from '../pipeline/declutter';
import { logRemoved } from '../pipeline/removed-log';
import { decodePage, parsePage } from './parse-page';

/** How one page went through the pipeline in Node; `crash` is an exception the pipeline let escape. */
export type PageOutcome =
  | { kind: 'brief'; brief: NewBrief; removed?: RemovedBlock[] }
  | { kind: 'not-article' }
  | { kind: 'over-budget'; message: string }
  | { kind: 'crash'; message: string };

/**
 * Page bytes → decoded, parsed and briefed, as `npm run brief` does it; never throws. With
 * `showRemoved`, a brief comes with the blocks declutter took out of its story.
 */
export function briefBytes(bytes: Uint8Array, url: string, showRemoved = false): PageOutcome {
  try {
    const doc = parsePage(decodePage(bytes));
    const log = showRemoved ? logRemoved(declutterStage(doc)) : null;
    const result = runPipeline(doc, url, log?.stage);
    if (!result.ok) return result.reason === 'over-budget' ? { kind: 'over-budget', message: result.message } : { kind: 'not-article' };
    return { kind: 'brief', brief: result.brief, ...(log && { removed: log.removedIn(result.brief.html) }) };
  } catch (err) {
    return { kind: 'crash', message: (err as Error)?.stack ?? String(err) };
  }
}
