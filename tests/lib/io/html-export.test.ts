import { expect, test } from 'vitest';
import { anchorLines, attribute } from '../../../lib/io/html-export';
import { parsePage } from '../../../lib/node/parse-page';

test('anchorLines gives the line of each link tag in order', () => {
  expect(anchorLines('<ul>\n<li><a href="1">a</a><A HREF="2">b</A>\n\n<abbr>no</abbr><a\nhref="3">c</a>')).toEqual([2, 2, 4]);
});

test('attribute reads bookmark attributes in either case', () => {
  const [a] = parsePage('<DT><A HREF="https://x.example" ADD_DATE="5">x</A>').querySelectorAll('a');
  expect(attribute(a, 'add_date')).toBe('5');
  expect(attribute(a, 'tags')).toBeNull();
});
