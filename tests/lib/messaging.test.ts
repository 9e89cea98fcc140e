import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { onMessage, sendMessage } from '../../lib/messaging';

beforeEach(() => fakeBrowser.reset());

test('sendMessage wraps the payload in an envelope named for the message', async () => {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ status: 'error', message: 'x' });
  expect(await sendMessage('saveTab', { tabId: 7, asBookmark: true })).toEqual({ status: 'error', message: 'x' });
  expect(send).toHaveBeenCalledWith({ sift: 'saveTab', data: { tabId: 7, asBookmark: true } });
});

test('onMessage answers its own message through sendResponse and keeps the channel open', async () => {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const seen: unknown[] = [];
  const remove = onMessage('saveTab', async ({ data }) => {
    seen.push(data);
    return { status: 'error', message: 'nope' };
  });
  // Called as the browser calls it: message, sender, sendResponse.
  const listener = add.mock.calls[0][0] as unknown as (m: unknown, s: unknown, r: (x: unknown) => void) => boolean;
  let kept = false;
  const reply = await new Promise((resolve) => {
    kept = listener({ sift: 'saveTab', data: { tabId: 3 } }, {}, resolve);
  });
  expect(kept).toBe(true);
  expect(reply).toEqual({ status: 'error', message: 'nope' });
  expect(seen).toEqual([{ tabId: 3 }]);
  expect(listener({ sift: 'somethingElse' }, {}, () => undefined)).toBe(false);
  expect(listener(null, {}, () => undefined)).toBe(false);
  remove();
  expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(false);
});
