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

  it('goes on past a label when what follows is a paragraph of prose with its links in its sentences', () => {
    // A code block's "read more" toggle, then the story's last section, whose links are too many for a core paragraph.
    const link = (n: number) => `<a href="/guide-${n}">a guide to the scripts that save hours every week, number ${n}</a>`;
    const prose = `<h3>Automate your life</h3><p>Python makes automation far easier. If you are not sure where to start, check out ${link(1)}, or ${link(2)}. If Python is not your thing, you can also try ${link(3)}. It lets you automate large parts of your workflow for free, without writing much code at all.</p>`;
    expect(findTail(locateStory(contentOf(`${storyParagraph(1)}<div>read more</div>${prose}`)))).toBeNull();
    // Teasers with short blurbs of their own still follow it.
    const teasers = [1, 2, 3].map((n) => `<h3><a href="/other-${n}">Other story ${n}</a></h3><p>What the other story is about.</p>`);
    expect(findTail(locateStory(contentOf(`${storyParagraph(1)}<div>Read more</div>${teasers.join('')}`)))?.rest).toHaveLength(6);
  });
});
