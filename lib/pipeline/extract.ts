import { isProbablyReaderable } from '@mozilla/readability';
import type { RawArticle } from '../brief';
import { canonicalizeUrl } from '../canonical-url';
import type { RelatedLink } from '../brief';
import { articleBodyFallback } from './declutter/article-body';
import { readableByline } from './byline';
import { linkDensity, squash, textOf } from './declutter/text';
import { faqBlocks, type FaqItem } from './faq';
import { pageFaq } from './faq-section';
import { countWords, htmlToText } from './html-text';
import { isLink, readMetadata, type PageMetadata } from './metadata';
import { findMarkedBody, missedMarkedBody } from './marked-body';
import { isTeaserOnly } from './paywall';
import { dropPageChrome } from './page-chrome';
import { leanClone, wholeClone, type LeanClone } from './lean-clone';
import { flattenProse, mainRegion, proseWordsOf, storyProse } from './main-region';
import { sharedTriples } from './shared-triples';
import { missingStandfirst, shownStandfirst } from './standfirst';
import { completeStreamedBoundaries } from './streamed-boundaries';
import { runReadability } from './readability-run';
import { follow, pathFrom } from './child-path';

export type ExtractResult =
  | { ok: true; article: RawArticle }
  | { ok: false; reason: 'not-article'; page: RawArticle };

// Below this many words Readability has found a fragment, not a story (two short sentences pass).
const MIN_WORDS = 20;
// A page Readability does not think readable must give at least this much text to count,
// unless what it gave is prose rather than a list of links (a short post, a brief news item).
const MIN_WORDS_UNREADERABLE = 120;
const MAX_PROSE_LINK_DENSITY = 0.3;
// Readability's text is checked against the page's marked article body when it is shorter than this.
const MAX_WORDS_TO_DOUBT = 400;
// Reads this long are whole stories; the partial reads a page builder's wrappers cause are shorter.
const MAX_WORDS_TO_WIDEN = 1500;
// A main region with less text than this many times the read's cannot hold much more story: its
// story paragraphs are not counted. A read that missed a third of its story (nine tips read as
// six) has a region 1.7 times its text; at 1.3 a region's extra text was clutter as often.
const MIN_REGION_TEXT_RATIO = 1.5;
// The region must hold this much more story prose than the read, by share and in words.
const MIN_MORE_PROSE_RATIO = 1.1;
const MIN_MORE_PROSE_WORDS = 40;
const MIN_WIDENED_GROWTH = 1.3;
const MIN_SHARED_WITH_FIRST_READ = 0.8;

/** A stage that works on Readability's result: it may mark the clone first, then cleans the result. */
export interface ContentStage {
  /** `copied` picks, of the page's elements in document order, those that have a copy in `clone`. */
  prepare(clone: Document, copied: LeanClone['copied']): void;
  clean(content: Element, page: { pageUrl: string; title: string; byline: string | null; standfirst: Element | null; faq: readonly FaqItem[] }): {
    html: string;
    text: string;
    related: RelatedLink[];
  };
}

/**
 * Runs Readability on a clone of `doc` (the live page is never changed), then `stage` on its
 * result, and joins that with the page's metadata. `url` is the page's address; empty when
 * unknown (a saved file), then the page's own canonical URL is used.
 */
