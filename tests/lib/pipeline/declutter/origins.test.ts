import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../../lib/node/parse-page';
import { originsOf } from '../../../../lib/pipeline/declutter/origins';
import { squash, textOf } from '../../../../lib/pipeline/declutter/text';
import { elementsOf, pageElements } from '../../../../lib/pipeline/elements';
import { leanClone } from '../../../../lib/pipeline/lean-clone';

const PAGE = `<html><body><div id="main">
  <p id="lead">The lead paragraph of the story.</p>
  <div id="card"><div class="pic"><img src="a.jpg"></div><div id="words"><a href="/b">Another story</a></div></div>
  <div id="plain"><a href="/c">A third story</a> <b>now</b></div>
  </div></body></html>`;

/** The page, a clone of it, and the origins that pair them. */
function setUp(html = PAGE) {
  const doc = parsePage(html);
  const clone = doc.cloneNode(true) as Document;
  const origins = originsOf(pageElements(doc), pageElements(clone));
  return { doc, clone, origins };
}

/** What Readability's _simplifyNestedElements does to the card once its picture is cleaned away; returns the child left. */
function foldCard(clone: Document): Element {
  const card = clone.getElementById('card')!;
  card.querySelector('.pic')!.remove();
  const words = clone.getElementById('words')!;
  card.replaceWith(words);
  return words;
}

describe('originsOf', () => {
  it('leads a block back to its original wherever Readability moved it', () => {
    const { doc, clone, origins } = setUp();
    const lead = clone.getElementById('lead')!;
    clone.body.append(lead);
    expect(origins.of(lead)).toBe(doc.getElementById('lead'));
    expect(origins.page).toEqual(pageElements(doc));
  });

  it('pairs a clone that left parts of the page out with the page elements it copied', () => {
    const doc = parsePage(PAGE.replace('<div id="main">', '<nav><a href="/">Home</a></nav><script>run()</script><div id="main">'));
    const { clone, copied } = leanClone(doc);
    const origins = originsOf(pageElements(doc), pageElements(clone), copied);
    expect(origins.of(foldCard(clone))).toBe(doc.getElementById('card'));
    expect(origins.of(clone.getElementById('plain')!)).toBe(doc.getElementById('plain'));
    expect(origins.page).toEqual(pageElements(doc));
  });

  it('leads no inline element back, and none of the wrappers Readability makes', () => {
    const { clone, origins } = setUp();
    expect(origins.of(clone.querySelector('a')!)).toBeNull();
    const wrapper = clone.createElement('div');
    wrapper.id = 'readability-page-1';
    wrapper.append(...clone.getElementById('main')!.children);
    expect(origins.of(wrapper)).toBeNull();
  });

  it('leads a child that stands for its folded wrapper back to the wrapper', () => {
    const { doc, clone, origins } = setUp();
    const words = foldCard(clone);
    expect(origins.of(words)).toBe(doc.getElementById('card'));
    // A wrapper still in the tree is not folded, so the child stands for itself.
    const again = setUp();
    expect(again.origins.of(again.clone.getElementById('words')!)).toBe(again.doc.getElementById('words'));
  });

  it('gives the sources of any element: its original and the wrappers folded into it, innermost first', () => {
    const { doc, clone, origins } = setUp();
    const words = foldCard(clone);
    expect(origins.sources(words)).toEqual([doc.getElementById('words'), doc.getElementById('card')]);
    expect(origins.sources(clone.querySelector('a')!)).toEqual([doc.querySelector('#words a')]);
    expect(origins.sources(clone.createElement('p'))).toEqual([]);
  });

  it('leads a renamed block back by the children it took over', () => {
    const { doc, clone, origins } = setUp();
    // What Readability's _setNodeTag does to a <div> holding only phrasing content.
    const plain = clone.getElementById('plain')!;
    const p = clone.createElement('p');
    p.append(...plain.childNodes);
    plain.replaceWith(p);
    expect(origins.of(p)).toBe(doc.getElementById('plain'));
    // The <div>'s copy is out of the tree and empty, as a folded wrapper's is; but a link is never
    // folded into, so it stands for itself, not for the block it was a part of.
    expect(origins.sources(p.querySelector('a')!)).toEqual([doc.querySelector('#plain a')]);
  });

  it('falls back to the text when Readability reparsed the page', () => {
    const { doc, clone, origins } = setUp();
    clone.body.innerHTML = clone.body.innerHTML;
    expect(origins.of(clone.getElementById('lead')!)).toBe(doc.getElementById('lead'));
    clone.getElementById('lead')!.textContent = 'Text the page never had.';
    expect(origins.of(clone.getElementById('lead')!)).toBeNull();
  });

  it('leads back by identity and children alone when asked for kept blocks, never by text', () => {
    const { doc, clone, origins } = setUp();
    expect(origins.kept(clone.getElementById('lead')!)).toBe(doc.getElementById('lead'));
    clone.body.innerHTML = clone.body.innerHTML;
    expect(origins.kept(clone.getElementById('lead')!)).toBeNull();
    expect(origins.of(clone.getElementById('lead')!)).toBe(doc.getElementById('lead'));
  });

  it("finds an original for nearly every block of Readability's result on a real page, holding at least its text", () => {
    const { clone, origins } = setUp(readFileSync(new URL('../../../fixtures/pages/gzero--kursk-inline.html', import.meta.url), 'utf8'));
    const content = new Readability<Element>(clone, { serializer: (n) => n as Element }).parse()!.content!;
    const blocks = elementsOf(content).filter((el) => /^(DIV|P|UL|LI|H[2-6]|FIGURE)$/.test(el.tagName) && !el.id.startsWith('readability'));
    const led = blocks.filter((el) => origins.of(el));
    expect(blocks.length).toBeGreaterThan(20);
    // The rest are Readability's own: paragraphs it wraps around loose links, a <main> it renamed and emptied.
    expect(led.length / blocks.length).toBeGreaterThan(0.8);
    for (const el of led) expect(squash(textOf(origins.of(el)!))).toContain(squash(textOf(el)));
  });
});
