// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { pageElements } from '../../../lib/pipeline/elements';
import { leanClone, wholeClone } from '../../../lib/pipeline/lean-clone';

const PAGE = `<!doctype html><html lang="en"><head><title>Council passes the budget</title>
  <style>body { color: red }</style><script src="/app.js"></script>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council passes the budget"}</script>
  <base href="https://news.example/"><link rel="stylesheet" href="/site.css"><link rel="icon" href="/icon.png"></head>
  <body><nav id="menu"><ul><li><a href="/a">News</a></li></ul></nav>
  <main><article><h1>Council passes the budget</h1><p id="one">The council passed the budget on Monday.</p>
  <script>track()</script><div id="embed"><script>embed()</script><p id="e">A clip of the vote.</p></div>
  <svg id="chart"><style>.bar { fill: red }</style><rect class="bar"></rect></svg><figure><img src="a.jpg"><figcaption>The hall</figcaption></figure>
  <link itemprop="url" href="/budget"><p id="two">It takes effect in May.<style>.x {}</style></p><footer id="tags">Tags: council</footer></article>
  <nav id="wrapper"><article><p>A story set in a nav.</p></article></nav></main>
  <footer id="site"><nav><a href="/about">About</a></nav><p>© The City Paper</p></footer>
  <noscript><img src="b.jpg"></noscript></body></html>`;

/** A signature of each element, to compare a page's elements with their copies. */
const signature = (el: Element) => `${el.tagName}#${el.getAttribute('id') ?? ''}`;

describe('leanClone', () => {
  it('leaves out scripts, style sheets and the page’s menus and footers, and copies the rest', () => {
    const page = parsePage(PAGE);
    const { clone } = leanClone(page);
    expect(clone.querySelectorAll('style, script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(clone.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    for (const id of ['menu', 'site', 'tags']) expect(clone.getElementById(id), id).toBeNull();
    // A nav holding an article is a wrapper, not a menu.
    for (const id of ['wrapper', 'one', 'two']) expect(clone.getElementById(id), id).not.toBeNull();
    expect(clone.getElementById('two')?.textContent).toBe('It takes effect in May.');
    expect(clone.title).toBe('Council passes the budget');
    expect(clone.documentElement.getAttribute('lang')).toBe('en');
    expect(clone.querySelector('base')?.getAttribute('href')).toBe('https://news.example/');
    expect(clone.querySelector('noscript')).not.toBeNull();
    expect(clone.querySelector('figure img')?.getAttribute('src')).toBe('a.jpg');
    expect(clone.getElementById('embed')?.textContent).toBe('A clip of the vote.');
    // The head's links go; one in the body stays, where it sits between blocks.
    expect([...clone.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual(['/budget']);
  });

  it('keeps an SVG’s own style sheet with its picture, where the DOM tells it from the page’s as a browser does', () => {
    // linkedom names the SVG's <style> as it names the page's; jsdom (this file's DOM), as browsers do, does not.
    const page = new DOMParser().parseFromString(PAGE, 'text/html');
    const { clone, copied } = leanClone(page);
    expect(clone.querySelector('#chart style')?.textContent).toBe('.bar { fill: red }');
    expect(clone.querySelectorAll('style')).toHaveLength(1);
    expect(copied(pageElements(page)).map(signature)).toEqual(pageElements(clone).map(signature));
  });

  it('pairs each copied page element with its copy by index, a template in a left-out menu too', () => {
    const page = parsePage(PAGE.replace('<ul>', '<template><div id="t"><b>menu item</b></div></template><ul>'));
    const { clone, copied } = leanClone(page);
    const all = pageElements(page);
    const originals = copied(all);
    const copies = pageElements(clone);
    expect(originals.length).toBeLessThan(all.length);
    expect(originals.map(signature)).toEqual(copies.map(signature));
    expect(originals.every((el) => el.ownerDocument === page)).toBe(true);
    expect(copies.every((el) => el.ownerDocument === clone)).toBe(true);
  });

  it('leaves out, for Readability’s first pass, the blocks it strips unseen, and pairs the rest', () => {
    const page = parsePage(PAGE.replace('<footer id="tags">', '<div class="sidebar" id="side"><h3>More</h3><a href="/a">A story</a></div><footer id="tags">'));
    expect(leanClone(page).clone.getElementById('side')).not.toBeNull();
    const { clone, copied } = leanClone(page, { forFirstPass: true });
    expect(clone.getElementById('side')).toBeNull();
    expect(clone.getElementById('two')).not.toBeNull();
    expect(copied(pageElements(page)).map(signature)).toEqual(pageElements(clone).map(signature));
  });

  it('leaves the page as it was', () => {
    const page = parsePage(PAGE);
    const before = page.documentElement.outerHTML;
    const { clone } = leanClone(page);
    clone.body.replaceChildren();
    expect(page.documentElement.outerHTML).toBe(before);
  });

  it('copies a page with nothing to leave out whole, as `wholeClone` does', () => {
    const html = '<html><head><title>T</title></head><body><p id="a">Text</p></body></html>';
    const { clone, copied } = leanClone(parsePage(html));
    const whole = wholeClone(parsePage(html)).clone;
    expect(clone.documentElement.outerHTML).toBe(whole.documentElement.outerHTML);
    const page = parsePage(html);
    expect(copied(pageElements(page))).toEqual(pageElements(page));
  });
});
