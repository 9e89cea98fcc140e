import { expect, test } from 'vitest';
import { dropElement, duplicateElement, elementRange, moveElement, tokenizeHtml } from '../../../bench/fuzz/html-tokens';
import { createRandom } from '../../../bench/fuzz/random';

const PAGE = '<html><body><div class="a"><p>One <b>bold</b></p><div>inner</div></div><br><!-- note --><p>Two</p></body></html>';

test('tokens join back into the input, even when it is cut off mid-tag', () => {
  for (const html of [PAGE, PAGE.slice(0, 40), '<p>a < b</p><', '<!-- open comment']) expect(tokenizeHtml(html).join('')).toBe(html);
});

test('an element range spans its nested namesakes up to its own end tag', () => {
  const tokens = tokenizeHtml(PAGE);
  const outer = tokens.indexOf('<div class="a">');
  expect(tokens.slice(...elementRange(tokens, outer)).join('')).toBe('<div class="a"><p>One <b>bold</b></p><div>inner</div></div>');
  expect(elementRange(tokens, tokens.indexOf('<br>'))).toEqual([tokens.indexOf('<br>'), tokens.indexOf('<br>') + 1]);
  const unclosed = tokenizeHtml('<section><p>x</p>');
  expect(elementRange(unclosed, 0)).toEqual([0, 1]);
});

test('drop removes one element whole; duplicate repeats one; move keeps every token', () => {
  for (let seed = 0; seed < 20; seed++) {
    const tokens = tokenizeHtml(PAGE);
    const dropped = dropElement(tokens, createRandom(seed));
    expect(dropped.length).toBeLessThan(tokens.length);
    expect(dropped.every((t) => tokens.includes(t))).toBe(true);
    const duplicated = duplicateElement(tokens, createRandom(seed));
    expect(duplicated.length).toBeGreaterThan(tokens.length);
    const moved = moveElement(tokens, createRandom(seed));
    expect([...moved].sort()).toEqual([...tokens].sort());
  }
  expect(dropElement(tokenizeHtml('text only'), createRandom(1))).toEqual(['text only']);
});
