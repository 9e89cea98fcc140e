// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { FirstScreen, firstScreenTree } from '../../components/FirstScreen';
import { fromTree } from '../../lib/dom-tree';
import { DEFAULT_QUERY } from '../../lib/list/query';
import { makeEntry } from '../helpers/briefs';

const entry = (id: number, title: string) => makeEntry(id, { title, summary: [`${title}, in one sentence.`] });

test('paints the kept cards in order, under the kept filters, and takes no input', () => {
  const root = document.createElement('div');
  const entries = [entry(2, 'Kursk incursion enters second week'), entry(1, 'Budget talks stall')];
  act(() => render(<FirstScreen screen={{ query: { ...DEFAULT_QUERY, view: 'unread', site: 'Example News' }, entries }} />, root));
  const main = root.querySelector('main')!;
  expect(main.hasAttribute('inert')).toBe(true);
  expect([...root.querySelectorAll('.brief-card__title')].map((t) => t.textContent)).toEqual(['Kursk incursion enters second week', 'Budget talks stall']);
  expect(root.querySelector('.entry')!.classList.contains('is-active')).toBe(true);
  expect(root.querySelector('.entry__lede')!.textContent).toBe('Kursk incursion enters second week, in one sentence.');
  expect(root.querySelector('[aria-pressed="true"]')!.textContent).toBe('Unread');
  expect(root.querySelector<HTMLSelectElement>('select[aria-label="Site"]')!.value).toBe('Example News');
  expect(root.querySelector('h1')!.textContent).toBe('Reading list');
  // The count waits for the real list: a picture of twelve cards does not know it.
  expect(root.querySelector('[role=status]')!.textContent).toBe('');
});

test('drawn again from its data, before Preact has loaded, it is the same picture; a hostile title stays text', () => {
  const hostile = '<img src=x onerror="globalThis.ran=1">Budget </main><script>globalThis.ran=2</script>';
  const screen = { query: { ...DEFAULT_QUERY, view: 'favorites' as const, site: 'Example News' }, entries: [entry(2, hostile), entry(1, 'Budget talks stall')] };
  const drawn = document.createElement('div');
  act(() => render(<FirstScreen screen={screen} />, drawn));

  // Through storage, as the side panel keeps it.
  const trees = JSON.parse(JSON.stringify(firstScreenTree(screen))) as unknown[];
  const again = document.createElement('div');
  again.append(...trees.map((tree) => fromTree(tree, document)!));
  expect(again.innerHTML).toBe(drawn.innerHTML);
  expect([...again.querySelectorAll('.brief-card__title')].map((t) => t.textContent)).toEqual([hostile, 'Budget talks stall']);
  expect(again.querySelectorAll('img, script').length).toBe(0);
  expect(again.querySelector('main')!.hasAttribute('inert')).toBe(true);
  expect(again.querySelector('[aria-pressed="true"]')!.textContent).toBe('Favorites');
  // A property, not in the markup: the chosen site shows.
  expect(again.querySelector<HTMLSelectElement>('select[aria-label="Site"]')!.value).toBe('Example News');
});
