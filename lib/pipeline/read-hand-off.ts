import { parsePage } from '../node/parse-page';
import { extractStory, type StoryResult } from './index';
import type { HandOff } from './in-page';

/** Runs the DOM stages on a page the tab handed off, on linkedom, off the tab's thread. */
export function readHandOff<T>(result: T | HandOff): T | StoryResult {
  return isHandOff(result) ? extractStory(parsePage(result.html), result.url) : result;
}

function isHandOff(result: unknown): result is HandOff {
  return (result as Partial<HandOff> | null)?.reason === 'hand-off';
}
