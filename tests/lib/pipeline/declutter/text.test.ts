import { describe, expect, it } from 'vitest';
import { isCoreParagraph, keyOf, linkDensity, squash, textOf, wordsOf } from '../../../../lib/pipeline/declutter/text';
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
});
