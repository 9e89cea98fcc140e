import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { watchNamedCleanUp } from '../../../lib/pipeline/named-clean-up';

const story = [1, 2, 3, 4, 5]
  .map((n) => `<p>Paragraph ${n} of the story tells at some length what the council decided on Tuesday, and why it matters to the town and its people.</p>`)
  .join('');
const tip = (name: string) =>
  `<div class="tip"><div class="tip-name">${name}</div><div class="tip-text">The ${name.toLowerCase()} is one of the jobs the council's own guide to home upkeep lists, with what it costs, how often it is due and why putting it off costs more in the end, as the inspectors found in most of the houses they saw this year.</div></div>`;
const checklist = (cls: string) => `<div class="${cls}"><div class="tips">${tip('Gutter check')}${tip('Boiler service')}${tip('Roof survey')}</div></div>`;

function read(body: string, spare: boolean) {
  const doc = parsePage(`<html><head><title>Council</title></head><body><article>${body}</article></body></html>`);
  const reader = new Readability<Element>(doc, { serializer: (node) => node as Element });
  const seen = watchNamedCleanUp(reader, spare);
  const parsed = reader.parse();
  const text = parsed?.textContent ?? '';
  return { text, dropped: seen.droppedStoryFrom(parsed?.content) };
}

describe('watchNamedCleanUp', () => {
  it('tells when Readability’s clean-up drops story paragraphs for a block’s name alone', () => {
    const watched = read(story + checklist('media-block') + story, false);
    expect(watched.text).toContain('Paragraph 5');
    expect(watched.text).not.toContain('Boiler service');
    expect(watched.dropped).toBe(true);
  });

  it('with `spare`, weighs such a block by what it holds and keeps the story in it', () => {
    const spared = read(story + checklist('media-block') + story, true);
    expect(spared.text).toContain('The boiler service is one of the jobs');
    expect(spared.dropped).toBe(false);
  });

  it('says nothing of a story block that a first read removed and the read again with looser rules kept', () => {
    // The whole story in a "widget": the first reads come out empty, the last weighs no names.
    const again = read(`<div class="widget">${checklist('tips-list')}</div>`, false);
    expect(again.text).toContain('The boiler service is one of the jobs');
    expect(again.dropped).toBe(false);
  });

  it('says nothing of a named block without a story paragraph, or of one its name does not count against', () => {
    expect(read(`${story}<div class="newsletter-widget"><p>Sign up for our daily email.</p></div>${story}`, false).dropped).toBe(false);
    // "content" counts for a block as much as "widget" against it: Readability keeps it.
    const kept = read(story + checklist('widget-content') + story, false);
    expect(kept.text).toContain('Boiler service');
    expect(kept.dropped).toBe(false);
  });
});
