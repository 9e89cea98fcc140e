import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { runReadability } from '../../../lib/pipeline/readability-run';

const sentence = (n: number) => `Paragraph ${n} of the story says what the council decided and why it matters to the city.`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, n) => `<p>${sentence(n)}</p>`).join('');

// Readability reads this at once: a story well over its 500 characters.
const STORY = `<html><head><title>Council passes the budget</title></head><body>
  <div class="story">${paragraphs(8)}</div><div class="more"><a href="/b">Another story</a></div></body></html>`;
// Here its first pass drops the story for the "sidebar" in its class and finds too little; it
// then puts the page back and reads it again without that rule.
// Readability turns its <font> into a <span>, and its run of line breaks into a paragraph, before
// the first pass: the page it puts back has them so.
const RETRIED = `<html><head><title>Council passes the budget</title></head><body>
  <div class="sidebar-story">${paragraphs(8)}<div>${sentence(8)}<br><br><font>${sentence(9)}</font></div></div>
  <div><p>A short line.</p></div></body></html>`;

/** Readability alone on a fresh copy of `html`, as Sift ran it before. */
function plainRead(html: string) {
  return new Readability<Element>(parsePage(html), { keepClasses: false, serializer: (node) => node as Element }).parse();
}

// linkedom writes out an element Readability made (its <font> turned <SPAN>) in the case it was
// named in; once parsed back from a string, as Readability alone puts its page back, in lower case.
const sameCase = (html: string) => html.replace(/<\/?[A-Z]+\b/g, (tag) => tag.toLowerCase());

/** Counts Readability's passes over a page: each ends by cleaning the article it found. */
const spyOnPasses = () => vi.spyOn(Readability.prototype as unknown as { _prepArticle(el: Element): void }, '_prepArticle');

/** Counts the reads of a body's own `innerHTML` (the prototype's getter) while `run` goes. */
function bodySerializations(run: () => void): number {
  const doc = parsePage('<body></body>');
  let owner: object | null = doc.body;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'innerHTML')) owner = Object.getPrototypeOf(owner);
  const descriptor = Object.getOwnPropertyDescriptor(owner!, 'innerHTML')!;
  let reads = 0;
  const spy = vi.spyOn(owner as { innerHTML: string }, 'innerHTML', 'get').mockImplementation(function (this: Element) {
    if (this.tagName === 'BODY') reads++;
    return descriptor.get!.call(this);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return reads;
}

afterEach(() => vi.restoreAllMocks());

describe('runReadability', () => {
  it('gives Readability’s result without serializing the body', () => {
    const prepare = vi.fn(() => parsePage(STORY));
    let result: ReturnType<typeof runReadability>['parsed'] = null;
    expect(bodySerializations(() => (result = runReadability(prepare, { keepClasses: false }).parsed))).toBe(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(result!.content!.innerHTML).toBe(plainRead(STORY)!.content!.innerHTML);
    expect(result!.title).toBe('Council passes the budget');
    // Readability alone serializes the body once, for a retry it did not need.
    expect(bodySerializations(() => plainRead(STORY))).toBe(1);
  });

  it('puts the page back as Readability does when it reads it again, without a second first pass', () => {
    const prepared: Document[] = [];
    const prepare = () => prepared[prepared.push(parsePage(RETRIED)) - 1];
    const passes = spyOnPasses();
    const result = runReadability(prepare, { keepClasses: false }).parsed;
    // One pass that found too little, one that found the story; the second document gave its body.
    expect(passes).toHaveBeenCalledTimes(2);
    expect(prepared).toHaveLength(2);
    expect(result!.content!.ownerDocument).toBe(prepared[0]);
    const plain = plainRead(RETRIED)!;
    expect(plain.textContent).toContain(sentence(9));
    expect(plain.content!.innerHTML).toMatch(/<span>Paragraph 9/);
    expect(sameCase(result!.content!.innerHTML)).toBe(sameCase(plain.content!.innerHTML));
  });

  it('puts the page back each time Readability asks', () => {
    // Too short for any pass: Readability reads it four times and keeps the longest read.
    const html = '<html><body><div class="sidebar"><p>Only a short line of text here.</p></div><div><p>Another line.</p></div></body></html>';
    const prepared: Document[] = [];
    const firstPass: boolean[] = [];
    const passes = spyOnPasses();
    const prepare = (first: boolean) => (firstPass.push(first), prepared[prepared.push(parsePage(html)) - 1]);
    const result = runReadability(prepare, { keepClasses: false }).parsed;
    expect(passes).toHaveBeenCalledTimes(4);
    // The page, and a fresh one for each time it was put back: after every pass, the last too.
    expect(prepared).toHaveLength(5);
    // Only the first is for the first pass, which strips blocks by their names unseen.
    expect(firstPass).toEqual([true, false, false, false, false]);
    passes.mockClear();
    const plain = plainRead(html)!;
    expect(passes).toHaveBeenCalledTimes(4);
    expect(result!.content!.innerHTML).toBe(plain.content!.innerHTML);
    expect(result!.textContent).toContain('Only a short line');
  });

  it('leaves the body its own innerHTML after the parse', () => {
    for (const html of [STORY, RETRIED]) {
      const prepared: Document[] = [];
      runReadability(() => prepared[prepared.push(parsePage(html)) - 1], { keepClasses: false });
      for (const doc of prepared) {
        expect(Object.getOwnPropertyDescriptor(doc.body, 'innerHTML')).toBeUndefined();
        doc.body.replaceChildren(doc.createElement('hr'));
        expect(doc.body.innerHTML).toBe('<hr>');
      }
    }
  });

  it('passes on what else goes wrong in the parse', () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new Error('broken page');
    });
    expect(() => runReadability(() => parsePage(STORY), { keepClasses: false })).toThrow('broken page');
  });
});
