import { describe, expect, it } from 'vitest';
import { follows, isCoreParagraph, isCoreText, keyOf, linkDensity, squash, textOf, trimEndOf, wordsOf } from '../../../../lib/pipeline/declutter/text';
import { contentOf, storyParagraph } from './dom';

describe('text helpers', () => {
  it('collapses whitespace and builds comparison keys', () => {
    expect(squash(' a \n\t b  ')).toBe('a b');
    expect(textOf(contentOf('<p> a \n b </p>'))).toBe('a b');
    expect(keyOf('Hello, World!')).toBe('helloworld');
    expect(wordsOf(contentOf('<p>one two three</p>'))).toBe(3);
  });

  it('collapses every whitespace run as /\\s+/ does, lone spaces included', () => {
    const spaces = [' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff'];
    for (const a of spaces) {
      for (const b of ['', ...spaces]) {
        const text = `${a}x${a}${b}y ${b}z${b}`;
        expect(squash(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('measures link density', () => {
    expect(linkDensity(contentOf('<p><a href="/a">abcd</a>abcd</p>'))).toBe(0.5);
    expect(linkDensity(contentOf(''))).toBe(0);
  });

  it('takes long sentence-ending paragraphs with few links as core', () => {
    expect(isCoreParagraph(contentOf(storyParagraph(1)).firstElementChild!)).toBe(true);
    expect(isCoreParagraph(contentOf('<p>Short line.</p>').firstElementChild!)).toBe(false);
    const linked = `<p><a href="/x">${'word '.repeat(30)}</a>end.</p>`;
    expect(isCoreParagraph(contentOf(linked).firstElementChild!)).toBe(false);
    expect(isCoreParagraph(contentOf(`<p>${'长'.repeat(70)}。</p>`).firstElementChild!)).toBe(true);
  });

  it('isCoreText: CJK text by its length (60 characters), other text by its words (25), around both limits', () => {
    const latin = (words: number, pad = 0) => `${'a '.repeat(words - 1)}a${'a'.repeat(pad)}.`;
    const cjk = (chars: number) => `${'长'.repeat(chars - 1)}。`;
    expect([latin(24), latin(24, 30), latin(25), latin(25, 30)].map(isCoreText)).toEqual([false, false, true, true]);
    expect([cjk(49), cjk(50), cjk(59), cjk(60), cjk(80)].map(isCoreText)).toEqual([false, false, false, true, true]);
    // Mixed: one CJK character makes a text CJK, so 25 words under 60 characters are not enough.
    const mixed = `${'a '.repeat(24)}长。`;
    expect([mixed.length < 60, isCoreText(mixed), isCoreText(`${'a '.repeat(30)}长。`)]).toEqual([true, false, true]);
    expect(isCoreText(latin(40).slice(0, -1))).toBe(false);
  });

  it('keyOf keeps what Unicode calls letters and digits, for Latin text and beyond', () => {
    const unicodeKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const latin = [...Array(0x250).keys(), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)];
    for (const code of latin) {
      const text = `A${String.fromCharCode(code)}b — ’c`;
      expect([code, keyOf(text)]).toEqual([code, unicodeKey(text)]);
    }
    expect(keyOf('İstanbul, Ελλάδα!')).toBe(unicodeKey('İstanbul, Ελλάδα!'));
    expect(keyOf('Straße 東京')).toBe('straße東京');
  });
});

describe('follows', () => {
  it('orders nodes by the document, whatever their depth', () => {
    const root = contentOf('<div><p>One <a id="x" href="/x">x</a></p><p><b><a id="y" href="/y">y</a></b></p><h2 id="label">Related</h2><ul><li><a id="z" href="/z">z</a></li></ul></div>');
    const at = (id: string) => root.querySelector(`#${id}`)!;
    const label = at('label');
    // Links set deeper than the label, before it: not after it.
    expect(['x', 'y', 'z'].map((id) => follows(at(id), label))).toEqual([false, false, true]);
    expect(['x', 'y', 'z'].map((id) => follows(label, at(id)))).toEqual([true, true, false]);
    expect(follows(at('x').firstChild!, at('x'))).toBe(true);
    expect(follows(at('x'), at('x').firstChild!)).toBe(false);
    expect(follows(label, label)).toBe(false);
    expect(follows(root.ownerDocument.createElement('p'), label)).toBe(false);
  });
});

describe('trimEndOf', () => {
  it('takes off the run of marks a text ends with, and no other', () => {
    expect(trimEndOf('View Deal »', ' .!»')).toBe('View Deal');
    expect(trimEndOf('Mr. Smith. . .', ' .')).toBe('Mr. Smith');
    expect(trimEndOf('...', '.')).toBe('');
    expect(trimEndOf('Read more', '.')).toBe('Read more');
  });

  it('reads a run of thousands of marks that does not end the text as text', () => {
    const flooded = `Read ${'. '.repeat(15_000)}more`;
    expect(trimEndOf(flooded, ' .')).toBe(flooded);
  });
});
