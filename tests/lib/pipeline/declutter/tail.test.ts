import { describe, expect, it } from 'vitest';
import { locateStory } from '../../../../lib/pipeline/declutter/story';
import { findTail } from '../../../../lib/pipeline/declutter/tail';
import { contentOf, storyParagraph } from './dom';

describe('findTail', () => {
  it('ends the story at a label after its last core paragraph', () => {
    const root = contentOf(`<div>${storyParagraph(1)}<h2>More from GZERO Media</h2><p id="t">A teaser.</p></div><p id="u">Another.</p>`);
    const tail = findTail(locateStory(root))!;
    expect(tail.label.textContent).toBe('More from GZERO Media');
    expect(tail.rest.map((el) => el.id)).toEqual(['t', 'u']);
  });

  it('ignores a label before the last core paragraph and a headline that only mentions one', () => {
    expect(findTail(locateStory(contentOf(`<h2>Related</h2>${storyParagraph(1)}`)))).toBeNull();
    const headline = `${storyParagraph(1)}<h3><a href="/x">Read more about why the council voted against the new budget</a></h3>`;
    expect(findTail(locateStory(contentOf(headline)))).toBeNull();
  });
});
