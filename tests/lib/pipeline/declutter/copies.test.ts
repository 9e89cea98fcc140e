import { describe, expect, it } from 'vitest';
import { findCopies } from '../../../../lib/pipeline/declutter/copies';
import { leafBlocks } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

const ids = (html: string) => findCopies(leafBlocks(contentOf(html))).map((el) => el.id || el.tagName);

describe('findCopies', () => {
  it('finds the later copies of paragraphs a page ships twice (desktop and mobile), never the first', () => {
    const copy = `<div class="mobile">${storyParagraph(1).replace('<p>', '<p id="c1">')}${storyParagraph(2).replace('<p>', '<p id="c2">')}</div>`;
    expect(ids(`<div>${storyParagraph(1)}${storyParagraph(2)}</div>${copy}`)).toEqual(['c1', 'c2']);
  });

  it('matches text whatever its markup and spacing', () => {
    const text = 'The council voted seven to two for the budget, after a debate that ran past midnight on Tuesday.';
    expect(ids(`<p>${text}</p><div id="again"><b>The council</b> voted   seven to two for the budget, after a debate that ran past midnight on Tuesday.</div>`)).toEqual(['again']);
  });

  it('leaves short repeated lines: steps and notes repeat on purpose', () => {
    expect(ids('<p>Add salt and stir.</p><p>Add salt and stir.</p><li>Read the terms before you buy.</li><li>Read the terms before you buy.</li>')).toEqual([]);
  });

  it('takes a heading for a copy only of an earlier heading, not of a table of contents', () => {
    const toc = '<ul><li><a href="#costs">Average remodeling costs across California</a></li></ul>';
    const section = `<h2>Average remodeling costs across California</h2>${storyParagraph(1)}`;
    expect(ids(`${toc}${section}`)).toEqual([]);
    const copied = `<div><h2 id="h">Average remodeling costs across California</h2>${storyParagraph(1).replace('<p>', '<p id="p">')}</div>`;
    expect(ids(`${toc}${section}${copied}`)).toEqual(['h', 'p']);
  });

  it('leaves a heading that opens each section of a list above different paragraphs', () => {
    const sections = [1, 2, 3].map((n) => `<h3>Key features and user experience</h3>${storyParagraph(n)}`).join('');
    expect(ids(sections)).toEqual([]);
  });

  it("leaves a list's recurring item between items that differ, but not a copied list", () => {
    const warmUp = 'Warm up for ten to twenty minutes: easy jogging in zone two, then five minutes of running drills and strides.';
    const week = (n: number) => `<li id="w${n}">${warmUp}</li><li>Week ${n}: run ${n * 2} intervals of four minutes at threshold pace, with two minutes of easy jogging between them.</li>`;
    expect(ids(`<ul>${week(1)}${week(2)}${week(3)}</ul>`)).toEqual([]);
    // An article shipped twice repeats its lists with its paragraphs: those copies go.
    const article = `${storyParagraph(1)}<ul><li>${warmUp}</li></ul>${storyParagraph(2)}`;
    expect(ids(`<div>${article}</div><div>${article.replace('<li>', '<li id="again">')}</div>`)).toEqual(['P', 'again', 'P']);
  });

  it('leaves code alone', () => {
    const line = 'const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0); // the order total';
    expect(ids(`<pre>${line}</pre><pre>${line}</pre>`)).toEqual([]);
  });
});
