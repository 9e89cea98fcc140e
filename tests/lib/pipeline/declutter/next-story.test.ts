import { describe, expect, it } from 'vitest';
import { HEADLINE_ATTR } from '../../../../lib/pipeline/declutter/hints';
import { findNextStory } from '../../../../lib/pipeline/declutter/next-story';
import { contentOf, storyParagraph } from './dom';

const TITLE = 'Council passes the budget';
const headline = (text: string) => `<h2 ${HEADLINE_ATTR}="">${text}</h2>`;

describe('findNextStory', () => {
  it('finds the story appended after this one, opened by a headline of its own', () => {
    const root = contentOf(
      `<div id="one">${headline(TITLE)}${storyParagraph(1)}${storyParagraph(2)}</div>` +
        `<div id="two"><article>${headline('Lighthouse museum reopens')}${storyParagraph(3)}</article></div><div id="three">${storyParagraph(4)}</div>`,
    );
    expect(findNextStory(root, TITLE).map((el) => el.id)).toEqual(['two', 'three']);
  });

  it('leaves a headline above the story, a section heading the page did not mark, and a headline with no story below', () => {
    expect(findNextStory(contentOf(`${headline('Another title the page gave')}${storyParagraph(1)}${storyParagraph(2)}`), TITLE)).toEqual([]);
    expect(findNextStory(contentOf(`${storyParagraph(1)}<h2>What comes next</h2>${storyParagraph(2)}`), TITLE)).toEqual([]);
    expect(findNextStory(contentOf(`${storyParagraph(1)}<article>${headline('Most read')}<p>Short teaser</p></article>`), TITLE)).toEqual([]);
    expect(findNextStory(contentOf(`${storyParagraph(1)}<div>${headline('A section of this story')}${storyParagraph(2)}</div>`), TITLE)).toEqual([]);
  });
});
