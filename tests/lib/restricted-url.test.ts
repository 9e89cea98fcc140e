import { expect, test } from 'vitest';
import { whyUnsaveable } from '../../lib/restricted-url';

test.each([
  'chrome://settings',
  'chrome-extension://abc/popup.html',
  'about:blank',
  'edge://newtab',
  'view-source:https://example.com',
  'moz-extension://x/y.html',
  'data:text/html,hi',
])('%s is a browser page', (url) => {
  expect(whyUnsaveable(url)).toMatch(/Browser pages/);
});

test.each([
  'https://chromewebstore.google.com/detail/abc',
  'https://chrome.google.com/webstore/detail/abc',
  'https://addons.mozilla.org/en-US/firefox/addon/x/',
  'https://microsoftedge.microsoft.com/addons/detail/x',
])('%s is an add-on store', (url) => {
  expect(whyUnsaveable(url)).toMatch(/store/);
});

test('PDFs are refused, on the web and on disk', () => {
  expect(whyUnsaveable('https://example.com/report.PDF')).toBe('Sift saves web pages, not PDF files.');
  expect(whyUnsaveable('file:///home/me/report.pdf', { fileAccess: true })).toBe('Sift saves web pages, not PDF files.');
});

test('local files need the file-access switch', () => {
  expect(whyUnsaveable('file:///home/me/page.html')).toMatch(/Allow access to file URLs/);
  expect(whyUnsaveable('file:///home/me/page.html', { fileAccess: true })).toBeNull();
});

test('ordinary web pages, including store-like paths on other hosts, can be saved', () => {
  expect(whyUnsaveable('https://www.gzeromedia.com/news/story')).toBeNull();
  expect(whyUnsaveable('http://127.0.0.1:8080/page.html')).toBeNull();
  expect(whyUnsaveable('https://example.com/webstore/news')).toBeNull();
});

test('a tab whose URL the extension cannot see cannot be saved', () => {
  expect(whyUnsaveable(undefined)).toMatch(/cannot read this tab/);
  expect(whyUnsaveable('::')).toMatch(/cannot read this tab/);
});
