import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { COMMAS_ASKED, SHORTCUT_METHODS, withShortcuts } from '../../../lib/pipeline/readability-shortcuts';

type Reader = Record<string, (...args: unknown[]) => unknown>;
const PAGES = 'tests/fixtures/pages';

const plain = (doc: Document) => new Readability<Element>(doc, { keepClasses: true, serializer: (node) => node as Element });
const quick = (doc: Document) => withShortcuts(plain(doc));
const methods = (reader: Readability<Element>) => reader as unknown as Reader;

/** Both readers' answers to `method` for each element `select` finds in `html`. */
function answers(html: string, select: string, method: string, ...args: unknown[]) {
  const doc = parsePage(`<html><body>${html}</body></html>`);
  const [before, after] = [methods(plain(doc)), methods(quick(doc))];
  return [...doc.querySelectorAll(select)].map((el) => [before[method](el, ...args), after[method](el, ...args)]);
}

/** Asserts the shortcut answers as Readability does for every element, and returns those answers. */
function sameAnswers(html: string, select: string, method: string, ...args: unknown[]): unknown[] {
  const pairs = answers(html, select, method, ...args);
  expect(pairs.length).toBeGreaterThan(0);
  for (const [before, after] of pairs) expect(after).toBe(before);
  return pairs.map(([before]) => before);
}

/** The object on `obj`'s prototype chain that defines `name`. */
function ownerOf(obj: object, name: string): Element {
  let at: object | null = obj;
  while (at && !Object.hasOwn(at, name)) at = Object.getPrototypeOf(at);
  return at as Element;
}

