import { describe, expect, it } from 'vitest';
import { collectRelated } from '../../../../lib/pipeline/declutter/related';
import { contentOf } from './dom';

const PAGE = 'https://news.example.com/world/story';

describe('collectRelated', () => {
  it('gives each teaser one readable title, once, without tracking and never the page itself', () => {
    const region = contentOf(`
      <div><h3><a href="/world/a?utm_source=rel">Talks in Riyadh</a></h3><a href="/world/a">Read more</a></div>
      <div><p>When it comes to Gaza, nobody agrees. More text follows here.</p><a href="/world/b">Read more</a></div>
      <div><a href="/world/story">This page</a></div>
      <div><a href="/world/a">Talks again</a></div>`);
    expect(collectRelated([{ el: region, section: 'More from X' }], PAGE)).toEqual([
      { title: 'Talks in Riyadh', url: 'https://news.example.com/world/a', section: 'More from X' },
      { title: 'When it comes to Gaza, nobody agrees.', url: 'https://news.example.com/world/b', section: 'More from X' },
    ]);
  });

  it('leaves out links the page marks as an author or topic page', () => {
    const region = contentOf(`<div><a href="/author/bob" rel="author">More about Bob Fischer</a></div>
      <div><a href="/tag/aviation" rel="tag">All about aviation</a></div><div><a href="/world/c">Pilots trained in Italy</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.url)).toEqual(['https://news.example.com/world/c']);
  });

  it('takes only links after the label when given one', () => {
    const region = contentOf('<a href="/world/before">Before the label</a><h2 id="l">Related</h2><a href="/world/after">After the label</a>');
    const links = collectRelated([{ el: region, after: region.querySelector('#l')! }], PAGE);
    expect(links.map((l) => l.url)).toEqual(['https://news.example.com/world/after']);
  });
});
