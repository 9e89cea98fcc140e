// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { expect, test } from 'vitest';
import { useVirtualizer } from '../../../components/hooks/use-virtualizer';

function List({ items }: { items: Array<{ id: number }> }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer(items, scroller, 100);
  return <div ref={scroller} data-height={virtualizer.getTotalSize()} />;
}

test('the items are laid out once per list, not again on each render', () => {
  let reads = 0;
  // Items that count how often the virtualizer asks for their key.
  const items = Array.from({ length: 5000 }, (_, i) => ({
    get id() {
      reads++;
      return 5000 - i;
    },
  }));
  const root = document.createElement('div');
  act(() => render(<List items={items} />, root));
  expect(root.querySelector('div')!.dataset.height).toBe('500000');
  const firstLayout = reads;
  expect(firstLayout).toBeGreaterThanOrEqual(5000);
  act(() => render(<List items={items} />, root));
  act(() => render(<List items={items} />, root));
  expect(reads - firstLayout).toBeLessThan(100);
  // A new list (a search) is laid out again.
  act(() => render(<List items={items.slice(10)} />, root));
  expect(root.querySelector('div')!.dataset.height).toBe('499000');
  expect(reads - firstLayout).toBeGreaterThanOrEqual(4990);
});
