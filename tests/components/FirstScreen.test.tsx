// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { FirstScreen } from '../../components/FirstScreen';
import { DEFAULT_QUERY } from '../../lib/list/query';
import { makeEntry } from '../helpers/briefs';

const entry = (id: number, title: string) => makeEntry(id, { title, summary: [`${title}, in one sentence.`] });

test('paints the kept cards in order, under the kept filters, and takes no input', () => {
  const root = document.createElement('div');
  const entries = [entry(2, 'Kursk incursion enters second week'), entry(1, 'Budget talks stall')];
  act(() => render(<FirstScreen snapshot={{ theme: 'dark', query: { ...DEFAULT_QUERY, view: 'unread', site: 'Example News' }, entries }} />, root));
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
