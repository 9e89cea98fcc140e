import type { ListEntry } from '../lib/db/entries';
import { BriefCard } from './BriefCard';

interface Props {
  briefs: ListEntry[] | undefined;
  onOpen(id: number): void;
  empty?: string;
}

/** A short, plain list of briefs (the popup's most recent), in the order given. */
export function BriefList({ briefs, onOpen, empty = 'Nothing saved yet.' }: Props) {
  if (!briefs) return <p class="muted" aria-busy="true">Loading…</p>;
  if (briefs.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="brief-list" aria-label="Saved briefs">
      {briefs.map((brief) => (
        <BriefCard key={brief.id} brief={brief} onOpen={onOpen} />
      ))}
    </ul>
  );
}
