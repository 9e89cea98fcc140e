import { useEffect, useState } from 'preact/hooks';
import type { SiftDb } from '../lib/db/db';
import { getBrief, listBriefs } from '../lib/db/briefs';
import { BriefList } from './BriefList';
import { BriefReader } from './BriefReader';
import { useLiveQuery } from './hooks/use-live-query';

interface Props {
  db: SiftDb;
  /** A brief another page asked to show (the popup's "Read brief"); `seq` repeats a request. */
  request: { id: number; seq: number } | null;
}

/** The reading list in the side panel: every brief, newest first, and the reader. */
export function SidePanelApp({ db, request }: Props) {
  const [openId, setOpenId] = useState<number | null>(request?.id ?? null);
  useEffect(() => {
    if (request) setOpenId(request.id);
  }, [request?.seq]);
  const briefs = useLiveQuery(() => listBriefs(db), []);
  const open = useLiveQuery(() => (openId === null ? Promise.resolve(undefined) : getBrief(db, openId)), [openId]);

  if (openId !== null && open) return <BriefReader brief={open} onBack={() => setOpenId(null)} />;
  return (
    <main class="panel">
      <header class="panel__header">
        <h1>Reading list</h1>
        {briefs && <span class="muted">{briefs.length} saved</span>}
      </header>
      <BriefList briefs={briefs} onOpen={setOpenId} empty="Nothing saved yet. Open an article and press Save in the Sift popup." />
    </main>
  );
}
