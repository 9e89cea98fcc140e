import { describe, expect, it } from 'vitest';
import { leafBlocks, locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

describe('locateStory', () => {
  it('finds the core paragraphs and what lies before and after them', () => {
    const root = contentOf(`<p id="by">By Jane Doe</p>${storyParagraph(1)}<p id="mid">Short.</p>${storyParagraph(2)}<h2 id="after">More</h2>`);
    const story = locateStory(root);
    expect(story.cores).toHaveLength(2);
    expect(story.isBeforeStory(root.querySelector('#by')!)).toBe(true);
    expect(story.isAfterStory(root.querySelector('#after')!)).toBe(true);
    expect(story.isAfterStory(root.querySelector('#mid')!)).toBe(false);
    expect(story.holdsStory(root)).toBe(true);
    expect(story.holdsStory(root.querySelector('#mid')!)).toBe(false);
  });

  it('leaves out paragraphs inside excluded blocks', () => {
    const root = contentOf(`${storyParagraph(1)}<div id="card">${storyParagraph(2)}</div>`);
    expect(locateStory(root, [root.querySelector('#card')!]).cores).toHaveLength(1);
  });
});

describe('leafBlocks', () => {
  it('lists blocks with no block inside', () => {
    const root = contentOf('<div><p>a</p><div><pre>code</pre></div></div><ul><li>x</li></ul>');
    expect(leafBlocks(root).map((el) => el.tagName)).toEqual(['P', 'PRE', 'LI']);
  });
});
