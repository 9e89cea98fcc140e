import type { ListEntry } from '../lib/db/entries';
import { briefMeta, formatDate } from '../lib/format';

interface Props {
  brief: ListEntry;
  onOpen(id: number): void;
}

/** One saved brief in a list: headline, site, reading time, the summary's first sentence. */
export function BriefCard({ brief, onOpen }: Props) {
  const saved = formatDate(brief.savedAt);
  return (
    <li class={`brief-card${brief.readAt ? ' is-read' : ''}`}>
      <button type="button" class="brief-card__open" onClick={() => onOpen(brief.id)} data-brief-id={brief.id}>
        <span class="brief-card__title">{brief.title}</span>
        <span class="brief-card__meta">
          {briefMeta(brief)}
          {saved ? ` · saved ${saved}` : ''}
        </span>
        {brief.summary[0] ? <span class="brief-card__lede">{brief.summary[0]}</span> : null}
      </button>
    </li>
  );
}
