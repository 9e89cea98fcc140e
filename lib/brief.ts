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
  /** Story body only: no headline, paragraphs separated by blank lines. */
  text: string;
  /** Story HTML as extracted. Untrusted: sanitize before rendering. */
  html: string;
  leadImage: string | null;
  related: RelatedLink[];
}

/** `article`: a full brief. `bookmark`: a page saved without a story (not an article). */
export type BriefKind = 'article' | 'bookmark';

/** Everything a brief holds except what the database assigns. */
export interface NewBrief extends RawArticle {
  kind: BriefKind;
  summary: string[];
  wordCount: number;
  readingMinutes: number;
  tags: string[];
  /** Key points made on request by the browser's own AI, and which API made them. */
  aiKeyPoints?: string[];
  aiMethod?: string;
}

/** The one record the pipeline returns, the database stores and the UI renders. */
export interface Brief extends NewBrief {
  id: number;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  readAt: number | null;
  archived: boolean;
  favorite: boolean;
}
