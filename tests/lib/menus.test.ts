import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { askLinkAccess, MENU_ITEMS, originPattern } from '../../lib/menus';

beforeEach(() => fakeBrowser.reset());

test('three items: page, link and selection', () => {
  expect(MENU_ITEMS.map((item) => item.title)).toEqual(['Save page to Sift', 'Save link to Sift', 'Save selection to Sift']);
});

test('the permission asked for is the link site only, and only for web links', () => {
  expect(originPattern('https://www.bbc.co.uk/news/x?y=1')).toBe('https://www.bbc.co.uk/*');
  expect(originPattern('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1/*');
  expect(originPattern('mailto:a@b.c')).toBeNull();
  expect(originPattern('not a url')).toBeNull();
});

test('access is asked for at once, and granted when it was granted before or now', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('needs a user gesture'));
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  const hasAccess = askLinkAccess('https://news.example.com/a');
  expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
  expect(await hasAccess()).toBe(true);
  contains.mockResolvedValue(false);
  expect(await askLinkAccess('https://news.example.com/a')()).toBe(false);
  request.mockResolvedValue(true);
  expect(await askLinkAccess('https://news.example.com/a')()).toBe(true);
  expect(await askLinkAccess('ftp://x')()).toBe(false);
});
