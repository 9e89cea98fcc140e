import { expect, test } from 'vitest';
import { DEFAULT_QUERY } from '../../lib/list/query';
import { DEFAULT_READER, listStateToStore, readListState, readReaderSettings } from '../../lib/settings';

test('list state round-trips without the search text, and bad values fall back', () => {
  const query = { text: 'kursk', view: 'archived', sort: 'longest', tag: 'ukraine', site: null } as const;
  expect(readListState(listStateToStore(query))).toEqual({ ...query, text: '' });
  expect(readListState(undefined)).toEqual(DEFAULT_QUERY);
  expect(readListState({ view: 'trash', sort: 7, tag: 3 })).toEqual(DEFAULT_QUERY);
});

test('reader settings keep only known values', () => {
  expect(readReaderSettings({ fontSize: 23, lineWidth: 60, font: 'sans', theme: 'sepia' })).toEqual({
    fontSize: 23,
    lineWidth: 60,
    font: 'sans',
    theme: 'sepia',
  });
  expect(readReaderSettings({ fontSize: 99, theme: 'neon' })).toEqual(DEFAULT_READER);
});
