import { describe, expect, it } from 'vitest';
import { HINT_ATTR } from '../../../../lib/pipeline/declutter/hints';
import { proseText } from '../../../../lib/pipeline/declutter/prose-text';
import { locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

const text = (html: string) => {
  const root = contentOf(html);
  return proseText(root, locateStory(root));
};

describe('proseText', () => {
  it('leaves out a figure caption, and keeps the paragraphs around it apart', () => {
    const out = text(`${storyParagraph(1)}<figure><img src="a.jpg"><figcaption>Crowds at the harbour on Tuesday.</figcaption></figure>${storyParagraph(2)}`);
    expect(out).not.toContain('Crowds');
    expect(out.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
  });

  it('keeps the caption of a quote, which names who said it, but not a photo caption beside a quote', () => {
    const quote = '<figure><blockquote><p>SEO is not dead, it is just different.</p></blockquote><figcaption>Patrick Reinhart, VP, Conductor</figcaption></figure>';
    expect(text(`${storyParagraph(1)}${quote}${storyParagraph(2)}`)).toContain('Patrick Reinhart, VP, Conductor');
    const pictured = '<figure><img src="a.jpg"><blockquote>A pull quote.</blockquote><figcaption>Crowds at the harbour on Tuesday.</figcaption></figure>';
    expect(text(`${storyParagraph(1)}${pictured}${storyParagraph(2)}`)).not.toContain('Crowds');
  });

  it('leaves out a block the page marked a caption', () => {
    const out = text(`${storyParagraph(1)}<div><img src="a.jpg"><p ${HINT_ATTR}="caption">Crowds at the harbour on Tuesday.</p></div>${storyParagraph(2)}`);
    expect(out).not.toContain('Crowds');
  });

  it('keeps a marked caption that holds a story paragraph', () => {
    const out = text(`<div ${HINT_ATTR}="caption">${storyParagraph(1)}${storyParagraph(2)}</div>`);
    expect(out).toContain('Story paragraph 1');
    expect(out).toContain('Story paragraph 2');
  });

  it('keeps the captions of a gallery, whose story they tell', () => {
    const slides = Array.from({ length: 4 }, (_, i) => `<figure><img src="${i}.jpg"><figcaption>Slide ${i}: the phone that changed how a whole generation of readers took their news.</figcaption></figure>`).join('');
    const out = text(`<p>Four phones that mattered.</p>${slides}`);
    expect(out.split('\n\n')).toHaveLength(5);
    expect(out).toContain('Slide 3: the phone');
  });

  it('leaves the captions out once the prose has more words than they do, not before', () => {
    const figure = '<figure><img src="a.jpg"><figcaption>one two three four five six</figcaption></figure>';
    expect(text(`<p>alpha beta gamma delta epsilon zeta</p>${figure}`)).toContain('one two');
    expect(text(`<p>alpha beta gamma delta epsilon zeta eta</p>${figure}`)).not.toContain('one two');
  });

  it('leaves out a paragraph that says which photo it captions', () => {
    const notes = [
      '<p><em>left: hiking in Tettegouche State Park. right: the Border Route Trail.</em></p>',
      '<p>Pictured: <a href="/plants/bananacle">Submerged Relics Bananacle</a></p>',
      '<p>Above: the harbour at dawn.</p>',
      '<p>From left: the mayor, the governor and the fire chief.</p>',
      '<p>Figure 3: Sales by region, 2024.</p>',
      '<p>Abbildung: Vergleich auf dem Aletschgletscher.</p>',
    ];
    const out = text(`${storyParagraph(1)}<img src="a.jpg">${notes.join('')}${storyParagraph(2)}`);
    expect(out.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
  });

  it('keeps a paragraph that only mentions a direction, or is too long to be a caption', () => {
    const kept = [
      '<p>Below: the full schedule of the festival.</p>',
      '<p>The house on the left: a ruin since the flood.</p>',
      '<p>Figure 3 shows how sales rose in the north.</p>',
      `<p>Above: ${'the valley and the river that floods it every spring '.repeat(7)}</p>`,
    ];
    const out = text(`${storyParagraph(1)}${storyParagraph(2)}${kept.join('')}`);
    expect(out).toContain('Below: the full schedule');
    expect(out).toContain('on the left: a ruin');
    expect(out).toContain('Figure 3 shows');
    expect(out).toContain('Above: the valley');
  });
});
