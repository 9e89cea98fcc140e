import type { RelatedLink } from '../lib/brief';

// A story's own teaser lists hold a handful; a page's link directory (a wiki's navbox, a shop's
// category list) can hold a hundred, which would bury the end of the story under them.
const SHOWN_RELATED = 8;

/** The teasers Sift took out of the story, under it: the first few, the rest behind "N more". */
export function RelatedLinks({ links, site }: { links: readonly RelatedLink[]; site: string }) {
  if (!links.length) return null;
  const rest = links.slice(SHOWN_RELATED);
  return (
    <section class="reader__related" aria-label={`Related from ${site}`}>
      <h2>Related from {site}</h2>
      <LinkList links={links.slice(0, SHOWN_RELATED)} />
      {rest.length > 0 && (
        <details>
          <summary>{rest.length} more</summary>
          <LinkList links={rest} />
        </details>
      )}
    </section>
  );
}

function LinkList({ links }: { links: readonly RelatedLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
