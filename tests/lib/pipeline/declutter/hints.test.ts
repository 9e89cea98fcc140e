import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../lib/node/parse-page';
import { clearStamps, HEADLINE_ATTR, hintOf, HINT_ATTR, stampHints } from '../../../../lib/pipeline/declutter/hints';
import { elementsOf } from '../../../../lib/pipeline/elements';

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

describe('stampHints', () => {
  it('stamps hints and headlines on a clone, returns its elements in page order, and clears the stamps', () => {
    const doc = parsePage('<html><body><h1>Title</h1><div class="share-bar"><a href="/x">Share</a></div><p>Text</p></body></html>');
    const clone = doc.cloneNode(true) as Document;
    const cloned = stampHints(clone);
    expect(cloned.map((e) => e.tagName)).toEqual(elementsOf(doc).map((e) => e.tagName));
    expect(cloned.indexOf(clone.querySelector(`[${HINT_ATTR}="share"]`)!)).toBe(elementsOf(doc).indexOf(doc.querySelector('.share-bar')!));
    expect(clone.querySelector(`[${HEADLINE_ATTR}]`)?.tagName).toBe('H1');
    expect(clone.querySelectorAll('[data-sift-hint], [data-sift-h1]')).toHaveLength(2);
    clearStamps(clone.body);
    expect(clone.body.innerHTML).toBe(doc.body.innerHTML);
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
    stampHints(doc);
    expect([...doc.body.children].map((e) => e.getAttribute(HINT_ATTR))).toEqual([null, null, 'share', 'share', 'share']);
  });
});
