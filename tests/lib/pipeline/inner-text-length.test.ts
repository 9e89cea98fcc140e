import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { innerTextLengths } from '../../../lib/pipeline/inner-text-length';

// Readability 0.6.0's `_getInnerText(el)`, whose length is measured.
const readabilityText = (el: Element) => (el.textContent ?? '').trim().replace(/\s{2,}/g, ' ');

/** The elements of a page whose body is `html`, in document order. */
function bodyElements(html: string): Element[] {
  return [...parsePage(`<html><body>${html}</body></html>`).body.querySelectorAll('*')];
}

/** Asserts every element measures as Readability's text is long, split everywhere or nowhere. */
function measuresAsRead(html: string): number[] {
  const elements = bodyElements(html);
  expect(elements.length).toBeGreaterThan(0);
  const expected = elements.map((el) => readabilityText(el).length);
  const split = innerTextLengths(() => true);
  const whole = innerTextLengths(() => false);
  expect(elements.map(split)).toEqual(expected);
  expect(elements.map(whole)).toEqual(expected);
  return expected;
}

describe('innerTextLengths', () => {
  it('measures white space at the seams between parts as Readability’s text has it', () => {
    const lengths = measuresAsRead(`<div id="a">
        <p>One  two</p><p> three </p>
        <span>four</span><span>five</span>\u00a0<b>\n</b><i>six</i>
        <p></p><p>   </p>
        seven&nbsp;&nbsp;eight
      </div>`);
    // Inline parts join with no space ("fourfive"); a no-break space and a line break are one run.
    expect(lengths[0]).toBe('One two three fourfive six seven eight'.length);
  });

  it('counts an element made of blanks, or of nothing, as empty, and keeps a lone line break as one character', () => {
    expect(measuresAsRead('<div> <span>  </span>\n<b></b> </div><p>a\nb</p><p>a\n\tb</p><p></p>')).toEqual([0, 0, 0, 3, 3, 0]);
  });

  it('leaves out comments, as `textContent` does, and reads text in nested wrappers', () => {
    measuresAsRead('<section><!-- a  note --><div><div> deep <em>er</em><!--x--> </div>tail</div><div>x<br>y</div></section>');
  });

  it('adds up pages of mixed markup the same way', () => {
    // Random runs of words, blanks and nesting: the seams fall everywhere a real page puts them.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const parts = ['', ' ', '  ', '\n', '\u00a0', 'word', 'two words', ' pad ', '\t\t'];
    const tree = (depth: number): string => {
      let html = '';
      for (let i = next(4); i >= 0; i--) {
        html += parts[next(parts.length)];
        const tag = ['div', 'span', 'p', 'b'][next(4)];
        if (depth && next(2)) html += `<${tag}>${tree(depth - 1)}</${tag}>`;
      }
      return html;
    };
    for (let page = 0; page < 30; page++) measuresAsRead(`<div>${tree(4)}</div>`);
  });

  it('measures each element once, and a split one from the parts measured already', () => {
    const [outer, inner] = bodyElements('<div id="outer">intro <div id="inner">body text</div></div>');
    const reads: Element[] = [];
    const split = (el: Element) => {
      reads.push(el);
      return el === outer;
    };
    const length = innerTextLengths(split);
    expect([length(outer), length(inner), length(outer)]).toEqual([15, 9, 15]);
    expect(reads).toEqual([outer, inner]);
  });
});
