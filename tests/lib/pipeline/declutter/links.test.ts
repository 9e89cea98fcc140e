import { describe, expect, it } from 'vitest';
import { articleLink, articleLinks, hrefLinks, leadsBeneath, leadsOffSite } from '../../../../lib/pipeline/declutter/links';
import { contentOf } from './dom';
import { parsePage } from '../../../../lib/node/parse-page';

const PAGE = 'https://news.example.com/world/story-one';
const a = (href: string) => contentOf(`<a href="${href}">x</a>`).firstElementChild!;

describe('articleLink', () => {
  it('resolves same-site links and strips tracking parameters', () => {
    expect(articleLink(a('/world/story-two?utm_source=x'), PAGE)).toBe('https://news.example.com/world/story-two');
    expect(articleLink(a('https://www.example.com/a'), PAGE)).toBe('https://www.example.com/a');
  });

  it('skips the page itself, fragments, other sites and the front page', () => {
    expect(articleLink(a('/world/story-one#top'), PAGE)).toBeNull();
    expect(articleLink(a('#comments'), PAGE)).toBeNull();
    expect(articleLink(a('https://facebook.com/sharer?u=1'), PAGE)).toBeNull();
    expect(articleLink(a('/'), PAGE)).toBeNull();
    expect(articleLink(a('/x'), '')).toBeNull();
  });

  it("resolves relative links from the page's <base href>, when it has one", () => {
    const doc = parsePage('<html><head><base href="/"></head><body><a href="world/story-two">x</a></body></html>');
    expect(articleLink(doc.body.firstElementChild!, PAGE)).toBe('https://news.example.com/world/story-two');
    expect(articleLink(a('world/story-two'), PAGE)).toBe('https://news.example.com/world/world/story-two');
  });

  it('resolves links in a document whose root Readability removed (an <html> named like a header)', () => {
    const doc = parsePage('<html class="theme-header-top"><head></head><body><a href="/world/story-two">x</a></body></html>');
    const link = doc.body.firstElementChild!;
    doc.documentElement.remove();
    expect(articleLink(link, PAGE)).toBe('https://news.example.com/world/story-two');
  });

  it('skips links to files: a photo opened full size, a PDF', () => {
    expect(articleLink(a('https://images.example.com/2025/03/photo.PNG'), PAGE)).toBeNull();
    expect(articleLink(a('/files/report.pdf'), PAGE)).toBeNull();
    expect(articleLink(a('/world/photo-story'), PAGE)).toBe('https://news.example.com/world/photo-story');
  });

  it('lists distinct links, leaving out anchors without an address', () => {
    expect(articleLinks(contentOf('<a href="/a">1</a><a href="/a">2</a><a href="/b">3</a><a name="c">4</a>'), PAGE)).toHaveLength(2);
  });

  it('answers anew when the link or the page changed since it was last asked', () => {
    const link = a('/world/story-two');
    expect(articleLink(link, PAGE)).toBe('https://news.example.com/world/story-two');
    link.setAttribute('href', '/world/story-three');
    expect(articleLink(link, PAGE)).toBe('https://news.example.com/world/story-three');
    expect(articleLink(link, 'https://news.example.com/world/story-three')).toBeNull();
    expect(articleLink(link, 'https://other.example.org/a')).toBe('https://other.example.org/world/story-three');
    link.removeAttribute('href');
    expect(articleLink(link, PAGE)).toBeNull();
  });
});

describe('leadsOffSite', () => {
  it('tells links to another site from links to this one, its other hosts and its anchors', () => {
    expect(leadsOffSite(a('https://finance.example.org/deal'), PAGE)).toBe(true);
    expect(leadsOffSite(a('//wire.example.net/a'), PAGE)).toBe(true);
    expect(leadsOffSite(a('https://www.example.com/a'), PAGE)).toBe(false);
    expect(leadsOffSite(a('/world/story-two'), PAGE)).toBe(false);
    expect(leadsOffSite(a('#top'), PAGE)).toBe(false);
    expect(leadsOffSite(a('mailto:desk@example.org'), PAGE)).toBe(false);
    // A page without a web address (a saved file) has no site to leave.
    expect(leadsOffSite(a('https://finance.example.org/deal'), 'file:///home/me/page.html')).toBe(false);
    expect(leadsOffSite(a('https://finance.example.org/deal'), 'not a url')).toBe(false);
  });
});

describe('leadsBeneath', () => {
  it("tells a link to a part of the page (a guide's chapter) from one beside it, never on a front page or a page its query names", () => {
    const guide = 'https://www.example.com/learn/';
    expect(leadsBeneath('https://www.example.com/learn/html', guide)).toBe(true);
    expect(leadsBeneath('https://www.example.com/learn/html/forms', guide)).toBe(true);
    expect(leadsBeneath('https://www.example.com/learn/html', 'https://www.example.com/learn?utm_source=feed')).toBe(true);
    expect(leadsBeneath('https://www.example.com/learning', guide)).toBe(false);
    expect(leadsBeneath('https://www.example.com/news/story-two', guide)).toBe(false);
    expect(leadsBeneath('https://www.example.com/learn/html', 'https://www.example.com/')).toBe(false);
    expect(leadsBeneath('https://www.example.com/read.php/x', 'https://www.example.com/read.php?id=7')).toBe(false);
  });
});

describe('hrefLinks', () => {
  it('finds the links that have an address, as a[href] does, and no named anchor', () => {
    const root = contentOf('<p><a href="/a">A</a> <a name="top">top</a> <a href="">empty</a></p>');
    expect(hrefLinks(root)).toEqual([...root.querySelectorAll('a[href]')]);
    expect(hrefLinks(root).map((a) => a.textContent)).toEqual(['A', 'empty']);
  });
});
