import type { Brief } from '../lib/brief';
import { formatDate } from '../lib/format';
import { SafeHtml } from './SafeHtml';

interface Props {
  brief: Brief;
  onBack(): void;
}

/** The clean reader view: headline, site, byline, date, reading time, summary, then the story. */
export function BriefReader({ brief, onBack }: Props) {
  const published = formatDate(brief.publishedTime);
  return (
    <article class="reader" lang={brief.lang ?? undefined} dir={brief.dir ?? undefined}>
      <nav class="reader__nav">
        <button type="button" class="link-button" onClick={onBack}>
          ← Reading list
        </button>
        <a class="reader__original" href={brief.url} target="_blank" rel="noopener noreferrer">
          Open original
        </a>
      </nav>
      <h1 class="reader__title">{brief.title}</h1>
      <p class="reader__meta">
        {[brief.siteName, brief.byline, published, `${brief.readingMinutes} min read`].filter(Boolean).join(' · ')}
      </p>
      {brief.summary.length > 0 && (
        <section class="reader__summary" aria-label="Summary">
          <ul>
            {brief.summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
      {brief.kind === 'bookmark' ? (
        <p class="muted">Saved as a bookmark: this page had no story to keep.</p>
      ) : (
        <SafeHtml class="reader__story" html={brief.html} />
      )}
      {brief.related.length > 0 && (
        <section class="reader__related" aria-label={`Related from ${brief.siteName ?? 'this site'}`}>
          <h2>Related from {brief.siteName ?? 'this site'}</h2>
          <ul>
            {brief.related.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
