import { describe, expect, test } from 'vitest';
import { canonicalizeUrl, isTrackingParam, parseHttpUrl, resolveHttpUrl } from '../../lib/canonical-url';

describe('canonicalizeUrl', () => {
  test.each([
    ['https://Example.com/news/story/', 'https://example.com/news/story'],
    ['https://example.com/news/story#comments', 'https://example.com/news/story'],
    ['https://example.com/news/story?utm_source=x&utm_medium=email', 'https://example.com/news/story'],
    ['https://example.com/news/story?id=7&utm_campaign=y&fbclid=abc', 'https://example.com/news/story?id=7'],
    ['https://www.wired.com/story/x?itm_campaign=BottomRelatedStories_Sections_1', 'https://www.wired.com/story/x'],
    ['https://example.com:443/a//', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  test('the same article with and without tracking, fragment and trailing slash is one key', () => {
    const keys = new Set(
      ['https://site.org/a/b', 'https://site.org/a/b/', 'https://site.org/a/b?utm_source=tw#x', 'https://SITE.org/a/b'].map(
        canonicalizeUrl,
      ),
    );
    expect(keys.size).toBe(1);
  });

  test('keeps parameters that choose the content, in their order', () => {
    expect(canonicalizeUrl('https://x.com/p?b=2&a=1')).toBe('https://x.com/p?b=2&a=1');
  });

  test('leaves what is not an absolute URL as it was, trimmed', () => {
    expect(canonicalizeUrl('  not a url ')).toBe('not a url');
  });
});

test('isTrackingParam knows utm_* and click ids but not content parameters', () => {
  expect(['utm_source', 'UTM_Term', 'gclid', 'fbclid'].every(isTrackingParam)).toBe(true);
  // Sites' own campaign tags on their related links, and search engines' result ids.
  expect(['itm_campaign', 'itm_source', 'icid', 'ncid', 'srsltid', '_gl', 'yclid'].every(isTrackingParam)).toBe(true);
  expect(['id', 'page', 'utm', 'item', 'ref', 'share'].some(isTrackingParam)).toBe(false);
});

test('resolveHttpUrl resolves relative links and refuses other schemes', () => {
  expect(resolveHttpUrl('/b', 'https://x.com/a/')).toBe('https://x.com/b');
  // A saved page with no address of its own still has its absolute canonical link.
  expect(resolveHttpUrl('https://x.com/story', '')).toBe('https://x.com/story');
  expect(resolveHttpUrl('/story', '')).toBeNull();
  expect(resolveHttpUrl('javascript:alert(1)', 'https://x.com')).toBeNull();
  expect(resolveHttpUrl('', 'https://x.com')).toBeNull();
  expect(resolveHttpUrl('/relative', '')).toBeNull();
});

test('parseHttpUrl gives http(s) URLs, absolute or against a base, and nothing else', () => {
  expect(parseHttpUrl('http://x.example')?.hostname).toBe('x.example');
  expect(parseHttpUrl('/a', 'https://x.example/b/')?.href).toBe('https://x.example/a');
  expect(parseHttpUrl('place:sort=1')).toBeNull();
  expect(parseHttpUrl('/relative')).toBeNull();
});
