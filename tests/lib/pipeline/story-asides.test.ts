import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { readBoth } from '../../helpers/read-both';
import { keepStoryAsides } from '../../../lib/pipeline/story-asides';

const para = (n: number) => `<p>Part ${n}: the council met on Tuesday night and voted to keep the old library open for another year, ` +
  'after more than two hundred residents wrote in and a petition gathered four thousand names.</p>';
const NOTE = '<p>A note on the budget: the library’s money comes from the county, not the town, so the vote changes no taxes ' +
  'and the county may still cut its share when it sets next year’s spending in the spring.</p>';

describe('keepStoryAsides', () => {
  it('turns an aside written in story paragraphs, right after one, into a plain block', () => {
    const doc = parsePage(`<body>${para(1)}<p>&nbsp;</p><aside class="note" id="n"><h3>A note</h3>${NOTE}</aside>${para(2)}</body>`);
    keepStoryAsides(doc);
    expect(doc.getElementsByTagName('aside')).toHaveLength(0);
    const block = doc.getElementById('n');
    expect(block?.tagName).toBe('DIV');
    expect(block?.getAttribute('class')).toBe('note');
    expect(block?.textContent).toContain('A note on the budget');
  });

  it('leaves sidebars, widgets and short boxes as they are', () => {
    const doc = parsePage(`<body><main>${para(1)}${para(2)}</main><aside id="sidebar">${NOTE}</aside>
      <div>${para(3)}<aside id="quote"><p>“Keep it open.”</p></aside><h2>Next</h2><aside id="after-heading">${NOTE}</aside></div></body>`);
    keepStoryAsides(doc);
    expect([...doc.getElementsByTagName('aside')].map((el) => el.id)).toEqual(['sidebar', 'quote', 'after-heading']);
  });
});

describe('extractArticle with a side note in the story', () => {
  it('keeps the note Readability alone drops', () => {
    const page = parsePage(`<html><head><title>Library stays open</title></head><body><article>${[1, 2, 3].map(para).join('')}
      <aside><h3>A note on the budget</h3>${NOTE}</aside>${[4, 5].map(para).join('')}</article>
      <aside class="sidebar"><p>Hello, I’m Ann, and I write about our town’s libraries, parks and schools every week for readers here.</p></aside></body></html>`);
    const { alone, article } = readBoth(page, 'https://town.example/news/library');
    expect(alone).not.toContain('comes from the county');
    expect(article.text).toContain('comes from the county');
    expect(article.text).toContain('Part 5');
    expect(article.text).not.toContain('I’m Ann');
    expect(page.getElementsByTagName('aside')).toHaveLength(2);
  });
});
