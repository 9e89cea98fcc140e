import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Brief } from '../lib/brief';
import type { SiftDb } from '../lib/db/db';
import type { ListEntry } from '../lib/db/entries';
import { deleteBriefs, getBrief, restoreBriefs, updateBriefs } from '../lib/db/briefs';
import type { ListQuery } from '../lib/list/query';
import type { SaveOutcome } from '../lib/messaging';
import type { OpenBriefRequest } from '../lib/open-request';
import type { ReaderSettings } from '../lib/settings';
import type { BriefReader } from './BriefReader';
import type { EntryActions } from './EntryCard';
import { useLiveQuery } from './hooks/use-live-query';
import { ReadingList } from './ReadingList';
import { UndoBar } from './UndoBar';

interface Props {
  db: SiftDb;
  /** A brief or a search another page asked for (the popup); a new `at` repeats a request. */
  request: OpenBriefRequest | null;
  listState: ListQuery;
  onListState(query: ListQuery): void;
  readerSettings: ReaderSettings;
  onReaderSettings(settings: ReaderSettings): void;
  fetchLink(url: string): Promise<SaveOutcome>;
  summarizer: unknown;
  speech: SpeechSynthesis | undefined;
  firstScreen?: Promise<ListEntry[]>;
  lastScreen?: ListEntry[];
  onScreen?(query: ListQuery, entries: ListEntry[]): void;
  onOpenOptions(): void;
}

/** The side panel: the reading list, the reader over it, and undo for deletes. */
export function SidePanelApp({ db, request, listState, onListState, readerSettings, onReaderSettings, fetchLink, summarizer, speech, firstScreen, lastScreen, onScreen, onOpenOptions }: Props) {
  const [openId, setOpenId] = useState<number | null>(request?.id ?? null);
  const [query, setQuery] = useState<ListQuery>({ ...listState, text: request?.query ?? '' });
  const [deleted, setDeleted] = useState<Brief[] | null>(null);
  useEffect(() => {
    if (request?.id !== undefined) setOpenId(request.id);
    if (request?.query !== undefined) {
      setOpenId(null);
      setQuery((q) => ({ ...q, text: request.query ?? '' }));
    }
  }, [request?.at]);
  useEffect(() => {
    document.documentElement.dataset.theme = readerSettings.theme;
  }, [readerSettings.theme]);
  // The reader (and DOMPurify with it) loads on first use, so the list paints sooner.
  const [Reader, setReader] = useState<typeof BriefReader | null>(null);
  const open = useLiveQuery(() => (openId === null ? Promise.resolve(undefined) : getBrief(db, openId)), [openId]);

  const actions = useMemo<EntryActions>(
    () => ({
      open: setOpenId,
      change: (ids, changes) => void updateBriefs(db, ids, changes),
      remove: (ids) => void deleteBriefs(db, ids).then(setDeleted),
    }),
    [db],
  );
  const reading = openId !== null && open !== undefined && Reader !== null;
  useEffect(() => {
    if (openId !== null && !Reader) void import('./BriefReader').then((m) => setReader(() => m.BriefReader));
  }, [openId]);
  // Listening from the render that shows the reader: a plain effect runs a frame later, and an
  // Esc pressed as the reader appears was lost (a busy machine's browser test caught it).
  useLayoutEffect(() => {
    if (!reading) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !event.defaultPrevented && setOpenId(null);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reading]);

  return (
    <>
      <ReadingList
        db={db}
        query={query}
        onQuery={(next) => {
          setQuery(next);
          // The search text is not kept: typing need not write the stored filters on every key.
          if (next.text === query.text) onListState(next);
        }}
        actions={actions}
        visible={!reading}
        firstScreen={firstScreen}
        lastScreen={lastScreen}
        onScreen={onScreen}
        onOpenOptions={onOpenOptions}
      />
      {reading && (
        <Reader
          brief={open}
          settings={readerSettings}
          onSettings={onReaderSettings}
          onBack={() => setOpenId(null)}
          onChange={(changes) => actions.change([open.id], changes)}
          fetchLink={fetchLink}
          summarizer={summarizer}
          speech={speech}
        />
      )}
      {deleted && <UndoBar count={deleted.length} onUndo={() => void restoreBriefs(db, deleted).then(() => setDeleted(null))} onDismiss={() => setDeleted(null)} />}
    </>
  );
}
