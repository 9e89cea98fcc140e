import { describe, expect, it } from 'vitest';
import { findCredits, findRepeats, isCreditLine, mayHoldCredit } from '../../../../lib/pipeline/declutter/captions';
import { leafBlocks, locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

const CAPTION = 'Soldiers ride a military vehicle near the border in Sumy region, August 13.';

describe('isCreditLine', () => {
  it('knows agency, photographer and stock credits', () => {
    for (const line of ['REUTERS/Viacheslav Ratynskyi', 'AP Photo/Jane Doe', 'Photo: Getty Images', 'Credit: NASA', 'Photo by Wesley Tingey on Unsplash', 'Foto: dpa', 'iStock.com', 'Courtesy of brand', 'Photo courtesy of the artist']) {
      expect(isCreditLine(line), line).toBe(true);
    }
  });

  it('leaves sentences alone', () => {
    expect(isCreditLine('Reuters reported on Tuesday that the talks had failed after three days of negotiations.')).toBe(false);
    expect(isCreditLine('The photo shows a tank.')).toBe(false);
    expect(isCreditLine('Courtesy matters more than speed, the driver said.')).toBe(false);
  });
});

describe('mayHoldCredit', () => {
  // One line for each of the credit patterns' words, as a credit line reads.
  const CREDIT_LINES = [
    'REUTERS/Viacheslav Ratynskyi', 'AP Photo/Jane Doe', 'AP', 'AFP', 'EPA/Jane Doe', 'dpa', 'Jane Doe/dpa', 'Imago/Jane Doe',
    'Anadolu/Jane Doe', 'Photo: Getty Images', 'Jane Doe via Getty Images', 'Credit: NASA', 'Credits: NASA', 'Crédit: AFP',
    'Crédits photos: AFP', 'Source: NASA', 'Quelle: dpa', 'Źródło: PAP', 'Photo by Wesley Tingey on Unsplash', 'Foto: dpa',
    'Fot./PAP', 'Fotografía: Ana Pérez', 'Bild: Jane Doe', 'Bildquelle: Jane Doe', 'Titelbild: Jane Doe',
    'Beitragsbild: Jane Doe', 'Image: NASA', 'Images: NASA', 'Imagen: NASA', 'Imágenes: NASA', 'Picture: NASA',
    'Photograph: NASA', 'Photography: Jane Doe', 'iStock.com', 'iStockphoto', 'Shutterstock', 'WENN', 'picture-alliance',
    'picture alliance', 'Abaca', 'Copyright: Jane Doe', '© Jane Doe', '(c) Jane Doe', 'Courtesy of brand', 'Courtesy: brand',
    'Photo courtesy of the artist',
  ];

  it('passes every credit line, in any case', () => {
    for (const line of CREDIT_LINES) {
      expect(isCreditLine(line), line).toBe(true);
      expect(mayHoldCredit(line), line).toBe(true);
      expect(mayHoldCredit(`The harbour at dawn. ${line.toUpperCase()}`), line).toBe(true);
    }
  });

  it('rules out text that names no photo, source or agency', () => {
    expect(mayHoldCredit('The talks failed after three days of negotiations, the minister said.')).toBe(false);
    expect(mayHoldCredit('Campers read maps at dawn by the lake.')).toBe(false);
  });
});

describe('findRepeats', () => {
  it('keeps a figure one caption and drops the repeat below it', () => {
    const root = contentOf(
      `<figure><img src="a.jpg" alt="${CAPTION}"><figcaption>${CAPTION}</figcaption></figure><p id="rep">${CAPTION}</p>${storyParagraph(1)}`,
    );
    const blocks = leafBlocks(root);
    expect(findRepeats(blocks, locateStory(root)).map((el) => el.id)).toEqual(['rep']);
  });

  it('keeps the one block that says what an alt text says, and drops its repeats', () => {
    // A recipe shows each step under its photo, the photo's alt text saying the step again:
    // the alt text is never shown, so the block is the only copy a reader sees.
    const step = 'Wash 250 g of strawberries and cut them into small cubes.';
    const root = contentOf(
      `${storyParagraph(1)}<div><img src="s.jpg" alt="${step}"><p id="step">${step}</p></div>` +
        `<div><img src="a.jpg" alt="${CAPTION}"></div><p id="cap">${CAPTION}</p><p id="again">${CAPTION}</p>`,
    );
    expect(findRepeats(leafBlocks(root), locateStory(root)).map((el) => el.id)).toEqual(['again']);
  });

  it('drops a pull quote that repeats a story sentence', () => {
    const root = contentOf(`${storyParagraph(1)}<blockquote id="pq">why the vote mattered to residents, and what the mayor said</blockquote>`);
    expect(findRepeats(leafBlocks(root), locateStory(root)).map((el) => el.id)).toEqual(['pq']);
  });
});

describe('findCredits', () => {
  it('finds credit-only lines but never a story paragraph', () => {
    const root = contentOf(`<p id="c">REUTERS/Jane Doe</p>${storyParagraph(1)}`);
    expect(findCredits(leafBlocks(root), locateStory(root)).map((el) => el.id)).toEqual(['c']);
  });
});
