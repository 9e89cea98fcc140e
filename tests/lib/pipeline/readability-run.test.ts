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
const RETRIED = `<html><head><title>Council passes the budget</title></head><body>
  <div class="sidebar-story">${paragraphs(8)}</div><div><p>A short line.</p></div></body></html>`;

/** Readability alone on a fresh copy of `html`, as Sift ran it before. */
function plainRead(html: string) {
  return new Readability<Element>(parsePage(html), { keepClasses: false, serializer: (node) => node as Element }).parse();
}

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
    let result: ReturnType<typeof runReadability> = null;
    expect(bodySerializations(() => (result = runReadability(prepare, { keepClasses: false })))).toBe(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(result!.content!.innerHTML).toBe(plainRead(STORY)!.content!.innerHTML);
    expect(result!.title).toBe('Council passes the budget');
    // Readability alone serializes the body once, for a retry it did not need.
    expect(bodySerializations(() => plainRead(STORY))).toBe(1);
  });

  it('starts over on a fresh document, the usual way, when Readability reads the page again', () => {
    const prepared: Document[] = [];
    const prepare = () => prepared[prepared.push(parsePage(RETRIED)) - 1];
    const result = runReadability(prepare, { keepClasses: false });
    expect(prepared).toHaveLength(2);
    const plain = plainRead(RETRIED)!;
    expect(plain.textContent).toContain(sentence(7));
    expect(result!.content!.innerHTML).toBe(plain.content!.innerHTML);
    expect(result!.content!.ownerDocument).toBe(prepared[1]);
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
