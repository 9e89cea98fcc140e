import { escapeHtml } from '../../escape-html';
import { countWords } from '../html-text';
import { sharedTriples } from '../shared-triples';
import { squash } from './text';

// Readability found a fragment when its text is under this share of the page's own articleBody.
const MIN_SHARE = 0.5;
// A shorter articleBody is a teaser or a description, not the story.
const MIN_BODY_WORDS = 150;
// Readability chose another block of the page when almost none of its word triples are in articleBody.
const MIN_SHARED_TRIPLES = 0.1;

/**
 * The page's JSON-LD articleBody as the story, when Readability's text is much shorter than it;
 * null when Readability's text should stand. Paragraphs become `<p>`s, escaped. CMSs often leave
 * the standfirst out of articleBody: when the page shows its description as a paragraph of the
 * story and articleBody lacks it, it goes first.
 */
export function articleBodyFallback(
  text: string,
  articleBody: string | null,
  description: string | null = null,
): { text: string; html: string } | null {
  if (!articleBody) return null;
  const body = plainText(articleBody);
  const bodyWords = countWords(body);
  if (bodyWords < MIN_BODY_WORDS) return null;
  if (countWords(text) >= bodyWords * MIN_SHARE && sharedTriples(text, body) >= MIN_SHARED_TRIPLES) return null;
  const paragraphs = paragraphsOf(body);
  const lead = description ? squash(description) : '';
  const shown = lead && paragraphsOf(text).some((p) => p === lead);
  if (shown && !squash(body).includes(lead)) paragraphs.unshift(lead);
  return {
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
  };
}

const BLOCK_TAG = /<\/?(p|div|br|h[1-6]|li|ul|ol|blockquote|section|figure|figcaption)\b[^>]*>/gi;
// The entities CMSs leave in articleBody; others stay as they are.
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚',
};

/**
 * Text a page gave as JSON-LD, as plain text. Some sites put their story's HTML in articleBody, or
 * escape its text once more: blocks become paragraphs, other tags go and entities are decoded, so
 * the brief never shows markup as text.
 */
export function plainText(body: string): string {
  if (!TAG.test(body) && !ENTITY.test(body)) return body;
  const text = untagged(body).replace(new RegExp(ENTITY.source, 'gi'), decodeEntity);
  // Escaped markup ("&lt;p&gt;") is markup once decoded.
  return untagged(text);
}

const TAG = /<\/?[a-z][^>]*>/i;

function untagged(text: string): string {
  return TAG.test(text) ? text.replace(BLOCK_TAG, '\n\n').replace(/<[^>]*>/g, '') : text;
}

const ENTITY = /&(#x[\da-f]+|#\d+|[a-z]+);/i;

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
  const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/** The paragraphs of plain text, squashed: split at blank lines and line breaks. */
export const paragraphsOf = (text: string) => text.split(/\n\s*\n|\r?\n/).map(squash).filter(Boolean);

