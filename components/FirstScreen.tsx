import { render } from 'preact';
import { toTree, type DomTree } from '../lib/dom-tree';
import type { PanelSnapshot } from '../lib/panel-snapshot';
import { EntryCard, type EntryActions } from './EntryCard';
import { ListToolbar } from './ListToolbar';
import { PanelHeader } from './PanelHeader';

const nothing = () => {};
const NO_ACTIONS: EntryActions = { open: nothing, change: nothing, remove: nothing };

type Screen = Pick<PanelSnapshot, 'query' | 'entries'>;

/**
 * The reading list as it looked when last open, painted while the app loads behind it. It is a
 * picture, not the list: `inert` keeps clicks, keys and screen readers off it until the app,
 * having read the database, puts the real list in its place.
 */
export function FirstScreen({ screen: { query, entries } }: { screen: Screen }) {
  return (
    <main class="panel" inert>
      <PanelHeader status="" onOpenOptions={nothing} />
      <ListToolbar query={query} tags={query.tag ? [query.tag] : []} sites={query.site ? [query.site] : []} searchRef={{ current: null }} onChange={nothing} />
      <div class="list-scroller">
        <div class="list list--static" role="list" aria-label="Saved briefs">
          {entries.map((entry, i) => (
            <div key={entry.id} role="listitem" class="list__item">
              <EntryCard entry={entry} terms={[]} active={i === 0} selected={false} editingTags={false} actions={NO_ACTIONS} onSelect={nothing} onEditTags={nothing} />
            </div>
          ))}
        </div>
      </div>
    </main>
  );
}

/** The first screen as data: the next opening draws it before loading Preact or the app. */
export function firstScreenTree(screen: Screen): DomTree[] {
  const root = document.createElement('div');
  render(<FirstScreen screen={screen} />, root);
  const trees = [...root.childNodes].map(toTree).filter((tree) => tree !== null);
  render(null, root);
  return trees;
}