export function extractArticle(doc: Document, url: string, stage?: ContentStage): ExtractResult {
  const meta = readMetadata(doc, url);
  const pageUrl = url || meta.canonicalUrl || '';
  // Readability leaves out the standfirst the page shows above its body; the description says
  // which it is. The brief keeps it apart from the body, as it keeps the headline.
  const dek = shownStandfirst(doc, meta.description);
  const known = { meta, pageUrl, standfirst: dek };
  let read = readStory(doc, known, stage, {});
  // Readability scores blocks by their text alone and sometimes picks a cookie notice, a form or
  // a bio over the story; a page that marks its article body says where the story is. Those
  // wrong picks are short: a long read is trusted, which spares most pages the walk.
  let readWords = countWords(read.storyText);
  const marked = readWords < MAX_WORDS_TO_DOUBT ? findMarkedBody(doc) : null;
  if (marked && missedMarkedBody(read.storyText, marked)) {
    const again = readStory(doc, known, stage, { within: marked });
    const againWords = countWords(again.storyText);
    // Some pages mark only a header or a teaser so: the marked read must find more of a story.
    if (againWords > Math.max(MIN_WORDS, readWords)) [read, readWords] = [again, againWords];
  }
  // Page builders set each section of a story in a wrapper of its own, and Readability reads only
  // the one with most text. The page's main region then holds story paragraphs the read lacks.
  const region = readWords < MAX_WORDS_TO_WIDEN ? mainRegion(doc) : null;
  if (region && holdsMoreStory(region, read.storyText)) {
    [read, readWords] = widerRead(read, readWords, readStory(doc, known, stage, { within: region, flatten: true }));
  }
  // Readability's clean-up drops blocks named like clutter ("widget", "media") whatever they
  // hold; when that cost the read a story paragraph, the same read is made again without it.
  if (read.droppedNamedStory) {
    [read, readWords] = widerRead(read, readWords, readStory(doc, known, stage, { ...read.scope, spareNames: true }));
  }
  const { parsed, content, story, storyText, title, byline } = read;
  // Readability sometimes keeps only a fragment; the page's own articleBody then says more.
  const fallback = articleBodyFallback(storyText, meta.articleBody, meta.description);
  const standfirst = story && !fallback && dek ? missingStandfirst(storyText, textOf(dek)) : null;
  // The FAQ the page shows after the story, in accordions Readability drops, closes it.
  const faq = story && !fallback ? faqBlocks(pageFaq(doc, meta.faq, storyText), storyText) : null;
  const text = fallback?.text ?? (faq?.text ? `${storyText}\n\n${faq.text}` : storyText);
  const article: RawArticle = {
    url: pageUrl,
    canonicalUrl: canonicalizeUrl(pickCanonical(meta, pageUrl)),
    title: title || pageUrl,
    byline,
    siteName: meta.siteName ?? parsed?.siteName ?? hostOf(pageUrl),
    publishedTime: meta.publishedTime ?? parsed?.publishedTime ?? null,
    lang: meta.lang ?? parsed?.lang ?? null,
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null,
    excerpt: meta.description ?? parsed?.excerpt ?? null,
    text,
    html: fallback?.html ?? (story ? story.html + (faq?.html ?? '') : ''),
    leadImage: meta.image,
    related: story?.related ?? [],
  };
  // What the reader shows counts, the standfirst with the body. Most stories gain no fallback:
  // their words are counted already.
  const words = (text === storyText ? readWords : countWords(text)) + (standfirst ? countWords(standfirst) : 0);
  const linkList = () => !fallback && (!content || linkDensity(content) >= MAX_PROSE_LINK_DENSITY);
  // isProbablyReaderable walks the whole page: asked only of short results.
  const tooThin = words < MIN_WORDS_UNREADERABLE && linkList() && !isProbablyReaderable(doc);
  if (!parsed || words < MIN_WORDS || tooThin) {
    return { ok: false, reason: 'not-article', page: { ...article, text: '', html: '' } };
  }
  const shown: RawArticle = standfirst ? { ...article, standfirst } : article;
  // A page that says it is for subscribers, with little of the story shown, gave only its teaser.
  return { ok: true, article: isTeaserOnly(doc, meta.paywall, words) ? { ...shown, teaserOnly: true } : shown };
}

type Read = ReturnType<typeof readStory>;

/** `again` with its word count when it holds `read` and adds to it; else `read`: it found clutter, not story. */
function widerRead(read: Read, readWords: number, again: Read): [Read, number] {
  const againWords = countWords(again.storyText);
  const wider = againWords > readWords * MIN_WIDENED_GROWTH && sharedTriples(read.storyText, again.storyText) >= MIN_SHARED_WITH_FIRST_READ;
  return wider ? [again, againWords] : [read, readWords];
}

/** Whether `region` holds clearly more story paragraphs than Readability's `text`; the cheap test first. */
function holdsMoreStory(region: Element, text: string): boolean {
  if (textOf(region).length < text.length * MIN_REGION_TEXT_RATIO) return false;
  const prose = storyProse(region);
  // Two stories side by side (an infinite scroll's next one) are not one story's sections.
  return prose.articles <= 1 && prose.words >= proseWordsOf(text) * MIN_MORE_PROSE_RATIO + MIN_MORE_PROSE_WORDS;
}

