import type { NewBrief, RawArticle } from '../brief';
import { extractArticle, type ExtractResult } from './extract';
import { finishBrief } from './finish';

export type PipelineResult = { ok: true; brief: NewBrief } | { ok: false; reason: 'not-article'; page: RawArticle };

/** The stages that need the page's DOM; the content script runs these on the live page. */
export function extractStory(doc: Document, url: string): ExtractResult {
  return extractArticle(doc, url);
}

/** The whole pipeline, in stage order: the DOM stages, then the text stages. */
export function runPipeline(doc: Document, url: string): PipelineResult {
  const result = extractStory(doc, url);
  return result.ok ? { ok: true, brief: finishBrief(result.article) } : result;
}
