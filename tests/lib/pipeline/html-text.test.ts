import { expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { countWords, htmlToText, withoutListNumber } from '../../../lib/pipeline/html-text';

function textOf(html: string): string {
  return htmlToText(parsePage(`<!doctype html><html><body>${html}</body></html>`).body);
}

test('blocks are separated by a blank line and never glued together', () => {
  expect(textOf('<div><p>One.</p><p>Two.</p></div><h2>Head</h2><ul><li>a</li><li>b</li></ul>')).toBe(
    'One.\n\nTwo.\n\nHead\n\na\n\nb',
  );
});

test('inline elements flow, white space collapses, <br> keeps a line break', () => {
  expect(textOf('<p>  Some <b>bold</b>\n and <a href="#">linked</a>   text.<br>Next line.</p>')).toBe(
    'Some bold and linked text.\nNext line.',
  );
});

test('a block of zero-width characters alone is no line; inside text they stay', () => {
  expect(textOf('<p>One.</p><p>\u200d</p><p> \u200b\ufeff </p><p>Two \u2060 words.</p><p>👩\u200d💻 and می\u200cخواهم</p>')).toBe(
    'One.\n\nTwo \u2060 words.\n\n👩\u200d💻 and می\u200cخواهم',
  );
});

test('scripts, styles and templates give no text', () => {
  expect(textOf('<p>Kept.</p><script>var x = 1;</script><style>p{}</style><template><p>no</p></template>')).toBe('Kept.');
});

test('elements the caller leaves out give no text but still end a block', () => {
  const root = parsePage('<!doctype html><html><body><p>Before <figure><img src="a.jpg"><figcaption>A caption.</figcaption></figure>after.</p></body></html>').body;
  expect(htmlToText(root, (el) => el.tagName === 'FIGCAPTION')).toBe('Before\n\nafter.');
  expect(htmlToText(root)).toBe('Before\n\nA caption.\n\nafter.');
});

test('elements the caller gives a line for are that line, a block of its own', () => {
  const root = parsePage('<!doctype html><html><body><p>Ask: <button><span>Is it open?</span><i>chevron</i></button> Yes, daily.</p></body></html>').body;
  const button = root.querySelector('button')!;
  expect(htmlToText(root, undefined, new Map([[button, 'Q: Is it open?']]))).toBe('Ask:\n\nQ: Is it open?\n\nYes, daily.');
});

test('an ordered list numbers its items as the page shows them; other lists give no marks', () => {
  expect(textOf('<ol><li>Preheat the oven.</li><li><p>Mix the <b>flour</b>.</p><p>Rest it.</p></li></ol><ul><li>a</li></ul>')).toBe(
    '1. Preheat the oven.\n\n2. Mix the flour.\n\nRest it.\n\na',
  );
});

test('list numbers follow start, value and reversed', () => {
  expect(textOf('<ol start="4"><li>four</li><li value="9">nine</li><li>ten</li></ol>')).toBe('4. four\n\n9. nine\n\n10. ten');
  expect(textOf('<ol reversed><li>three</li><li>two</li><li>one</li></ol>')).toBe('3. three\n\n2. two\n\n1. one');
  expect(textOf('<ol reversed start="10"><li>ten</li><li>nine</li></ol>')).toBe('10. ten\n\n9. nine');
  expect(textOf('<ol start="x"><li>one</li></ol>')).toBe('1. one');
});

test('a nested list numbers its own items, and the outer item goes on unnumbered after it', () => {
  expect(textOf('<ol><li>Steps:<ol><li>cut</li><li>fold</li></ol>then serve.</li><li>Eat.</li></ol>')).toBe(
    '1. Steps:\n\n1. cut\n\n2. fold\n\nthen serve.\n\n2. Eat.',
  );
});

test('an item without text gives no number, and stray text in a list is not an item', () => {
  expect(textOf('<ol><li><img src="a.jpg"></li><li>Second.</li>stray<li>Third.</li></ol>')).toBe('2. Second.\n\nstray\n\n3. Third.');
});

test('a list the caller leaves out gives no text; one the caller gives a line for is that line', () => {
  const root = parsePage('<!doctype html><html><body><ol><li>one</li></ol><ol><li>two</li></ol></body></html>').body;
  const [first, second] = root.querySelectorAll('ol');
  expect(htmlToText(root, (el) => el === first)).toBe('1. two');
  expect(htmlToText(root, undefined, new Map([[second.firstElementChild!, 'Q: two?']]))).toBe('1. one\n\nQ: two?');
});

test('withoutListNumber strips the number an item opens with, and nothing else', () => {
  expect(withoutListNumber('12. Preheat the oven.')).toBe('Preheat the oven.');
  expect(withoutListNumber('-1. Below zero.')).toBe('Below zero.');
  expect(withoutListNumber('1.5 million people came.')).toBe('1.5 million people came.');
  expect(withoutListNumber('In 2024. Or not.')).toBe('In 2024. Or not.');
});

test('countWords counts words in Latin and Cyrillic scripts and characters in CJK', () => {
  expect(countWords('It’s a well-known fact, isn’t it?')).toBe(6);
  expect(countWords('Читайте также эту статью')).toBe(4);
  expect(countWords('日本語のテキスト')).toBe(8);
  expect(countWords('')).toBe(0);
});

test('countWords counts as the Unicode word rules do, every character of the plane and beyond', () => {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
  const unicodeCount = (text: string) =>
    (text.replace(cjk, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu)?.length ?? 0) + (text.match(cjk)?.length ?? 0);
  const differ: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    const text = `a${c}b ${c} ${c}${c}x —${c}’ '${c}-`;
    if (countWords(text) !== unicodeCount(text)) differ.push(code);
  }
  expect(differ).toEqual([]);
  for (const text of ['𠀀𠀁 word', 'a 😀 b', 'x\ud800y', '日本 𠀀 text']) expect(countWords(text)).toBe(unicodeCount(text));
});

test('countWords: a word runs on through apostrophes and hyphens but never opens with one', () => {
  expect(countWords("'quoted' -dash- --x rock’n’roll ’tis o'-clock")).toBe(6);
  expect(countWords('- \' ’ — “ ”')).toBe(0);
});

test('countWords counts text that leaves Latin late by the Unicode and CJK rules', () => {
  expect(countWords('Latin words first, then Ελληνικά λόγια')).toBe(6);
  expect(countWords('Tokyo 東京 report')).toBe(4);
});

test('countWords stops at its cap, in every script', () => {
  expect(countWords('one two three four five', 3)).toBe(3);
  expect(countWords('one two', 3)).toBe(2);
  expect(countWords('Читайте также эту статью', 2)).toBe(2);
  expect(countWords('日本語のテキスト', 5)).toBe(5);
  expect(countWords('one two three four five', Infinity)).toBe(5);
});