/**
 * Readability on a clone of `doc` (the live page is never changed), then `stage` on its result.
 * With `within`, the clone's body holds only that element of `doc`; with `flatten` as well, its
 * story paragraphs are unwrapped from their section wrappers first. With `spareNames`, Readability's
 * clean-up does not drop blocks for their names alone.
 */
function readStory(
  doc: Document,
  { meta, pageUrl, standfirst }: { meta: PageMetadata; pageUrl: string; standfirst: Element | null },
  stage: ContentStage | undefined,
  scope: { within?: Element; flatten?: boolean; spareNames?: boolean },
) {
  const { within, flatten } = scope;
  // The clone has no browsing context, so nothing in it loads or runs; Readability's result stays
  // an element in that inert document instead of a string to reparse.
  const prepare = (forFirstPass: boolean) => {
    // A read within one element finds it by child positions, which only a whole copy keeps.
    const { clone, copied } = within ? wholeClone(doc) : leanClone(doc, { forFirstPass });
    // Stamped before trimming, so the stage's marks still count positions in the whole page.
    stage?.prepare(clone, copied);
    // Found by the live page's child positions, before the streamed parts move in.
    const copy = within && follow(clone.body, pathFrom(doc.body, within));
    completeStreamedBoundaries(clone, doc);
    if (copy) {
      clone.body.replaceChildren(copy);
      if (flatten) flattenProse(copy);
    }
    // After the stamps and the trim: both find their elements by position in the whole page.
    dropPageChrome(clone);
    return clone;
  };
  // A stage reads the page's class names off the result and takes them off itself.
  const { parsed, droppedNamedStory } = runReadability(prepare, { keepClasses: Boolean(stage) }, scope);
  const content = parsed?.content ?? null;
  const title = cleanTitle(meta.title ?? parsed?.title ?? doc.title ?? '', meta.siteName);
  const byline = cleanByline(parsed?.byline && readableByline(parsed.byline, doc)) ?? meta.byline;
  const story = !content
    ? null
    : stage
      ? // Teasers link within the article's own site: the one its canonical URL names, which holds
        // also when the page is served from a cache, a mirror or a saved copy.
        stage.clean(content, { pageUrl: meta.canonicalUrl ?? pageUrl, title, byline, standfirst, faq: meta.faq })
      : { html: content.innerHTML, text: htmlToText(content), related: [] };
  const storyText = story ? dropLeadingHeadline(story.text, title) : '';
  return { parsed, content, story, storyText, title, byline, scope, droppedNamedStory };
}

// A canonical link to the site's front page is a CMS mistake, not the article's address.
function pickCanonical(meta: PageMetadata, pageUrl: string): string {
  const canonical = meta.canonicalUrl;
  if (!canonical) return pageUrl;
  if (!pageUrl) return canonical;
  const isRoot = new URL(canonical).pathname === '/';
  return isRoot && safePath(pageUrl) !== '/' ? pageUrl : canonical;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// "Headline - Site Name" and "Headline | Site Name" titles carry the site twice.
function cleanTitle(title: string, siteName: string | null): string {
  const trimmed = squash(title);
  if (!siteName) return trimmed;
  const suffix = new RegExp(`\\s*[-|–—:·]\\s*${escapeRegExp(siteName)}\\s*$`, 'i');
  return trimmed.replace(suffix, '') || trimmed;
}

function cleanByline(byline: string | null | undefined): string | null {
  const text = squash(byline ?? '').replace(/^by(\s+|$)/i, '');
  return text && !isLink(text) ? text : null;
}

// The story's first block alone is read: splitting the whole story into blocks to drop one cost more.
function dropLeadingHeadline(text: string, title: string): string {
  const end = text.indexOf('\n\n');
  const first = end < 0 ? text : text.slice(0, end);
  if (!first || normalize(first) !== normalize(title)) return text;
  return end < 0 ? '' : text.slice(end + 2);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
