import type { NewBrief, RawArticle } from '../brief';
import { checkDomBudget, type OverBudget } from './budget';
import { declutterStage } from './declutter';
import { extractArticle, type ExtractResult } from './extract';
import { finishBrief } from './finish';
import { countWords } from './html-text';
import { isTeaserOnly } from './paywall';

export type StoryResult = ExtractResult | OverBudget;

export type PipelineResult = { ok: true; brief: NewBrief } | { ok: false; reason: 'not-article'; page: RawArticle } | OverBudget;

/**
 * The stages that need the page's DOM, which the content script runs on the live page:
 * a bounded size check (an oversized page would freeze the tab), Readability, then declutter
 * on its result (story apart from related-story clutter), and whether it is a paywall's teaser.
 */
export function extractStory(doc: Document, url: string): StoryResult {
  const overBudget = checkDomBudget(doc);
  if (overBudget) return overBudget;
  const result = extractArticle(doc, url, declutterStage(doc));
  if (!result.ok || !isTeaserOnly(doc, countWords(result.article.text))) return result;
  return { ok: true, article: { ...result.article, teaserOnly: true } };
}

/** The whole pipeline, in stage order: the DOM stages, then the text stages. */
export function runPipeline(doc: Document, url: string): PipelineResult {
  const result = extractStory(doc, url);
  return result.ok ? { ok: true, brief: finishBrief(result.article) } : result;
}
