import { closestTag, elementsOf } from '../elements';
import { HINT_ATTR, type Hint } from './hints';
import type { RemovedKind } from './removed';
import type { Story } from './story';
import { isHeading, wordsOf } from './text';

const HINT_KIND: Partial<Record<Hint, RemovedKind>> = {
  share: 'share',
  newsletter: 'newsletter',
  bio: 'bio',
  comments: 'comments',
  related: 'teaser',
  tags: 'tags',
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
  return HINT_KIND[hint] ?? null;
}
