import type { Brief } from '../lib/brief';
import { BriefCard } from './BriefCard';

interface Props {
  briefs: Brief[] | undefined;
  onOpen(id: number): void;
  empty?: string;
}

/** Saved briefs, in the order given (newest first from the database). */
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
