import { useState } from 'preact/hooks';
import { canonicalizeUrl } from '../lib/canonical-url';
import type { SiftDb } from '../lib/db/db';
import { findBriefByUrl, listBriefs } from '../lib/db/briefs';
import { briefMeta } from '../lib/format';
import type { SaveOutcome } from '../lib/messaging';
import { BriefList } from './BriefList';
import { useLiveQuery } from './hooks/use-live-query';

export interface PopupTab {
  id: number;
  url: string | undefined;
  /** Why this tab cannot be saved, or null when it can. */
  refusal: string | null;
}

interface Props {
  db: SiftDb;
  tab: PopupTab | null;
  save(asBookmark: boolean): Promise<SaveOutcome>;
  openReadingList(briefId?: number): void;
}

const RECENT = 5;

/** The toolbar popup: the current tab's state and action, then the most recent briefs. */
export function PopupApp({ db, tab, save, openReadingList }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const url = tab?.url;
  const stored = useLiveQuery(() => (url ? findBriefByUrl(db, canonicalizeUrl(url)) : Promise.resolve(undefined)), [url]);
  const recent = useLiveQuery(() => listBriefs(db, RECENT), []);

  async function onSave(asBookmark: boolean) {
    setBusy(true);
    try {
      setOutcome(await save(asBookmark));
    } catch {
      setOutcome({ status: 'error', message: 'Sift stopped before the page was saved. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  const saved = outcome?.status === 'saved' ? outcome.brief : stored;
  let state;
  if (!tab || tab.refusal) {
    state = <p class="notice notice--error" role="alert">{tab?.refusal ?? 'Sift cannot read this tab.'}</p>;
  } else if (saved) {
    state = (
      <div class="saved" role="status">
        <p class="saved__label">Saved · {briefMeta(saved)}</p>
        <p class="saved__title">{saved.title}</p>
        <button type="button" class="link-button" onClick={() => openReadingList(saved.id)}>
          Read brief
        </button>
      </div>
    );
  } else if (outcome?.status === 'not-article') {
    state = (
      <div class="notice" role="alert">
        <p>{outcome.message}</p>
        <button type="button" disabled={busy} onClick={() => onSave(true)}>
          Save as bookmark
        </button>
      </div>
    );
  } else {
    state = (
      <>
        <button type="button" class="primary" disabled={busy} onClick={() => onSave(false)}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        {outcome?.status === 'error' && (
          <p class="notice notice--error" role="alert">
            {outcome.message}
          </p>
        )}
      </>
    );
  }

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Sift</h1>
        <button type="button" class="link-button" onClick={() => openReadingList()}>
          Open reading list
        </button>
      </header>
      <section class="popup__state" aria-label="This page">
        {state}
      </section>
      <section aria-label="Recent briefs">
        <h2>Recent</h2>
        <BriefList briefs={recent} onOpen={openReadingList} />
      </section>
    </main>
  );
}
