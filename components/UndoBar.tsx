import { useEffect } from 'preact/hooks';

const SHOWN_MS = 10_000;

/** "Deleted N briefs · Undo", for ten seconds after a delete. */
export function UndoBar({ count, onUndo, onDismiss }: { count: number; onUndo(): void; onDismiss(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new delete restarts the clock, a re-render does not
  }, [count]);
  return (
    <div class="undo-bar" role="status">
      <span>{count === 1 ? 'Deleted 1 brief' : `Deleted ${count} briefs`}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
