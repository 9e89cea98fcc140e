import { describe, expect, it } from 'vitest';
import { hintedKind, outermostHinted } from '../../../../lib/pipeline/declutter/hinted';
import { HINT_ATTR } from '../../../../lib/pipeline/declutter/hints';
import { locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

const hinted = (hint: string, inner: string, id = hint) => `<div id="${id}" ${HINT_ATTR}="${hint}">${inner}</div>`;

describe('outermostHinted', () => {
  it('lists hinted blocks, not those inside a block whose hint takes it out, nor code', () => {
    const root = contentOf(
      hinted('share', hinted('newsletter', 'Sign up', 'inner')) + hinted('caption', hinted('credit', 'AP Photo', 'credit'), 'caption') + `<pre><span ${HINT_ATTR}="comments">// note</span></pre>`,
    );
    expect(outermostHinted(root).map((el) => el.id)).toEqual(['share', 'caption', 'credit']);
  });
});

describe('hintedKind', () => {
  it('takes share, newsletter, related and tag blocks as their kind, and leaves captions', () => {
    const root = contentOf(storyParagraph(1) + hinted('share', 'Share') + hinted('related', 'More') + hinted('tags', 'Politics') + hinted('caption', 'A photo'));
    const story = locateStory(root);
    const kind = (id: string) => hintedKind(root.querySelector(`#${id}`)!, story);
    expect([kind('share'), kind('related'), kind('tags'), kind('caption')]).toEqual(['share', 'teaser', 'tags', null]);
  });

  it('trusts byline and credit hints on short blocks only, and bylines outside the story only', () => {
    const long = 'word '.repeat(20);
    const root = contentOf(hinted('byline', 'By Jane Doe', 'before') + storyParagraph(1) + hinted('byline', 'By Jane Doe', 'inside') + storyParagraph(2) + hinted('credit', 'AP Photo', 'credit') + hinted('credit', long, 'long'));
    const story = locateStory(root);
    const kind = (id: string) => hintedKind(root.querySelector(`#${id}`)!, story);
    expect([kind('before'), kind('inside'), kind('credit'), kind('long')]).toEqual(['byline', null, 'credit', null]);
  });

  it('keeps a subhead among the story paragraphs whatever its class calls it', () => {
    const root = contentOf(`${storyParagraph(1)}<h2 id="sub" ${HINT_ATTR}="tags">What comes next</h2>${storyParagraph(2)}<h2 id="end" ${HINT_ATTR}="tags">Topics</h2>`);
    const story = locateStory(root);
    expect(hintedKind(root.querySelector('#sub')!, story)).toBeNull();
    expect(hintedKind(root.querySelector('#end')!, story)).toBe('tags');
  });

  it('keeps a card named as a teaser that links nowhere and has text of its own, and drops a linked one', () => {
    const card = (id: string, link: string) => hinted('related', `<h3>An enviable cost advantage</h3><p>Our average fund costs far less than the industry average${link}.</p>`, id);
    const root = contentOf(storyParagraph(1) + card('own', '') + card('linked', ' <a href="/funds">See funds</a>') + hinted('related', '<h3>Recommended content</h3>', 'label'));
    const story = locateStory(root);
    const kind = (id: string) => hintedKind(root.querySelector(`#${id}`)!, story);
    expect([kind('own'), kind('linked'), kind('label')]).toEqual([null, 'teaser', 'teaser']);
  });
});
