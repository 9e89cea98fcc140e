import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { elementsOf } from '../../../lib/pipeline/elements';

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