describe('withShortcuts', () => {
  it('answers for methods Readability has: an upgrade that renames one fails here', () => {
    for (const name of SHORTCUT_METHODS) expect(typeof (Readability.prototype as unknown as Reader)[name], name).toBe('function');
    const version = JSON.parse(readFileSync('node_modules/@mozilla/readability/package.json', 'utf8')).version;
    // The shortcuts restate conditions of 0.6.0's tests: read them again against a new version.
    expect(version).toBe('0.6.0');
  });

  it('finds an element hidden by its inline style, `hidden` or `aria-hidden`, and no other', () => {
    const html = `<p class="t">shown</p><p class="t" style="display: none">a</p><p class="t" style="visibility:hidden">b</p>
      <p class="t" style="color: red">c</p><p class="t" hidden>d</p><p class="t" aria-hidden="true">e</p>
      <p class="t" aria-hidden="false">f</p><img class="t fallback-image" aria-hidden="true">`;
    expect(sameAnswers(html, '.t', '_isProbablyVisible')).toEqual([true, false, false, true, false, false, true, true]);
  });

  it('finds an element empty only when it has no text and nothing but line breaks', () => {
    const html = `<div class="t"></div><div class="t"> \u00a0\n </div><div class="t"><br> <hr></div>
      <div class="t"><span> </span></div><div class="t"><span><br></span></div><div class="t"><div><div>deep text</div></div></div>
      <h2 class="t"><img src="a.jpg"></h2><section class="t">x</section>`;
    expect(sameAnswers(html, '.t', '_isElementWithoutContent')).toEqual([true, true, true, false, true, false, false, false]);
  });

  it('takes a byline only where it is marked as one, and short', () => {
    const html = `<a class="t" rel="author">Ann Lee</a><span class="t" itemprop="author">Bo Chan</span>
      <p class="t byline">By Cy Dee</p><p class="t">By Di Eng</p><p class="t byline">${'word '.repeat(30)}</p><p class="t byline"> </p>`;
    const doc = parsePage(`<html><body>${html}</body></html>`);
    const [before, after] = [methods(plain(doc)), methods(quick(doc))];
    const asked = [...doc.querySelectorAll('.t')].map((el) => {
      const match = `${el.className} ${el.id}`;
      const answer = before._isValidByline(el, match);
      expect(after._isValidByline(el, match)).toBe(answer);
      return answer;
    });
    expect(asked).toEqual([true, true, true, false, false, false]);
  });

  it('does not ask Readability’s own test where the quick one settles it', () => {
    const names = ['_isProbablyVisible', '_isElementWithoutContent', '_isValidByline'];
    const spies = names.map((name) => vi.spyOn(Readability.prototype as unknown as Reader, name));
    const doc = parsePage('<html><body><div class="story"><p>Words of the story.</p></div></body></html>');
    const reader = methods(quick(doc));
    const story = doc.querySelector('.story')!;
    expect([reader._isProbablyVisible(story), reader._isElementWithoutContent(story), reader._isValidByline(story, 'story ')]).toEqual([
      true,
      false,
      false,
    ]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });

  it('weighs links and headings as Readability does, and reads no text where there are none', () => {
    const html = `<div class="t">Some text and <a href="/x">a link</a>, <a href="#top">another</a>.</div>
      <div class="t">Text with no link at all.</div><div class="t"></div><div class="t"><h2>Head</h2> and text</div>`;
    expect(sameAnswers(html, '.t', '_getLinkDensity')).toEqual([expect.any(Number), 0, 0, 0]);
    expect(sameAnswers(html, '.t', '_getTextDensity', ['h1', 'h2'])).toEqual([0, 0, 0, expect.any(Number)]);
    const doc = parsePage(`<html><body>${html}</body></html>`);
    const reader = methods(quick(doc));
    const read = vi.spyOn(reader, '_getInnerText');
    const [, linkless, , headed] = doc.querySelectorAll('.t');
    reader._getLinkDensity(linkless);
    reader._getTextDensity(linkless, ['h1', 'h2']);
    expect(read).not.toHaveBeenCalled();
    reader._getTextDensity(headed, ['h1', 'h2']);
    expect(read).toHaveBeenCalled();
  });

  it('counts commas as Readability does up to the ten its clean-up asks about, and no further', () => {
    const commas = (n: number) => `<div class="t">${'word, '.repeat(n)}end</div>`;
    const counts = answers([0, 1, 9, 10, 11, 40].map(commas).join(''), '.t', '_getCharCount', ',');
    expect(counts.map(([before]) => before)).toEqual([0, 1, 9, 10, 11, 40]);
    expect(counts.map(([, after]) => after)).toEqual([0, 1, 9, 10, 10, 10]);
    // Its one question of the count, in the installed version: fewer than ten commas, or not.
    const source = readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');
    expect(source.match(/_getCharCount\(/g)).toHaveLength(2);
    expect(source).toContain(`this._getCharCount(node, ",") < ${COMMAS_ASKED}`);
  });

  it('reads an element’s text once while it weighs a list, and again after it removes one', () => {
    const doc = parsePage('<html><body><div id="outer">Kept  words <p id="inner">gone words</p></div></body></html>');
    const asked = vi.spyOn(Readability.prototype as unknown as Reader, '_getInnerText');
    const reader = methods(quick(doc));
    const [outer, inner] = [doc.getElementById('outer')!, doc.getElementById('inner')!];
    const seen: string[] = [];
    // Readability walks a list from its end: the inner element is weighed, and removed, first.
    reader._removeNodes([outer, inner], function (this: Reader, node: Element) {
      seen.push(this._getInnerText(outer) as string, this._getInnerText(outer) as string);
      return node === inner;
    });
    expect(seen).toEqual(['Kept words gone words', 'Kept words gone words', 'Kept words', 'Kept words']);
    // One read before the removal, one after: the repeats came from the cache.
    expect(asked.mock.calls.filter(([el]) => el === outer)).toHaveLength(2);
    // Text with its spaces as they are is not the normalized text it keeps.
    reader._removeNodes([outer], function (this: Reader) {
      seen.splice(0, Infinity, this._getInnerText(outer) as string, this._getInnerText(outer, false) as string);
      return false;
    });
    expect(seen).toEqual(['Kept words', 'Kept  words']);
    // Outside a pass nothing is kept: the text follows the page.
    outer.append(' more');
    expect(reader._getInnerText(outer)).toBe('Kept words more');
    asked.mockRestore();
  });

  it('keeps, across a removal, the texts of all but the elements around the one removed', () => {
    const doc = parsePage('<html><body><div id="outer"><p id="gone">gone words</p><p id="kept">kept words</p></div></body></html>');
    const asked = vi.spyOn(Readability.prototype as unknown as Reader, '_getInnerText');
    const reader = methods(quick(doc));
    const [outer, gone, kept] = ['outer', 'gone', 'kept'].map((id) => doc.getElementById(id)!);
    const seen: string[] = [];
    reader._removeNodes([outer, kept, gone], function (this: Reader, node: Element) {
      seen.push(this._getInnerText(kept) as string, this._getInnerText(outer) as string);
      return node === gone;
    });
    expect(seen).toEqual(['kept words', 'gone wordskept words', 'kept words', 'kept words', 'kept words', 'kept words']);
    const reads = (el: Element) => asked.mock.calls.filter(([read]) => read === el).length;
    // The wrapper lost a paragraph's text and is read again; its other paragraph is not.
    expect([reads(outer), reads(kept)]).toEqual([2, 1]);
    asked.mockRestore();
  });

  it('weighs scored candidates by their links as Readability does, measuring their texts from those inside', () => {
    const html = `<div id="page"><div id="story">Lead  text <a href="/a">one link</a>
      <div id="part"><p>Part one, <a href="#note">a note</a>.</p><p>Part   two.</p></div>\n<a href="/b">  two </a></div>
      <div id="aside"><a href="/c">Elsewhere</a></div></div>`;
    const doc = parsePage(`<html><body>${html}</body></html>`);
    const [plainReader, reader] = [methods(plain(doc)), methods(quick(doc))];
    const candidates = ['page', 'story', 'part', 'aside'].map((id) => doc.getElementById(id)!);
    const before = candidates.map((el) => plainReader._getLinkDensity(el) as number);
    expect(before.every((density) => density > 0)).toBe(true);
    // Readability scores from the innermost paragraphs out; its candidates then carry a score.
    for (const el of [...candidates].reverse()) reader._initializeNode(el);
    const read = vi.spyOn(reader, '_getInnerText');
    expect(candidates.map((el) => reader._getLinkDensity(el))).toEqual(before);
    expect(read).not.toHaveBeenCalled();
    // Once it cleans the article the page changes: texts are read as they are then.
    reader._prepArticle(doc.createElement('div'));
    doc.getElementById('aside')!.append(' and more text');
    expect(reader._getLinkDensity(candidates[3])).toBe(plainReader._getLinkDensity(candidates[3]));
    expect(reader._getLinkDensity(candidates[3]) as number).toBeLessThan(before[3]);
    // A link's weighed length is not kept past that point either.
    doc.querySelector('#story a')!.append(' made longer');
    expect(reader._getLinkDensity(candidates[1])).toBe(plainReader._getLinkDensity(candidates[1]));
    expect(reader._getLinkDensity(candidates[1]) as number).toBeGreaterThan(before[1]);
  });

  it('takes the presentational attributes off as Readability does, asking only for those an element has', () => {
    const html = `<div style="color:red" class="story" align="center"><p>One <b valign="top" data-x="1">bold</b> word.</p>
      <table width="100" height="20" border="1" cellpadding="2"><tr><td width="50" bgcolor="#fff">cell</td></tr></table>
      <img src="a.jpg" width="300" height="200" hspace="4"><pre width="80">code</pre><hr width="50%">
      <svg width="10" style="fill:red"><rect style="x" width="5"></rect></svg><p>plain</p></div>`;
    const cleaned = (reader: (doc: Document) => Readability<Element>) => {
      const doc = parsePage(`<html><body>${html}</body></html>`);
      const root = doc.body.firstElementChild!;
      const remove = vi.spyOn(ownerOf(root, 'removeAttribute'), 'removeAttribute');
      methods(reader(doc))._cleanStyles(root);
      const asked = remove.mock.calls.length;
      remove.mockRestore();
      return { html: root.outerHTML, asked };
    };
    const [before, after] = [cleaned(plain), cleaned(quick)];
    expect(after.html).toBe(before.html);
    // Kept: the class, the image's size, the SVG's own attributes; gone: style, align, the table's size.
    expect(after.html).toContain('<div class="story">');
    expect(after.html).toContain('<img src="a.jpg" width="300" height="200">');
    expect(after.html).toContain('<svg width="10" style="fill:red"><rect style="x" width="5"');
    expect(after.html).toMatch(/<table>(<tbody>)?<tr><td>cell<\/td>/);
    expect(after.asked).toBeLessThan(before.asked / 4);
  });

  it('reads the head’s metas and title for the metadata, and leaves them out of its walk for the article', () => {
    const story = '<p>The council passed the budget on Monday after a long debate about the new library and the roads.</p>'.repeat(6);
    const html = `<html lang="en"><head><title>Council passes budget | Town News</title><base href="https://town.example/news/">
      <meta name="author" content="Jane Doe"><meta name="description" content="The council voted."><meta property="og:site_name" content="Town News">
      </head><body><article><h1>Council passes budget</h1>${story}<a href="budget.pdf">The budget</a></article></body></html>`;
    // Its walk asks of every element it reaches whether it is shown.
    const walked = (reader: Readability<Element>) => {
      const own = methods(reader);
      const visible = own._isProbablyVisible;
      const tags: string[] = [];
      own._isProbablyVisible = (node) => (tags.push((node as Element).tagName), visible(node));
      return { result: reader.parse(), tags };
    };
    const before = walked(plain(parsePage(html)));
    const after = walked(quick(parsePage(html)));
    expect(before.tags).toEqual(expect.arrayContaining(['META', 'TITLE']));
    expect(after.tags).not.toContain('META');
    expect(after.tags).not.toContain('TITLE');
    expect(after.tags).toContain('BASE');
    expect(after.result?.content?.outerHTML).toBe(before.result?.content?.outerHTML);
    expect(after.result?.content?.innerHTML).toContain('https://town.example/news/budget.pdf');
    expect({ ...after.result, content: null }).toEqual({ ...before.result, content: null });
    expect(after.result).toMatchObject({ byline: 'Jane Doe', excerpt: 'The council voted.', siteName: 'Town News' });
  });

  it('parses every fixture page exactly as Readability does, with fewer reads of text', () => {
    const pages = readdirSync(PAGES).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const name of pages) {
      const html = readFileSync(`${PAGES}/${name}`, 'utf8');
      const read = vi.spyOn(Readability.prototype as unknown as Reader, '_getInnerText');
      const before = plain(parsePage(html)).parse();
      const plainReads = read.mock.calls.length;
      read.mockClear();
      const after = quick(parsePage(html)).parse();
      const quickReads = read.mock.calls.length;
      read.mockRestore();
      expect(after?.content?.outerHTML, name).toBe(before?.content?.outerHTML);
      expect({ ...after, content: null }, name).toEqual({ ...before, content: null });
      expect(quickReads, name).toBeLessThan(plainReads);
    }
  });
});
