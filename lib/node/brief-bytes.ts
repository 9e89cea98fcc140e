import type { NewBrief } from '../brief';
import { runPipeline } from '../pipeline';
import { decodePage, parsePage } from './parse-page';

/** How one page went through the pipeline in Node; `crash` is an exception the pipeline let escape. */
export type PageOutcome =
  | { kind: 'brief'; brief: NewBrief }
  | { kind: 'not-article' }
  | { kind: 'over-budget'; message: string }
  | { kind: 'crash'; message: string };

/** Page bytes → decoded, parsed and briefed, as `npm run brief` does it; never throws. */
export function briefBytes(bytes: Uint8Array, url: string): PageOutcome {
  try {
    const result = runPipeline(parsePage(decodePage(bytes)), url);
    if (result.ok) return { kind: 'brief', brief: result.brief };
    return result.reason === 'over-budget' ? { kind: 'over-budget', message: result.message } : { kind: 'not-article' };
  } catch (err) {
    return { kind: 'crash', message: (err as Error)?.stack ?? String(err) };
  }
}
