import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import type { ListEntry } from '../lib/db/entries';
import { applyQuery, facetsOf, warmUpSearch, type ListQuery } from '../lib/list/query';
import { queryWords } from '../lib/search/words';
import { BulkBar } from './BulkBar';
import { EntryCard, type EntryActions } from './EntryCard';
import { useEntries } from './hooks/use-entries';
import { useListKeys } from './hooks/use-list-keys';
import { useVirtualizer } from './hooks/use-virtualizer';
import { useWordIndex } from './hooks/use-word-index';
import { ListToolbar } from './ListToolbar';
import { PanelHeader } from './PanelHeader';

interface Props {
  db: SiftDb;
  query: ListQuery;
  onQuery(query: ListQuery): void;
  actions: EntryActions;
  /** False while the reader covers the list: its keys are the reader's then. */
  visible: boolean;
  /** The newest entries, when the page started reading them before it rendered. */
  firstScreen?: Promise<ListEntry[]>;
  /** The cards the list showed when last open, shown until the database answers. */
  lastScreen?: ListEntry[];
  /** Told the top of the list, once it is read whole, whenever it changes without a search. */
  onScreen?(query: ListQuery, entries: ListEntry[]): void;
  /** Opens the options page: import, export, fetch articles, storage. */
  onOpenOptions(): void;
}

const CARD_HEIGHT = 132;
const NOTHING_LISTED = { shown: [], inStory: 0 };

/** The virtualized reading list: search, views, filters, sort, card and bulk actions, keys. */
export function ReadingList({ db, query, onQuery, actions, visible, firstScreen, lastScreen, onScreen, onOpenOptions }: Props) {
  const { entries, complete } = useEntries(db, firstScreen, lastScreen);
  const index = useWordIndex(db, complete);
  const terms = useMemo(() => queryWords(query.text), [query.text]);
  // Briefs whose card matches first, then those that match in their story text only.
  const result = useMemo(() => {
    if (!entries) return null;
    const started = performance.now();
    const answer = applyQuery(entries, query, index);
    // The search alone, without rendering, for bench:list to set beside its naive baseline.
    performance.measure('sift:query', { start: started });
    return answer;
  }, [entries, query, index]);
  // Once the index is in, and the panel idle, the search code is made ready for the first letters typed.
  const warm = !!index && complete;
  useEffect(() => {
    if (!warm || !entries) return;
    const idle = requestIdleCallback(() => warmUpSearch(entries, index!));
    return () => cancelIdleCallback(idle);
  }, [warm]);
  // Until every entry is in, only the newest-first order of the first screenful is right; a search waits for the index.
  const ready = result !== null && (complete || query.sort === 'newest');
  // Another order stands on the cards the list showed in it when last open, not on "Loading…", until then.
  const listed = ready ? result : !query.text && lastScreen?.length ? { shown: lastScreen, inStory: 0 } : null;
  const { shown, inStory } = listed ?? NOTHING_LISTED;
  const facets = useMemo(() => facetsOf(entries ?? []), [entries]);
  // A component element made once per list of tags: typing does not render it again.
  const suggestions = useMemo(() => <TagSuggestions tags={facets.tags} />, [facets.tags]);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer(shown, scroller, CARD_HEIGHT);

  useEffect(() => setActive((i) => Math.min(i, Math.max(shown.length - 1, 0))), [shown.length]);
  useListKeys(visible, { count: shown.length, active, setActive, searchRef, virtualizer, entryAt: (i) => shown[i], actions });
  // Preact runs effects once the frame is drawn: the mark is when cards read from the database were drawn (bench:list).
  useEffect(() => {
    if (ready && shown.length) performance.mark('sift:list-cards');
  }, [ready && shown.length > 0]);
  useEffect(() => {
    if (complete && !query.text) onScreen?.(query, shown);
  }, [complete && !query.text && shown]);

  const toggle = (id: number, on: boolean) => setSelected((prev) => new Set(on ? [...prev, id] : [...prev].filter((x) => x !== id)));
  const withCurrent = (list: string[], current: string | null) => (current && !list.includes(current) ? [current, ...list] : list);
  return (
    <main class="panel" hidden={!visible}>
      <PanelHeader status={result && complete ? `${shown.length - inStory} of ${entries!.length}${inStory ? ` · ${inStory} in story text` : ''}` : ''} onOpenOptions={onOpenOptions} />
      <ListToolbar query={query} tags={withCurrent(facets.tags, query.tag)} sites={withCurrent(facets.sites, query.site)} searchRef={searchRef} onChange={onQuery} />
      {suggestions}
      {selected.size > 0 && <BulkBar ids={[...selected]} actions={actions} onClear={() => setSelected(new Set())} />}
      <div class="list-scroller" ref={scroller}>
        {!entries || !listed ? (
          <p class="muted" aria-busy="true">Loading…</p>
        ) : shown.length === 0 ? (
          <p class="muted">{entries.length ? 'No briefs match.' : 'Nothing saved yet. Open an article and press Save in the Sift popup.'}</p>
        ) : (
          <div class="list" role="list" aria-label="Saved briefs" style={{ height: `${virtualizer.getTotalSize()}px` }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = shown[item.index];
              return (
                <div key={item.index} role="listitem" class="list__item" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
                  <EntryCard
                    entry={entry}
                    terms={terms}
                    active={item.index === active}
                    selected={selected.has(entry.id)}
                    editingTags={editing === entry.id}
                    actions={actions}
                    onSelect={(on) => toggle(entry.id, on)}
                    onEditTags={(on) => setEditing(on ? entry.id : null)}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </main>
  );
}

function TagSuggestions({ tags }: { tags: string[] }) {
  return (
    <datalist id="tag-suggestions">
      {tags.map((tag) => (
        <option key={tag} value={tag} />
      ))}
    </datalist>
  );
}
