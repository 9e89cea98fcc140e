import { describe, expect, it } from 'vitest';
import { findContentsLists } from '../../../../lib/pipeline/declutter/contents';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { contentOf, storyParagraph } from './dom';

const PAGE = 'https://news.example.com/guides/budget';
const TOC = '<ul><li><a href="#why">Why the vote mattered</a></li><li><a href="#who">Who voted</a><ol><li><a href="#who-no">Against</a></li></ol></li><li><a href="https://news.example.com/guides/budget#next">What comes next</a></li></ul>';
const HEADINGS = '<h3 id="why">Why the vote mattered</h3><h3 id="who">Who voted</h3><h4 id="who-no">Against</h4><h3 id="next">What comes next</h3>';
const texts = (lists: Element[][]) => lists.map((l) => l.map((el) => el.tagName));

describe('findContentsLists', () => {
  it('finds a list whose every link jumps within the page, with its label', () => {
    expect(texts(findContentsLists(contentOf(`<p>Table of Contents</p>${TOC}${storyParagraph(1)}${HEADINGS}`), PAGE))).toEqual([['P', 'UL']]);
    expect(texts(findContentsLists(contentOf(`<h3>Budget</h3>${TOC}${HEADINGS}`), PAGE))).toEqual([['UL']]);
  });

  it('keeps one that names a heading the story lacks: it is then that heading\'s only copy', () => {
    expect(findContentsLists(contentOf(`<p>Table of Contents</p>${TOC}${storyParagraph(1)}`), PAGE)).toEqual([]);
    expect(findContentsLists(contentOf(`${TOC}${HEADINGS.replace('<h4 id="who-no">Against</h4>', '')}`), PAGE)).toEqual([]);
  });

  it('leaves lists that link elsewhere, short ones and lists of text with a jump in it', () => {
    const elsewhere = TOC.replace('#why', 'https://news.example.com/other-story');
    expect(findContentsLists(contentOf(`${elsewhere}${HEADINGS}`), PAGE)).toEqual([]);
    expect(findContentsLists(contentOf(`<ul><li><a href="#why">Why the vote mattered</a></li><li><a href="#next">What comes next</a></li></ul>${HEADINGS}`), PAGE)).toEqual([]);
    const notes = [1, 2, 3].map((n) => `<li>Note ${n}: the council published its figures in a report to the state on Friday. <a href="#ref${n}">↩</a></li>`).join('');
    expect(findContentsLists(contentOf(`<ol>${notes}</ol><h3>↩</h3>`), PAGE)).toEqual([]);
  });

});

describe('declutterStory with a table of contents', () => {
  it('removes it and its label inside the story, and keeps the headings it points to', () => {
    const html = `${storyParagraph(1)}<p>In this article</p>${TOC}<h3 id="why">Why the vote mattered</h3>${storyParagraph(2)}<h3 id="who">Who voted</h3><h4>Against</h4>${storyParagraph(3)}<h3>What comes next</h3>${storyParagraph(4)}`;
    const result = declutterStory({ content: contentOf(html), pageUrl: PAGE, title: '', byline: null });
    expect(result.text).not.toContain('In this article');
    expect(result.text.match(/Why the vote mattered/g)).toHaveLength(1);
    expect(result.text.match(/Against/g)).toHaveLength(1);
    expect(result.text).toContain('Story paragraph 3');
    expect(result.removed.filter((r) => r.kind === 'contents')).toHaveLength(2);
  });
});
