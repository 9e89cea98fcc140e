import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import background from '../../entrypoints/background';

/** fake-browser has no contextMenus.onClicked or commands.onCommand: a minimal event stands in. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    fire: (...args: Args) => listeners.forEach((listener) => listener(...args)),
  };
}

let menuClicked: ReturnType<typeof fakeEvent<[unknown, unknown]>>;
let command: ReturnType<typeof fakeEvent<[string, unknown]>>;

beforeEach(() => {
  fakeBrowser.reset();
  menuClicked = fakeEvent();
  command = fakeEvent();
  Object.assign(fakeBrowser.contextMenus, { onClicked: menuClicked });
  Object.assign(fakeBrowser.commands, { onCommand: command });
});

test('installing creates the page, link and selection menu items', async () => {
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 'save-page');
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
  expect(create).toHaveBeenCalledWith({ id: 'save-page', title: 'Save page to Sift', contexts: ['page'] });
  expect(create).toHaveBeenCalledWith({ id: 'save-link', title: 'Save link to Sift', contexts: ['link'] });
  expect(create).toHaveBeenCalledWith({ id: 'save-selection', title: 'Save selection to Sift', contexts: ['selection'] });
});

test('the menu item and the shortcut both run the save path on the tab they were used on', async () => {
  const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, url: 'chrome://settings' } as never);
  vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false);
  const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
  const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  background.main();
  menuClicked.fire({ menuItemId: 'save-page' }, { id: 5 });
  command.fire('save-page', { id: 5 });
  menuClicked.fire({ menuItemId: 'another-item' }, { id: 5 });
  command.fire('another-command', { id: 5 });
  await vi.waitFor(() => expect(title).toHaveBeenCalledTimes(2));
  expect(get.mock.calls).toEqual([[5], [5]]);
  // A browser page cannot be saved: the toolbar button says why, for this tab only.
  expect(badge).toHaveBeenCalledWith({ tabId: 5, text: '!' });
  expect(title).toHaveBeenCalledWith({ tabId: 5, title: expect.stringMatching(/Browser pages/) });
});

test('"fetchLink" from the reader keeps a link-only brief while the site is not allowed', async () => {
  vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('needs a user gesture'));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  background.main();
  // Answered through sendResponse, as Chrome needs: call each listener the way the browser would.
  const outcome = await new Promise((reply) => {
    for (const [listener] of added.mock.calls) {
      (listener as (m: unknown, s: unknown, r: (v: unknown) => void) => unknown)({ sift: 'fetchLink', data: { url: 'https://news.example.com/a' } }, {}, reply);
    }
  });
  expect(outcome).toMatchObject({ status: 'saved', brief: { kind: 'link', canonicalUrl: 'https://news.example.com/a' } });
});
