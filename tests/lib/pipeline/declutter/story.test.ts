import { describe, expect, it } from 'vitest';
import { leafBlocks, locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

describe('locateStory', () => {
  it('finds the core paragraphs and what lies before and after them', () => {
    const root = contentOf(`<p id="by">By Jane Doe</p>${storyParagraph(1)}<p id="mid">Short.</p>${storyParagraph(2)}<h2 id="after">More</h2>`);
    const story = locateStory(root);
    expect(story.cores).toHaveLength(2);
    expect(story.cores.every((el) => story.isCore(el))).toBe(true);
    expect(story.isCore(root.querySelector('#mid')!)).toBe(false);
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

  it('finds the same story again with more left out as a fresh search does', () => {
    const root = contentOf(`<div id="bio">${storyParagraph(1)}</div>${storyParagraph(2)}<div id="card">${storyParagraph(3)}</div><p id="end">End.</p>`);
    const [bio, card, end] = ['#bio', '#card', '#end'].map((id) => root.querySelector(id)!);
    const again = locateStory(root, [card]).excluding([bio]);
    const fresh = locateStory(root, [card, bio]);
    expect(again.cores).toEqual(fresh.cores);
    expect(again.cores.map((el) => el.textContent)).toEqual([root.children[1].textContent]);
    expect(again.isCore(root.children[1])).toBe(true);
    expect(again.isCore(bio.firstElementChild!)).toBe(false);
    expect(again.isBeforeStory(bio)).toBe(true);
    expect(again.isAfterStory(card)).toBe(true);
    expect(again.isAfterStory(end)).toBe(true);
    expect(again.holdsStory(bio)).toBe(false);
  });
});

describe('leafBlocks', () => {
  it('lists blocks with no block inside', () => {
    const root = contentOf('<div><p>a</p><div><pre>code</pre></div></div><ul><li>x</li></ul>');
    expect(leafBlocks(root).map((el) => el.tagName)).toEqual(['P', 'PRE', 'LI']);
  });
});
