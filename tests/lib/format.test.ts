import { expect, test } from 'vitest';
import { briefMeta, formatDate } from '../../lib/format';

test('formatDate shows a date and hides what is not one', () => {
  expect(formatDate('2024-08-13T21:30:00Z')).toMatch(/2024/);
  expect(formatDate(Date.UTC(2025, 0, 2))).toMatch(/2025/);
  expect(formatDate('not a date')).toBeNull();
  expect(formatDate(null)).toBeNull();
  expect(formatDate('')).toBeNull();
});

test('briefMeta names the site and the reading time, or that it is a bookmark or a bare link', () => {
  expect(briefMeta({ siteName: 'GZERO Media', readingMinutes: 2, kind: 'article' })).toBe('GZERO Media · 2 min read');
  expect(briefMeta({ siteName: null, readingMinutes: 1, kind: 'bookmark' })).toBe('Bookmark');
  expect(briefMeta({ siteName: 'example.com', readingMinutes: 1, kind: 'link' })).toBe('example.com · Link');
});
