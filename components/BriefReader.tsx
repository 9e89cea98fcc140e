import { useRef, useState } from 'preact/hooks';
import { readerText, type Brief } from '../lib/brief';
import type { BriefChanges } from '../lib/db/briefs';
import { formatDate } from '../lib/format';
import type { SaveOutcome } from '../lib/messaging';
import type { ReaderSettings } from '../lib/settings';
import { AiKeyPoints } from './AiKeyPoints';
import { useReadingProgress } from './hooks/use-reading-progress';
import { ReadAloud } from './ReadAloud';
import { ReaderSettingsBar } from './ReaderSettingsBar';
import { RelatedLinks } from './RelatedLinks';
import { SafeHtml } from './SafeHtml';

interface Props {
  brief: Brief;
  settings: ReaderSettings;
  onSettings(settings: ReaderSettings): void;
  onBack(): void;
  onChange(changes: BriefChanges): void;
  /** Fetches a link-only brief's article (asks for the site's permission first). */
  fetchLink(url: string): Promise<SaveOutcome>;
  summarizer: unknown;
  speech: SpeechSynthesis | undefined;
}

/** The clean reader: headline, meta, summary, highlights, standfirst, story, related links; typography and progress. */
export function BriefReader({ brief, settings, onSettings, onBack, onChange, fetchLink, summarizer, speech }: Props) {
  const end = useRef<HTMLDivElement>(null);
  useReadingProgress(brief, end, onChange);
  const published = formatDate(brief.publishedTime);
  const site = brief.siteName ?? 'this site';
  const style = { '--reader-size': `${settings.fontSize}px`, '--reader-width': `${settings.lineWidth}em` };
  return (
    <article class={`reader reader--${settings.font}`} style={style} lang={brief.lang ?? undefined} dir={brief.dir ?? undefined}>
      <nav class="reader__nav" aria-label="Reader">
        <button type="button" class="link-button" onClick={onBack}>
          ← Reading list
        </button>
        <ReadAloud text={readerText(brief)} lang={brief.lang} speech={speech} />
        <ReaderSettingsBar settings={settings} onChange={onSettings} />
        <a class="reader__original" href={brief.url} target="_blank" rel="noopener noreferrer">
          Open original
        </a>
      </nav>
      <h1 class="reader__title">{brief.title}</h1>
      <p class="reader__meta">
        {[brief.siteName, brief.byline, published, `${brief.readingMinutes} min read`].filter(Boolean).join(' · ')}
      </p>
      <div class="reader__actions" role="group" aria-label="This brief">
        <button type="button" aria-pressed={brief.favorite} onClick={() => onChange({ favorite: !brief.favorite })}>
          {brief.favorite ? '★ Favorite' : '☆ Favorite'}
        </button>
        <button type="button" onClick={() => onChange({ archived: !brief.archived })}>
          {brief.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" onClick={() => onChange({ readAt: brief.readAt ? null : Date.now() })}>
          {brief.readAt ? 'Mark unread' : 'Mark read'}
        </button>
      </div>
      {brief.summary.length > 0 && (
        <section class="reader__summary" aria-label="Summary">
          <ul>
            {brief.summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
      {brief.kind === 'article' && (
        <AiKeyPoints brief={brief} summarizer={summarizer} onSaved={(points, method) => onChange({ aiKeyPoints: points, aiMethod: method })} />
      )}
      {brief.highlights.length > 0 && (
        <section class="reader__highlights" aria-label="Your highlights">
          <h2>Your highlights</h2>
          {brief.highlights.map((h) => (
            <blockquote key={h.text}>{h.text}</blockquote>
          ))}
        </section>
      )}
      {brief.kind === 'link' ? (
        <NotFetched url={brief.url} fetchLink={fetchLink} />
      ) : brief.kind === 'bookmark' ? (
        <p class="muted">Saved as a bookmark: this page had no story to keep.</p>
      ) : (
        <>
          {brief.teaserOnly && (
            <p class="notice">Only the teaser was saved: the rest of this story is for subscribers of {site}.</p>
          )}
          {brief.standfirst && <p class="reader__standfirst">{brief.standfirst}</p>}
          <SafeHtml class="reader__story" html={brief.html} />
        </>
      )}
      <div ref={end} class="reader__end" aria-hidden="true" />
      <RelatedLinks links={brief.related} site={site} />
    </article>
  );
}

function NotFetched({ url, fetchLink }: { url: string; fetchLink(url: string): Promise<SaveOutcome> }) {
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const start = () => {
    setState({ busy: true });
    fetchLink(url).then(
      (outcome) => setState({ busy: false, message: outcome.status === 'error' ? outcome.message : undefined }),
      () => setState({ busy: false, message: 'Sift could not fetch this article. Try again later.' }),
    );
  };
  return (
    <div class="notice">
      <p>Not fetched: Sift has only the link to this article, because it was saved without access to the site.</p>
      <button type="button" disabled={state.busy} onClick={start}>
        {state.busy ? 'Fetching…' : 'Fetch the article'}
      </button>
      {state.message && <p role="alert">{state.message}</p>}
    </div>
  );
}
