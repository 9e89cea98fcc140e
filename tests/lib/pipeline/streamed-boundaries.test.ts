import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { completeStreamedBoundaries } from '../../../lib/pipeline/streamed-boundaries';
import { extractStory } from '../../../lib/pipeline';
import { storyParagraph } from './declutter/dom';

/** The body after completing `html`'s boundaries, on linkedom's own parse. */
function completed(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  completeStreamedBoundaries(document as unknown as Document);
  return document.body.innerHTML;
}

describe('completeStreamedBoundaries', () => {
  it('moves a segment into the boundary its script names, in place of the loading fallback', () => {
    const html =
      '<main><!--$?--><template id="B:1"></template><div class="skeleton">Loading…</div><!--/$--><p>after</p></main>' +
      '<div hidden id="S:0"><p>The story</p></div><script>$RC("B:1","S:0")</script>';
    expect(completed(html)).toBe('<main><!--$?--><p>The story</p><!--/$--><p>after</p></main><script>$RC("B:1","S:0")</script>');
  });

  it('keeps nested boundaries inside the fallback together and stops at the one that closes it', () => {
    const html = '<!--$?--><template id="B:0"></template><div><!--$--><i>nested</i><!--/$--></div><!--/$--><p>kept</p><div hidden id="S:0">Done</div>';
    expect(completed(html)).toBe('<!--$?-->Done<!--/$--><p>kept</p>');
  });

  it('fills placeholders, also those inside another streamed segment', () => {
    const html =
      '<!--$?--><template id="B:0"></template><!--/$-->' +
      '<div hidden id="S:0"><article><p>Opening</p><template id="P:1"></template></article></div>' +
      '<div hidden id="S:1"><p>Late part</p></div>';
    expect(completed(html)).toBe('<!--$?--><article><p>Opening</p><p>Late part</p></article><!--/$-->');
  });

  it('pairs a segment with the boundary of its number when the scripts are gone, as in a saved page', () => {
    // Without the markers the skeleton cannot be told from the page: it stays, the content goes before it.
    expect(completed('<template id="B:0"></template><div class="skeleton"></div><div hidden id="S:0"><p>Story</p></div>')).toBe(
      '<p>Story</p><div class="skeleton"></div>',
    );
  });

  it('leaves hidden content that no boundary or placeholder claims, and pages without segments', () => {
    expect(completed('<div hidden id="S:4"><p>Orphan</p></div>')).toBe('<div hidden id="S:4"><p>Orphan</p></div>');
    expect(completed('<div hidden id="menu"><p>Menu</p></div><p>Text</p>')).toBe('<div hidden id="menu"><p>Menu</p></div><p>Text</p>');
  });
});

describe('a streamed page read from its markup', () => {
  const story = [1, 2, 3, 4, 5, 6].map(storyParagraph).join('');
  const html = `<!doctype html><html><head><title>Council passes the budget</title></head><body>
    <header><a href="/">Home</a></header><main><h1>Council passes the budget</h1>
    <!--$?--><template id="B:0"></template><div class="animate-pulse"></div><!--/$--></main>
    <footer>© The City Paper</footer><div hidden id="S:0"><article>${story}</article></div>
    <script>$RC("B:0","S:0")</script></body></html>`;

  it('gives the story the browser would show, which stays hidden from Readability otherwise', () => {
    const { document } = parseHTML(html);
    const plain = new Readability(document as unknown as Document).parse();
    expect(plain?.textContent ?? '').not.toContain('Story paragraph 1');

    const result = extractStory(parsePage(html), 'https://example.com/budget');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (let n = 1; n <= 6; n++) expect(result.article.text).toContain(`Story paragraph ${n} explains`);
  });

  it('moves a segment into the boundary the page’s script names, which the clone leaves out', () => {
    const renumbered = html.replace('id="B:0"', 'id="B:1"').replace('$RC("B:0","S:0")', '$RC("B:1","S:0")');
    const result = extractStory(parsePage(renumbered), 'https://example.com/budget');
    expect(result.ok && result.article.text).toContain('Story paragraph 6 explains');
  });

  it('reads the story of a page shown with its scripts blocked, on a clone: the page stays as it was', () => {
    const { document } = parseHTML(html);
    const page = document as unknown as Document;
    const before = page.body.innerHTML;
    const result = extractStory(page, 'https://example.com/budget');
    expect(result.ok && result.article.text).toContain('Story paragraph 6 explains');
    expect(page.body.innerHTML).toBe(before);
  });

  it('reads the page’s own scripts when the clone was made without them', () => {
    const page = `<!--$?--><template id="B:1"></template><!--/$--><div hidden id="S:0"><p>The story</p></div><script>$RC("B:1","S:0")</script>`;
    const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
    const { document: clone } = parseHTML(`<!doctype html><html><body>${page.replace(/<script>.*<\/script>/, '')}</body></html>`);
    completeStreamedBoundaries(clone as unknown as Document, document as unknown as Document);
    expect(clone.body.innerHTML).toBe('<!--$?--><p>The story</p><!--/$-->');
  });

  it('reads ids by attribute, as a form whose field is named "id" shadows the property in a browser', () => {
    const { document } = parseHTML('<!doctype html><html><body><form id="search"><input name="id"></form><p>Text</p></body></html>');
    const form = document.querySelector('form')!;
    Object.defineProperty(form, 'id', { get: () => form.firstElementChild });
    expect(() => completeStreamedBoundaries(document as unknown as Document)).not.toThrow();
  });

  it('looks for segments only among the body’s own children, where React puts them', () => {
    expect(completed('<!--$?--><template id="B:0"></template><!--/$--><section><div hidden id="S:0"><p>Elsewhere</p></div></section>')).toBe(
      '<!--$?--><template id="B:0"></template><!--/$--><section><div hidden id="S:0"><p>Elsewhere</p></div></section>',
    );
  });
});
