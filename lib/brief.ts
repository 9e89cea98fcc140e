/** A link the page offered next to the story ("More from…", teaser cards). */
export interface RelatedLink {
  title: string;
  url: string;
  section?: string;
}

/**
 * What the DOM stages of the pipeline take from a page. Plain data only: it crosses
 * `scripting.executeScript` from the content script to the background.
 */
export interface RawArticle {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Story body only: no headline, no standfirst, paragraphs separated by blank lines. */
  text: string;
  /** Story HTML as extracted, body only as `text`. Untrusted: sanitize before rendering. */
  html: string;
  /**
   * The standfirst (dek) the page showed above the story, kept apart from the body as the
   * headline is; shown above it. Absent when the page showed none or set it in the body.
   */
  standfirst?: string;
  leadImage: string | null;
  related: RelatedLink[];
  /** The page showed only a teaser of a subscriber-only story, so `text` is that teaser. */
  teaserOnly?: boolean;
}

/** The story as the reader shows it, in plain text: the standfirst, then the body. */
export function readerText(article: Pick<RawArticle, 'text' | 'standfirst'>): string {
  return article.standfirst ? `${article.standfirst}\n\n${article.text}` : article.text;
}

/**
 * `brief` without what an extraction says only when it holds (a standfirst, a teaser flag), so
 * that spreading another extraction over it gives that one's word alone.
 */
export function withoutOptionalStory<T extends Partial<RawArticle>>(brief: T): Omit<T, 'standfirst' | 'teaserOnly'> {
  const { standfirst, teaserOnly, ...rest } = brief;
  return rest;
}

/**
 * `article`: a full brief. `bookmark`: a page saved without a story (not an article).
 * `link`: saved or imported by its URL only; the article has not been fetched yet.
 */
export type BriefKind = 'article' | 'bookmark' | 'link';

/** A passage the user marked: from "Save selection", or imported from another service. */
export interface Highlight {
  text: string;
  /** Epoch milliseconds. */
  createdAt: number;
  note?: string;
}

/** Everything a brief holds except what the database assigns. */
export interface NewBrief extends RawArticle {
  kind: BriefKind;
  summary: string[];
  wordCount: number;
  readingMinutes: number;
  tags: string[];
  /** Highlights that come with the save (a selection, an import); merged into the stored ones. */
  highlights?: Highlight[];
  /** Key points made on request by the browser's own AI, and which API made them. */
  aiKeyPoints?: string[];
  aiMethod?: string;
}

/** The one record the pipeline returns, the database stores and the UI renders. */
export interface Brief extends NewBrief {
  id: number;
  highlights: Highlight[];
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  readAt: number | null;
  archived: boolean;
  favorite: boolean;
  /** How far the story has been read, 0–1, so the reader reopens where the user left off. */
  readingProgress?: number;
}
