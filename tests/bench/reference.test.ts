import { describe, expect, it } from 'vitest';
import { copiesOpening, takeDescription } from '../../bench/reference';
import { parsePage } from '../../lib/node/parse-page';

// The bench parses pages with linkedom, so the test does too.
const page = (head: string) => parsePage(`<html><head>${head}</head><body><p>Story.</p></body></html>`);

describe('takeDescription', () => {
  it('prefers og:description and removes every description from the page', () => {
    const doc = page(
      '<meta property="og:description" content="From og"><meta name="Description" content="From meta">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","description":"From JSON-LD","publisher":{"description":"p"}}</script>',
    );
    expect(takeDescription(doc)).toBe('From og');
    expect(doc.querySelectorAll('meta').length).toBe(0);
    expect(doc.querySelector('script')?.textContent).toBe('{"@type":"NewsArticle","publisher":{}}');
  });

  it('falls back to JSON-LD and returns null when there is none', () => {
    expect(takeDescription(page('<script type="application/ld+json">[{"description":"LD <b>text</b>"}]</script>'))).toBe('LD text');
    expect(takeDescription(page(''))).toBeNull();
  });
});

describe('copiesOpening', () => {
  const story = 'Kyiv has confirmed its troops are in Kursk and claims to control 390 square miles of the region. More follows.';
  it('tells a copied opening from a written summary', () => {
    expect(copiesOpening('Kyiv has confirmed its troops are in Kursk and claims to control 390 square miles.', story)).toBe(true);
    expect(copiesOpening('Ukraine’s incursion into Russia aims to force peace talks, analysts say, as Moscow strikes back.', story)).toBe(false);
  });
});
