import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { Window } from 'happy-dom';
import { classAndId, closestTag, descendantsByTag, elementsOf, holdsTag, isNamed, listed, positionsIn } from '../../../lib/pipeline/elements';

describe('elementsOf', () => {
  it('lists every element in document order, as querySelectorAll does', () => {
    const doc = parsePage('<html><head><title>T</title></head><body><div><p>a <b>b</b></p><ul><li>c</li><li>d</li></ul></div><p>e</p></body></html>');
    const walked = elementsOf(doc);
    expect(walked.map((el) => el.localName)).toEqual(['html', 'head', 'title', 'body', 'div', 'p', 'b', 'ul', 'li', 'li', 'p']);
    expect(walked).toEqual([...doc.querySelectorAll('*')]);
  });

  it('from an element, lists it and its descendants only, never its siblings or parents', () => {
    const doc = parsePage('<html><body><div id="a"><p>a <b>b</b></p></div><div id="z"><i>z</i></div></body></html>');
    const a = doc.getElementById('a')!;
    expect(elementsOf(a)).toEqual([a, ...a.querySelectorAll('*')]);
    const leaf = a.querySelector('b')!;
    expect(elementsOf(leaf)).toEqual([leaf]);
  });

  it('walks a page nested far deeper than the call stack allows', () => {
    const depth = 20_000;
    const doc = parsePage(`<html><body>${'<div>'.repeat(depth)}<p>deep</p>${'</div>'.repeat(depth)}<p>after</p></body></html>`);
    const walked = elementsOf(doc);
    expect(walked.length).toBe(doc.querySelectorAll('*').length);
    expect(walked.length).toBeGreaterThan(depth);
    expect(walked.at(-1)!.textContent).toBe('after');
  });
});

describe('positionsIn', () => {
  it('gives each element its index in the list, and none to an element not in it', () => {
    const doc = parsePage('<html><body><div><p>a</p><p>b</p></div><p>c</p></body></html>');
    const walked = elementsOf(doc.body!);
    const positions = positionsIn(walked);
    expect(walked.map((el) => positions.get(el))).toEqual(walked.map((_, i) => i));
    expect(positions.size).toBe(walked.length);
    expect(positions.get(doc.documentElement)).toBeUndefined();
  });
});

describe('isNamed', () => {
  it('matches a whole attribute value in any case, as [attr="value" i] does, and no missing one', () => {
    const doc = parsePage('<body><p itemprop="articleBody">a</p><p itemprop="ARTICLEBODY">b</p><p itemprop="articleBody text">c</p><p>d</p></body>');
    const named = [...doc.querySelectorAll('p')].map((p) => isNamed(p.getAttribute('itemprop'), 'articlebody'));
    expect(named).toEqual([true, true, false, false]);
  });
});

describe('closestTag', () => {
  const doc = parsePage('<html><body><figure id="f"><div><figcaption><b>x</b></figcaption></div></figure><pre><code><i>y</i></code></pre></body></html>');

  it('finds what closest() finds for the same tags, the element itself included', () => {
    const b = doc.querySelector('b')!;
    expect(closestTag(b, 'FIGURE')).toBe(b.closest('figure'));
    expect(closestTag(b, 'FIGCAPTION', 'FIGURE')).toBe(b.closest('figcaption, figure'));
    expect(closestTag(b, 'B')).toBe(b);
    const i = doc.querySelector('i')!;
    expect(closestTag(i, 'PRE', 'CODE')).toBe(i.closest('pre, code'));
  });

  it('is null where closest() is', () => {
    const b = doc.querySelector('b')!;
    expect(closestTag(b, 'ASIDE')).toBeNull();
    expect(b.closest('aside')).toBeNull();
  });
});

describe('descendantsByTag', () => {
  it('lists what querySelectorAll lists for the same tags, in document order, never the root', () => {
    const doc = parsePage('<html><body><div id="r"><h2>a</h2><p>b</p><div><h3>c</h3><p>d <a href="/x">e</a></p></div><h2>f</h2></div></body></html>');
    const root = doc.getElementById('r')!;
    expect(descendantsByTag(root, 'H2', 'H3')).toEqual([...root.querySelectorAll('h2, h3')]);
    expect(descendantsByTag(root, 'P', 'A')).toEqual([...root.querySelectorAll('p, a')]);
    expect(descendantsByTag(root, 'DIV')).toEqual([...root.querySelectorAll('div')]);
    expect(descendantsByTag(root, 'TABLE')).toEqual([]);
  });
});

describe('holdsTag', () => {
  it('is true for the element itself or anything below it with one of the tags, as matches() or querySelector() would find', () => {
    const doc = parsePage('<html><body><div id="d"><p>a <img src="x.jpg"></p></div><pre id="p">code</pre></body></html>');
    const div = doc.getElementById('d')!;
    const pre = doc.getElementById('p')!;
    expect(holdsTag(div, 'IMG', 'VIDEO')).toBe(true);
    expect(holdsTag(pre, 'TABLE', 'PRE')).toBe(true);
    expect(holdsTag(div, 'TABLE', 'PRE')).toBe(false);
  });
});

describe('classAndId', () => {
  it('joins the class and the id, either of which may be missing', () => {
    const doc = parsePage('<body><div class="story-header promo" id="top"></div><p id="lead"></p><span></span></body>');
    const [div, p, span] = [...doc.body.children];
    expect(classAndId(div)).toBe('story-header promo top');
    expect(classAndId(p)).toBe(' lead');
    expect(classAndId(span)).toBe(' ');
  });
});

describe('listed', () => {
  it('copies a list in its order, and a live one as it stood: the loops over it may change the page', () => {
    // happy-dom's getElementsByTagName is live, as a browser's is (linkedom's is a snapshot).
    const doc = new Window().document;
    doc.body.innerHTML = '<p id="a">a</p><div><p id="b">b</p></div><p id="c">c</p>';
    const live = doc.body.getElementsByTagName('p');
    const copy = listed(live);
    expect(copy.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    for (const p of copy) p.remove();
    expect(live.length).toBe(0);
    expect(copy.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(Array.isArray(copy)).toBe(true);
  });

  it("copies an element's attributes and child nodes, text nodes too", () => {
    const doc = parsePage('<html><body><div class="x" id="y">one <b>two</b> three</div></body></html>');
    const div = doc.querySelector('div')!;
    expect(listed(div.attributes).map(({ name, value }) => `${name}=${value}`)).toEqual(['class=x', 'id=y']);
    expect(listed(div.childNodes).map((node) => node.textContent)).toEqual(['one ', 'two', ' three']);
  });
});
