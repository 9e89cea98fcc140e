import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { showOutcome } from '../../lib/toolbar-badge';
import { makeNewBrief } from '../helpers/briefs';

beforeEach(() => fakeBrowser.reset());

test('a save shows a green ✓ and the title; a failure a red ! and why, on that tab only', async () => {
  const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
  const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
  const brief = { ...makeNewBrief(), id: 1, highlights: [], savedAt: 1, updatedAt: 1, readAt: null, archived: false, favorite: false };
  await showOutcome(3, { status: 'saved', brief, created: true });
  expect(text).toHaveBeenLastCalledWith({ tabId: 3, text: '✓' });
  expect(color).toHaveBeenLastCalledWith({ tabId: 3, color: '#2e7d32' });
  expect(title).toHaveBeenLastCalledWith({ tabId: 3, title: 'Saved to Sift: A headline' });
  await showOutcome(4, { status: 'error', message: 'Sift saves web pages, not PDF files.' });
  expect(text).toHaveBeenLastCalledWith({ tabId: 4, text: '!' });
  expect(title).toHaveBeenLastCalledWith({ tabId: 4, title: 'Sift saves web pages, not PDF files.' });
});

test('a tab closed meanwhile is no error', async () => {
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 9'));
  await expect(showOutcome(9, { status: 'error', message: 'x' })).resolves.toBeUndefined();
});
