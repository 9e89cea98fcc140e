// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { EntryCard } from '../../components/EntryCard';
import type { ListEntry } from '../../lib/db/entries';

const entry: ListEntry = {
  id: 7,
  url: 'https://news.example.com/kursk',
  title: 'Kursk incursion enters second week',
  siteName: 'Example News',
  byline: null,
  kind: 'link',
  summary: [],
  tags: ['ukraine'],
  readingMinutes: 1,
  wordCount: 0,
  savedAt: Date.UTC(2026, 0, 2),
  readAt: null,
  archived: false,
  favorite: true,
};

function mount(overrides: Partial<Parameters<typeof EntryCard>[0]> = {}) {
  const actions = { open: vi.fn(), change: vi.fn(), remove: vi.fn() };
  const root = document.createElement('div');
  act(() => {
    render(
      <EntryCard entry={entry} terms={['kursk']} active={false} selected={false} editingTags={false} actions={actions} onSelect={() => {}} onEditTags={() => {}} {...overrides} />,
      root,
    );
  });
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { root, actions, button };
}

test('the card marks the search words and says what kind of brief it is', () => {
  const { root } = mount();
  expect(root.querySelector('.brief-card__title mark')?.textContent).toBe('Kursk');
  expect(root.querySelector('.entry__meta')?.textContent).toMatch(/^Example News · Link · saved .+ · not fetched$/);
  expect(root.querySelector('[aria-label="Unread"]')).not.toBeNull();
  expect(root.querySelector('.tags')?.textContent).toBe('ukraine');
});

test('in the line under the title only the site is marked: the rest is not searched', () => {
  const { root } = mount({ terms: ['ex', 'li', 'sa'] });
  expect([...root.querySelectorAll('.entry__meta mark')].map((m) => m.textContent)).toEqual(['Ex']);
});

test('each action changes this brief only', () => {
  const { button, actions } = mount();
  button('★ Favorite').click();
  button('Archive').click();
  button('Delete').click();
  button('Mark read').click();
  expect(actions.change).toHaveBeenCalledWith([7], { favorite: false });
  expect(actions.change).toHaveBeenCalledWith([7], { archived: true });
  expect(actions.change).toHaveBeenCalledWith([7], { readAt: expect.any(Number) });
  expect(actions.remove).toHaveBeenCalledWith([7]);
});
