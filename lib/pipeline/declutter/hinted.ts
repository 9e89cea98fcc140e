import { closestTag, descendantsByTag, elementsOf, SUBHEADINGS } from '../elements';
import { hrefLinks } from './links';
import { HINT_ATTR, type Hint } from './hints';
import type { RemovedKind } from './removed';
import type { Story } from './story';
import { isHeading, wordsOf } from './text';

// Words a card must hold besides its heading to be text of its own: a sentence, not a date or a "More" link.
const MIN_CARD_TEXT_WORDS = 8;

const HINT_KIND: Partial<Record<Hint, RemovedKind>> = {
  share: 'share',
  newsletter: 'newsletter',
  bio: 'bio',
  comments: 'comments',
  related: 'teaser',
  tags: 'tags',
  nosnippet: 'nosnippet',
};

/** The hinted blocks of `root` not inside another block whose hint takes it out. */
export function outermostHinted(root: Element): Element[] {
  // Syntax highlighters name their spans "comment" and "tag"; code is never clutter.
  const hinted = elementsOf(root).filter((el) => el !== root && el.hasAttribute(HINT_ATTR) && !closestTag(el, 'PRE', 'CODE'));
  return hinted.filter((el) => !hinted.some((other) => other !== el && other.contains(el) && HINT_KIND[other.getAttribute(HINT_ATTR) as Hint]));
}

/**
 * What a hinted block goes as, or null when its hint alone does not take it out. Byline and
 * credit hints are trusted only on short blocks; captions are left to findRepeats.
 */
export function hintedKind(el: Element, story: Story): RemovedKind | null {
  const hint = el.getAttribute(HINT_ATTR) as Hint;
  const words = wordsOf(el);
  if (hint === 'byline') return words <= 30 && story.isOutsideStory(el) ? 'byline' : null;
  if (hint === 'credit') return words <= 15 ? 'credit' : null;
  // A heading among the story's paragraphs is a subhead, whatever its class says (NPR's "edTag").
  if (hint === 'tags' && isHeading(el) && !story.isOutsideStory(el)) return null;
  if (hint === 'related' && isUnlinkedCard(el, words)) return null;
  return HINT_KIND[hint] ?? null;
}

/**
 * A teaser points at another page. A block named "teaser" that links nowhere but holds a heading
 * and text of its own is a component library's name for a card of the page's own content (AEM's
 * "cmp-teaser": "An enviable cost advantage" over its sentence). A label alone ("Recommended")
 * whose list is gone has no such text, and still goes.
 */
function isUnlinkedCard(el: Element, words: number): boolean {
  if (hrefLinks(el).length) return false;
  const headings = descendantsByTag(el, ...SUBHEADINGS);
  return headings.length > 0 && words - headings.reduce((n, h) => n + wordsOf(h), 0) >= MIN_CARD_TEXT_WORDS;
}
