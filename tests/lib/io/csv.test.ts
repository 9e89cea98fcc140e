import { expect, test } from 'vitest';
import { byLine, headerOf, readCsv } from '../../../lib/io/csv';

test('reads rows by header name with the line each starts on, quoted newlines included', () => {
  const table = readCsv('b,a\n"x\ny",1\n\n2,3\n', { validUtf8: true });
  expect(table.columns).toEqual(['b', 'a']);
  expect(table.rows).toEqual([
    { line: 2, values: { b: 'x\ny', a: '1' } },
    { line: 5, values: { b: '2', a: '3' } },
  ]);
  expect(table.problems).toEqual([]);
});

test('an unterminated quote costs its own row only', () => {
  const table = readCsv('a,b\n"broken,1\nok,2\n"also"x,3\nlast,4', { validUtf8: true, file: 'f.csv' });
  expect(table.rows.map((r) => [r.line, r.values.a])).toEqual([[3, 'ok'], [5, 'last']]);
  expect(table.problems).toEqual([
    { line: 2, reason: 'broken quoting', file: 'f.csv' },
    { line: 4, reason: 'broken quoting', file: 'f.csv' },
  ]);
});

test('reports rows with the wrong number of fields and rows that were not UTF-8', () => {
  const table = readCsv('a,b\n1,2,3\nbad\uFFFD,2\n', { validUtf8: false });
  expect(table.rows).toEqual([]);
  expect(table.problems).toEqual([
    { line: 2, reason: '3 fields where the header has 2' },
    { line: 3, reason: 'not valid UTF-8 text' },
  ]);
});

test('headerOf reads the first line; byLine orders problems', () => {
  expect(headerOf('"URL",Title\r\nx,y')).toEqual(['URL', 'Title']);
  expect([{ line: 3, reason: '' }, { line: 1, reason: '' }].sort(byLine).map((p) => p.line)).toEqual([1, 3]);
});
