import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { decodeUtf8, entriesMatching, openSource } from '../../../lib/io/source';

test('a zip is opened into its entries, folders left out', () => {
  const zip = zipSync({ 'pocket/part_000001.csv': strToU8('b'), 'pocket/part_000000.csv': strToU8('a'), 'notes.txt': strToU8('n') });
  const source = openSource('pocket.zip', zip);
  expect(source.text).toBe('');
  expect(entriesMatching(source, /^part_\d+\.csv$/).map(([path]) => path)).toEqual(['pocket/part_000000.csv', 'pocket/part_000001.csv']);
});

test('any other file is decoded as UTF-8 without its BOM', () => {
  expect(openSource('x.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ name: 'x.csv', entries: null, text: 'a', validUtf8: true });
});

test('invalid UTF-8 is noted, not thrown', () => {
  expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Caf\uFFFD', validUtf8: false });
});

test('a damaged zip throws', () => {
  expect(() => openSource('x.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow();
});
