import { useState } from 'preact/hooks';
import { canonicalizeUrl } from '../lib/canonical-url';
import type { SiftDb } from '../lib/db/db';
import { findBriefByUrl, getBrief, listTags, updateBriefs } from '../lib/db/briefs';
import { listEntries } from '../lib/db/entries';
import { briefMeta } from '../lib/format';
import type { SaveOutcome } from '../lib/messaging';
import { BriefList } from './BriefList';
import { useLiveQuery } from './hooks/use-live-query';
import { TagEditor } from './TagEditor';

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
  /** Opens the side panel, on a brief or a search when given. */
  openReadingList(request?: { id?: number; query?: string }): void;
}

const RECENT = 5;

/** The toolbar popup: the current tab's state and action, then the most recent briefs. */
export function PopupApp({ db, tab, save, openReadingList }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [editingTags, setEditingTags] = useState(false);
  const url = tab?.url;
  // After a save, the brief it stored (its canonical URL may not be the tab's); before, the tab's.
  const savedId = outcome?.status === 'saved' ? outcome.brief.id : undefined;
  const stored = useLiveQuery(
    () => (savedId !== undefined ? getBrief(db, savedId) : url ? findBriefByUrl(db, canonicalizeUrl(url)) : Promise.resolve(undefined)),
    [url, savedId],
  );
  const recent = useLiveQuery(() => listEntries(db, RECENT), []);
  const tags = useLiveQuery(() => listTags(db), []);

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

  // The stored brief is live (archive, tags); the save's own result only bridges until it loads.
  const saved = stored ?? (outcome?.status === 'saved' ? outcome.brief : undefined);
  let state;
  if (!tab || tab.refusal) {
    state = <p class="notice notice--error" role="alert">{tab?.refusal ?? 'Sift cannot read this tab.'}</p>;
  } else if (saved) {
    state = (
      <div class="saved">
        <p class="saved__label" role="status">
          Saved · {briefMeta(saved)}
        </p>
        <p class="saved__title">{saved.title}</p>
        {editingTags ? (
          <TagEditor tags={saved.tags} suggestionsId="popup-tags" onChange={(t) => void updateBriefs(db, [saved.id], { tags: t })} onClose={() => setEditingTags(false)} />
        ) : (
          saved.tags.length > 0 && <p class="muted">Tags: {saved.tags.join(', ')}</p>
        )}
        <div class="saved__actions">
          <button type="button" onClick={() => void updateBriefs(db, [saved.id], { archived: !saved.archived })}>
            {saved.archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" aria-expanded={editingTags} onClick={() => setEditingTags(!editingTags)}>
            Tags
          </button>
          <button type="button" onClick={() => openReadingList({ id: saved.id })}>
            Open in reading list
          </button>
        </div>
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
      <form
        class="popup__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const query = new FormData(event.currentTarget).get('q');
          openReadingList({ query: String(query ?? '') });
        }}
      >
        <input type="search" name="q" aria-label="Search the reading list" placeholder="Search the reading list" />
      </form>
      <datalist id="popup-tags">
        {tags?.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <section aria-label="Recent briefs">
        <h2>Recent</h2>
        <BriefList briefs={recent} onOpen={(id) => openReadingList({ id })} />
      </section>
    </main>
  );
}
