// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, test, vi } from 'vitest';
import { FetchLinksPanel } from '../../components/FetchLinksPanel';
import { saveBrief } from '../../lib/db/briefs';
import { openDb, type SiftDb } from '../../lib/db/db';
import type { FetchState } from '../../lib/io/fetch-state';
import { freshDbName, makeNewBrief } from '../helpers/briefs';

let db: SiftDb;
let root: HTMLElement;

beforeEach(async () => {
  db = openDb(freshDbName());
  for (const i of [1, 2]) {
    await saveBrief(db, makeNewBrief({ url: `https://a.example/${i}`, canonicalUrl: `https://a.example/${i}`, kind: 'link' }));
  }
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

async function show(state: FetchState | null, start = vi.fn()) {
  await act(() => render(<FetchLinksPanel db={db} state={state} start={start} refreshKey={0} />, root));
  await vi.waitFor(() => expect(root.textContent).toContain('2 saved links have no article yet'));
  return { start, button: root.querySelector('button')! };
}

test('counts the links waiting and starts the job from the click', async () => {
  const { start, button } = await show(null);
  expect(button.disabled).toBe(false);
  button.click();
  expect(start).toHaveBeenCalledOnce();
  expect(root.querySelector('progress')).toBeNull();
});

test('shows progress while running, then the failures with their reasons', async () => {
  const running = await show({ running: true, total: 2, done: 1, failed: [] });
  expect(running.button.disabled).toBe(true);
  expect(root.querySelector('[role=status]')?.textContent).toBe('1 of 2 fetched');

  await show({ running: false, total: 2, done: 1, failed: [{ id: 2, url: 'https://a.example/2', reason: 'the site answered HTTP 404' }] });
  expect(root.querySelector('[role=status]')?.textContent).toBe('1 of 2 fetched, 1 failed — finished');
  expect(root.querySelector('.io-problems')?.textContent).toContain('https://a.example/2: the site answered HTTP 404');
});
