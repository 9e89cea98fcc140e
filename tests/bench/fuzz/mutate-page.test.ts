import { expect, test } from 'vitest';
import { FLOOD_LENGTH, mutatePage, NESTING_DEPTH } from '../../../bench/fuzz/mutate-page';

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Grüße</title></head><body><article><h1>Grüße aus Köln</h1>' +
  '<p>The council met on Tuesday.</p><p>It voted on the budget.</p></article><footer>© Paper</footer></body></html>';
const variants = Array.from({ length: 300 }, (_, i) => ({ i, ...mutatePage(PAGE, 99, i) }));
const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

test('a variant is made again from its seed and index alone', () => {
  expect(mutatePage(PAGE, 99, 17)).toEqual({ bytes: variants[17].bytes, mutations: variants[17].mutations });
  expect(mutatePage(PAGE, 100, 17).bytes).not.toEqual(variants[17].bytes);
});

test('each variant has one to three mutations, and every kind of mutation occurs', () => {
  for (const v of variants) expect(v.mutations.length).toBeGreaterThanOrEqual(1);
  for (const v of variants) expect(v.mutations.length).toBeLessThanOrEqual(3);
  const kinds = new Set(variants.flatMap((v) => v.mutations.map((m) => m.split(' ')[0])));
  expect([...kinds].sort()).toEqual(['declares', 'drop', 'duplicate', 'flooded', 'garbage', 'nested', 'reorder', 'truncate']);
});

test('nesting wraps the body in 10,000 divs', () => {
  const nested = variants.find((v) => v.mutations.length === 1 && v.mutations[0].startsWith('nested'));
  expect(text(nested!.bytes).split('<div>').length - 1).toBe(NESTING_DEPTH);
});

test('a flood puts thousands of one separator into the text between two tags', () => {
  const flooded = variants.find((v) => v.mutations.length === 1 && v.mutations[0].startsWith('flooded with "|"'));
  const html = new TextDecoder().decode(flooded!.bytes);
  expect(html.length).toBe(PAGE.length + FLOOD_LENGTH);
  const run = /\|{30000}/.exec(html)!;
  expect(html.lastIndexOf('>', run.index)).toBeGreaterThan(html.lastIndexOf('<', run.index));
  expect(html.replace('|'.repeat(FLOOD_LENGTH), '')).toBe(PAGE);
});

test('a wrong encoding declares one charset and writes the bytes in another', () => {
  const wrong = variants.find((v) => v.mutations.length === 1 && /declares \S+, written in utf16le/.test(v.mutations[0]));
  const bytes = wrong!.bytes;
  expect(bytes[1]).toBe(0); // UTF-16LE: every ASCII character is followed by a zero byte
  const declared = /declares (\S+),/.exec(wrong!.mutations[0])![1];
  expect(new TextDecoder('utf-16le').decode(bytes)).toContain(`<meta charset="${declared}">`);
});

test('a truncation cuts the page inside a tag', () => {
  const cut = variants.find((v) => v.mutations.length === 1 && v.mutations[0].startsWith('truncate at'));
  const html = new TextDecoder().decode(cut!.bytes);
  expect(PAGE.startsWith(html)).toBe(true);
  expect(html.lastIndexOf('<')).toBeGreaterThan(html.lastIndexOf('>'));
});

test('garbage bytes change the page but not its length', () => {
  const garbled = variants.find((v) => v.mutations.join() === 'garbage bytes');
  expect(garbled!.bytes.length).toBe(new TextEncoder().encode(PAGE).length);
  expect(garbled!.bytes).not.toEqual(new TextEncoder().encode(PAGE));
});
