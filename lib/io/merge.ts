import { withoutOptionalStory, type Brief, type BriefKind } from '../brief';
import { mergeHighlights } from '../db/briefs';
import type { ImportedBrief } from './types';

// A copy with the story beats a bookmark, which beats a bare link.
const RICHNESS: Record<BriefKind, number> = { link: 0, bookmark: 1, article: 2 };

/**
 * One brief from two copies of the same article. The richer copy gives the content; the
 * user's state is combined: tags unioned, earliest save kept, archived or favorite if
 * either copy was, earliest read, highlights of both. `kept`'s id stays.
 */
export function mergeBriefs<T extends ImportedBrief | Brief>(kept: T, added: ImportedBrief): T {
  // The story comes whole from one copy: a standfirst or teaser flag of the other's would not fit it.
  const base = RICHNESS[added.kind] > RICHNESS[kept.kind] ? { ...withoutOptionalStory(kept), ...added } : { ...withoutOptionalStory(added), ...kept };
  const id = kept.id ?? added.id;
  const reads = [kept.readAt, added.readAt].filter((at): at is number => at !== null);
  return {
    ...base,
    ...(id === undefined ? {} : { id }),
    tags: [...new Set([...kept.tags, ...added.tags])],
    highlights: mergeHighlights(kept.highlights, added.highlights),
    savedAt: Math.min(kept.savedAt, added.savedAt),
    updatedAt: Math.max(kept.updatedAt, added.updatedAt),
    readAt: reads.length ? Math.min(...reads) : null,
    archived: kept.archived || added.archived,
    favorite: kept.favorite || added.favorite,
  } as T;
}

/** Merges the copies of each article within one file (by canonical URL), in first-seen order. */
export function mergeDuplicates(briefs: ImportedBrief[]): ImportedBrief[] {
  const byUrl = new Map<string, ImportedBrief>();
  for (const brief of briefs) {
    const kept = byUrl.get(brief.canonicalUrl);
    byUrl.set(brief.canonicalUrl, kept ? mergeBriefs(kept, brief) : brief);
  }
  return [...byUrl.values()];
}
