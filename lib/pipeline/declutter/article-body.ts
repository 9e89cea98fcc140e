import { countWords } from '../html-text';

// Readability found a fragment when its text is under this share of the page's own articleBody.
const MIN_SHARE = 0.5;
// A shorter articleBody is a teaser or a description, not the story.
const MIN_BODY_WORDS = 150;

/**
 * The page's JSON-LD articleBody as the story, when Readability's text is much shorter than it;
 * null when Readability's text should stand. Paragraphs become `<p>`s, escaped.
 */
export function articleBodyFallback(text: string, articleBody: string | null): { text: string; html: string } | null {
  if (!articleBody) return null;
  const bodyWords = countWords(articleBody);
  if (bodyWords < MIN_BODY_WORDS || countWords(text) >= bodyWords * MIN_SHARE) return null;
  const paragraphs = articleBody
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
