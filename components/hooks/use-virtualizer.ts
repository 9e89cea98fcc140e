import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useReducer, useState } from 'preact/hooks';

/**
 * TanStack's framework-free virtualizer over `items`, keyed by their ids, wired to Preact the way
 * its React adapter is: the options are refreshed on every render and a change in range
 * re-renders the list.
 */
export function useVirtualizer(items: ReadonlyArray<{ id: number }>, scroller: RefObject<HTMLElement | null>, estimate: number) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // One key function per list: a new one makes the virtualizer lay out every item again, which
  // at 50,000 items is milliseconds on each render (each scrolled frame among them).
  const getItemKey = useMemo(() => (i: number) => items[i]?.id ?? i, [items]);
  const options = {
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    getItemKey,
    overscan: 3,
    // Before the first measure: the panel's height, so the first cards paint in the first frame.
    initialRect: { width: 360, height: globalThis.innerHeight ?? 800 },
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
