import type { BriefChanges } from '../lib/db/briefs';
import type { ListEntry } from '../lib/db/entries';
import { briefMeta, formatDate } from '../lib/format';
import { Highlighted } from './Highlighted';
import { TagEditor } from './TagEditor';

export interface EntryActions {
  open(id: number): void;
  change(ids: number[], changes: BriefChanges): void;
  remove(ids: number[]): void;
}

interface Props {
  entry: ListEntry;
  terms: string[];
  active: boolean;
  selected: boolean;
  editingTags: boolean;
  actions: EntryActions;
  onSelect(selected: boolean): void;
  onEditTags(editing: boolean): void;
}

/** One brief in the reading list, with its actions. */
export function EntryCard({ entry, terms, active, selected, editingTags, actions, onSelect, onEditTags }: Props) {
  const { id, title } = entry;
  const saved = formatDate(entry.savedAt);
  // Only the site is searched; the rest of the line (reading time, dates) is not marked.
  const meta = [briefMeta({ ...entry, siteName: null }), saved && `saved ${saved}`, entry.kind === 'link' && 'not fetched', entry.archived && 'archived']
    .filter(Boolean)
    .join(' · ');
  return (
    <div class={`entry${entry.readAt ? ' is-read' : ''}${active ? ' is-active' : ''}`}>
      <div class="entry__row">
        <input type="checkbox" class="entry__select" aria-label={`Select “${title}”`} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        <button type="button" class="entry__open" data-brief-id={id} aria-current={active || undefined} onClick={() => actions.open(id)}>
          <span class="brief-card__title">
            {!entry.readAt && <span class="entry__unread" title="Unread" aria-label="Unread" role="img" />}
            <Highlighted text={title} terms={terms} />
          </span>
          <span class="entry__meta">
            {entry.siteName && (
              <>
                <Highlighted text={entry.siteName} terms={terms} />
                {' · '}
              </>
            )}
            {meta}
          </span>
          {entry.summary[0] && (
            <span class="entry__lede">
              <Highlighted text={entry.summary[0]} terms={terms} />
            </span>
          )}
        </button>
      </div>
      {entry.tags.length > 0 && !editingTags && (
        <ul class="tags" aria-label="Tags">
          {entry.tags.map((tag) => (
            <li key={tag} class="tag">
              <Highlighted text={tag} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {editingTags && (
        <TagEditor tags={entry.tags} suggestionsId="tag-suggestions" onChange={(tags) => actions.change([id], { tags })} onClose={() => onEditTags(false)} />
      )}
      <div class="entry__actions" role="group" aria-label={`Actions for “${title}”`}>
        <button type="button" aria-pressed={entry.favorite} onClick={() => actions.change([id], { favorite: !entry.favorite })}>
          {entry.favorite ? '★ Favorite' : '☆ Favorite'}
        </button>
        <button type="button" onClick={() => actions.change([id], { archived: !entry.archived })}>
          {entry.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" onClick={() => actions.change([id], { readAt: entry.readAt ? null : Date.now() })}>
          {entry.readAt ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" aria-expanded={editingTags} onClick={() => onEditTags(!editingTags)}>
          Tags
        </button>
        <a href={entry.url} target="_blank" rel="noopener noreferrer">
          Original
        </a>
        <button type="button" class="danger" onClick={() => actions.remove([id])}>
          Delete
        </button>
      </div>
    </div>
  );
}
