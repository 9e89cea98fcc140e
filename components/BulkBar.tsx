import type { EntryActions } from './EntryCard';

/** Actions on every selected brief at once. */
export function BulkBar({ ids, actions, onClear }: { ids: number[]; actions: EntryActions; onClear(): void }) {
  const run = (act: () => void) => () => {
    act();
    onClear();
  };
  return (
    <div class="bulk-bar" role="group" aria-label="Selected briefs">
      <span>{ids.length} selected</span>
      <button type="button" onClick={run(() => actions.change(ids, { archived: true }))}>
        Archive
      </button>
      <button type="button" onClick={run(() => actions.change(ids, { readAt: Date.now() }))}>
        Mark read
      </button>
      <button type="button" onClick={run(() => actions.change(ids, { readAt: null }))}>
        Mark unread
      </button>
      <button type="button" class="danger" onClick={run(() => actions.remove(ids))}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
