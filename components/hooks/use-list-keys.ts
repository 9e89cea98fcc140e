import type { Virtualizer } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ListEntry } from '../../lib/db/entries';
import type { EntryActions } from '../EntryCard';

interface ListKeys {
  count: number;
  active: number;
  setActive(index: number): void;
  searchRef: RefObject<HTMLInputElement | null>;
  virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  entryAt(index: number): ListEntry | undefined;
  actions: EntryActions;
}

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && target.matches('input, select, textarea');

/** `/` search, `j`/`k` move, Enter open, `e` archive, `f` favorite; Esc leaves the search box. */
export function useListKeys(enabled: boolean, current: ListKeys) {
  // Keys can come faster than effects run (after paint): the listener, attached once before the
  // first paint, reads the latest render's state, so no key is lost once a live card shows.
  const latest = useRef({ ...current, enabled });
  latest.current = { ...current, enabled };
  useLayoutEffect(() => {
    const move = (index: number) => {
      const keys = latest.current;
      const next = Math.max(0, Math.min(keys.count - 1, index));
      keys.setActive(next);
      keys.virtualizer.scrollToIndex(next);
      // The card exists once the virtualizer has rendered it; focus follows for screen readers.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-index="${next}"] .entry__open`)?.focus());
    };
    const onKey = (event: KeyboardEvent) => {
      const keys = latest.current;
      if (!keys.enabled || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) {
        if (event.key === 'Escape' && event.target === keys.searchRef.current) keys.searchRef.current?.blur();
        return;
      }
      const entry = keys.entryAt(keys.active);
      const handlers: Record<string, () => void> = {
        '/': () => keys.searchRef.current?.focus(),
        j: () => move(keys.active + 1),
        k: () => move(keys.active - 1),
        Enter: () => entry && keys.actions.open(entry.id),
        e: () => entry && keys.actions.change([entry.id], { archived: !entry.archived }),
        f: () => entry && keys.actions.change([entry.id], { favorite: !entry.favorite }),
      };
      const handler = handlers[event.key];
      // Enter on a focused button already clicks it.
      if (!handler || (event.key === 'Enter' && event.target instanceof HTMLButtonElement)) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
