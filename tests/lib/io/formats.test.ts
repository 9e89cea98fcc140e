import { expect, test } from 'vitest';
import { detectImporter, exporters, importers } from '../../../lib/io/formats';
import { openSource } from '../../../lib/io/source';
import { fixtureSource } from './fixtures';

test('every fixture is claimed by exactly its own importer, from content alone', () => {
  const cases: Array<[string, string]> = [
    ['pocket--2025', 'pocket'],
    ['pocket--ril-export.html', 'pocket-html'],
    ['instapaper--v1.csv', 'instapaper'],
    ['instapaper--v2-timestamp.csv', 'instapaper'],
    ['instapaper--v3-tags.csv', 'instapaper'],
    ['omnivore--export', 'omnivore'],
    ['netscape--chrome.html', 'netscape'],
    ['netscape--firefox.html', 'netscape'],
  ];
  for (const [fixture, id] of cases) {
    const source = fixtureSource(fixture);
    expect(importers.filter((importer) => importer.detect(source)).map((i) => i.id), fixture).toEqual([id]);
  }
});

test('an unknown file is claimed by no importer', () => {
  expect(detectImporter(openSource('notes.txt', new TextEncoder().encode('just some notes')))).toBeUndefined();
});

test('ids are unique and every exporter names its file type', () => {
  expect(new Set(importers.map((i) => i.id)).size).toBe(importers.length);
  expect(exporters.map((e) => [e.id, e.extension])).toEqual([
    ['json', 'json'],
    ['markdown', 'zip'],
    ['netscape', 'html'],
    ['pocket-csv', 'csv'],
  ]);
});
