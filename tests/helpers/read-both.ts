import { readabilityText } from '../../bench/engines';
import type { RawArticle } from '../../lib/brief';
import { declutterStage } from '../../lib/pipeline/declutter';
import { extractArticle } from '../../lib/pipeline/extract';

/** What Readability alone reads of `page`, as text, and Sift's article from it, which must be one. */
export function readBoth(page: Document, url: string): { alone: string; article: RawArticle } {
  const alone = readabilityText(page);
  const result = extractArticle(page, url, declutterStage(page));
  if (!result.ok) throw new Error(result.reason);
  return { alone, article: result.article };
}
