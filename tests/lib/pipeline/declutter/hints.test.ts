import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../lib/node/parse-page';
import { clearStamps, HEADLINE_ATTR, hintOf, HINT_ATTR, stampHeadlines, stampHints } from '../../../../lib/pipeline/declutter/hints';

const el = (html: string) => parsePage(`<html><body>${html}</body></html>`).body.firstElementChild!;

describe('hintOf', () => {
  it('reads class, id, ARIA and test ids, camelCase and BEM alike', () => {
    expect(hintOf(el('<div class="social-share"></div>'))).toBe('share');
    expect(hintOf(el('<div class="newsletter-signup"></div>'))).toBe('newsletter');
    expect(hintOf(el('<section class="more-from__list"></section>'))).toBe('related');
    expect(hintOf(el('<div data-testid="relatedStories"></div>'))).toBe('related');
    expect(hintOf(el('<div aria-label="Share this article"></div>'))).toBe('share');
    expect(hintOf(el('<div id="author-bio"></div>'))).toBe('bio');
    expect(hintOf(el('<div class="photo-credit"></div>'))).toBe('credit');
  });

  it('reads a block the page keeps out of search snippets, when its names say nothing', () => {
    expect(hintOf(el('<div class="display-card article" data-nosnippet><a href="/x">Four tools</a></div>'))).toBe('nosnippet');
    expect(hintOf(el('<div data-nosnippet="true"></div>'))).toBe('nosnippet');
    expect(hintOf(el('<div class="social-share" data-nosnippet></div>'))).toBe('share');
    expect(hintOf(el('<div class="display-card"></div>'))).toBeNull();
  });

  it('finds every kind of name past the quick stem check, in any case and separator', () => {
    const cases: [string, string][] = [
      ['addthis_toolbox', 'share'], ['PrintTools', 'share'], ['share_bar', 'share'], ['image-source', 'credit'],
      ['optIn', 'newsletter'], ['sign_up', 'newsletter'], ['CTA', 'newsletter'], ['aboutTheAuthor', 'bio'],
      ['contributor', 'bio'], ['post_meta', 'byline'], ['pubdate', 'byline'], ['tagCloud', 'tags'],
      ['taxonomy', 'tags'], ['disqus_thread', 'comments'], ['replies', 'comments'], ['youMayLike', 'related'],
      ['dontMiss', 'related'], ['furtherReading', 'related'], ['seeAlso', 'related'], ['alsoRead', 'related'],
      ['mostViewed', 'related'], ['nextArticle', 'related'], ['Outbrain', 'related'], ['LEGEND', 'caption'],
    ];
    for (const [name, hint] of cases) expect([name, hintOf(el(`<div class="${name}"></div>`))]).toEqual([name, hint]);
  });

  it('matches whole name parts only, and never the article body', () => {
    expect(hintOf(el('<div class="shared-memories"></div>'))).toBeNull();
    expect(hintOf(el('<div class="article-body share-tools"></div>'))).toBeNull();
    expect(hintOf(el('<div></div>'))).toBeNull();
  });
});

describe('hintOf and schema.org parts', () => {
  const inScope = (type: string) =>
    parsePage(`<html><body><div itemscope itemtype="http://schema.org/${type}"><div class="teaser-text" itemprop="description" id="d">The intro.</div></div></body></html>`).getElementById('d')!;

  it("takes no hint from an article's own description, its standfirst, whatever its class says", () => {
    expect(hintOf(inScope('Article'))).toBeNull();
    expect(hintOf(inScope('NewsArticle'))).toBeNull();
    expect(hintOf(inScope('BlogPosting'))).toBeNull();
  });

  it("still reads the names of another thing's description: an author's, a teaser's without a scope", () => {
    expect(hintOf(inScope('Person'))).toBe('related');
    expect(hintOf(el('<div class="teaser-text" itemprop="description"></div>'))).toBe('related');
  });
});

describe('stampHints', () => {
  it('stamps hints and headlines, then takes the stamps and class names off, all but Readability\'s own', () => {
    const doc = parsePage(
      '<html><body><div id="readability-page-1" class="page"><h1 class="title">Title</h1><div class="share-bar" id="s"><a href="/x">Share</a></div><p>Text</p></div></body></html>',
    );
    stampHeadlines(doc);
    stampHints(doc.body);
    expect([...doc.querySelectorAll(`[${HEADLINE_ATTR}]`)].map((e) => e.tagName)).toEqual(['H1']);
    expect(doc.getElementById('s')!.getAttribute(HINT_ATTR)).toBe('share');
    clearStamps(doc.body);
    expect(doc.body.innerHTML).toBe('<div id="readability-page-1" class="page"><h1>Title</h1><div id="s"><a href="/x">Share</a></div><p>Text</p></div>');
  });

  it('reads the names of the page elements a block stands for, the outermost first', () => {
    // Readability folded two wrappers into the card, which took the outer one's names for its own.
    const page = parsePage('<html><body><div class="col"><div class="GlobalVerticalCta"><div class="card-body">Get a quote</div></div></div></body></html>');
    const result = parsePage('<html><body><div class="col">Get a quote</div><p>Text</p></body></html>');
    const [card, text] = result.body.children;
    const sources = [...page.querySelectorAll('.card-body, .GlobalVerticalCta, .col')].reverse();
    stampHints(result.body, (el) => (el === card ? sources : []));
    expect([card.getAttribute(HINT_ATTR), text.getAttribute(HINT_ATTR)]).toEqual(['newsletter', null]);
    // A name the block keeps comes before any of its sources'.
    card.setAttribute('class', 'share-tools');
    stampHints(result.body, (el) => (el === card ? sources : []));
    expect(card.getAttribute(HINT_ATTR)).toBe('share');
  });

  it("takes no hint from a heading's id made of its own words, but still from its class or another id", () => {
    const doc = parsePage(
      `<html><body>
        <h2 id="h-what-is-social-shopping">What is Social Shopping?</h2>
        <h2 id="related-posts">Related posts</h2>
        <h3 id="h-social-share" class="share-title">Social share</h3>
        <h2 id="social-links">Our latest stories</h2>
        <div id="social-share">Share on social media</div>
      </body></html>`,
    );
    expect([...doc.body.children].map(hintOf)).toEqual([null, null, 'share', 'share', 'share']);
  });
});
