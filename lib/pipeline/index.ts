import type { NewBrief, RawArticle } from '../brief';
import { checkDomBudget, type OverBudget } from './budget';
import { declutterStage } from './declutter';
import { extractArticle, type ContentStage, type ExtractResult } from './extract';
import { finishBrief } from './finish';

export type StoryResult = ExtractResult | OverBudget;

export type PipelineResult = { ok: true; brief: NewBrief } | { ok: false; reason: 'not-article'; page: RawArticle } | OverBudget;

/**
 * The stages that need the page's DOM, which the content script runs on the live page:
 * a bounded size check (an oversized page would freeze the tab), Readability, then declutter
 * on its result (story apart from related-story clutter).
 */
export function extractStory(doc: Document, url: string, stage: ContentStage = declutterStage(doc)): StoryResult {
  const overBudget = checkDomBudget(doc);
  return overBudget ?? extractArticle(doc, url, stage);
}

/** The whole pipeline, in stage order: the DOM stages, then the text stages. */
export function runPipeline(doc: Document, url: string, stage?: ContentStage): PipelineResult {
  const result = extractStory(doc, url, stage);
  return result.ok ? { ok: true, brief: finishBrief(result.article) } : result;
}
