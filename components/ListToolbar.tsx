import type { Ref } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import type { ListQuery, ListSort, ListView } from '../lib/list/query';

interface Props {
  query: ListQuery;
  sites: string[];
  tags: string[];
  searchRef: Ref<HTMLInputElement>;
  onChange(query: ListQuery): void;
}

const VIEWS: Array<[ListView, string]> = [
  ['all', 'All'],
  ['unread', 'Unread'],
  ['favorites', 'Favorites'],
  ['archived', 'Archived'],
];
const SORTS: Array<[ListSort, string]> = [
  ['newest', 'Newest'],
  ['oldest', 'Oldest'],
  ['shortest', 'Shortest'],
  ['longest', 'Longest'],
];

/** Search box, views and the tag, site and sort menus above the reading list. */
export function ListToolbar({ query, sites, tags, searchRef, onChange }: Props) {
  // The menus read the latest query when used, so they need not render again as the user types.
  const latest = useRef({ query, onChange });
  latest.current = { query, onChange };
  const menus = useMemo(
    () => <ToolbarMenus query={query} sites={sites} tags={tags} set={(changes) => latest.current.onChange({ ...latest.current.query, ...changes })} />,
    [query.view, query.tag, query.site, query.sort, sites, tags],
  );
  return (
    <div class="toolbar">
      <input
        ref={searchRef}
        type="search"
        class="toolbar__search"
        aria-label="Search briefs"
        placeholder="Search  ( / )"
        value={query.text}
        onInput={(e) => onChange({ ...query, text: e.currentTarget.value })}
      />
      {menus}
    </div>
  );
}

function ToolbarMenus({ query, sites, tags, set }: Omit<Props, 'searchRef' | 'onChange'> & { set(changes: Partial<ListQuery>): void }) {
  return (
    <>
      <div class="toolbar__views" role="group" aria-label="Show">
        {VIEWS.map(([view, label]) => (
          <button key={view} type="button" aria-pressed={query.view === view} onClick={() => set({ view })}>
            {label}
          </button>
        ))}
      </div>
      <div class="toolbar__menus">
        <label>
          Tag
          <select aria-label="Tag" value={query.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || null })}>
            <option value="">Any</option>
            {tags.map((tag) => (
              <option key={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select aria-label="Site" value={query.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || null })}>
            <option value="">Any</option>
            {sites.map((site) => (
              <option key={site}>{site}</option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select aria-label="Sort" value={query.sort} onChange={(e) => set({ sort: e.currentTarget.value as ListSort })}>
            {SORTS.map(([sort, label]) => (
              <option key={sort} value={sort}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
