import { closestTag, listed } from '../elements';
import type { Story } from './story';
import { countWords } from '../html-text';
import { isHeading, keyOf, squash, textOf } from './text';

// Credit-only lines are short; a longer line is a caption that names its photographer.
const MAX_CREDIT_WORDS = 12;
const CREDIT =
  /^\(?(photo|photos|photograph|photography|image|images|imagen|imágenes|picture|foto|fotos|fotografía|fot\.|bild|bilder|bildquelle|titelbild|beitragsbild|credit|credits|source|quelle|źródło|crédit|crédits|crédits photos?|copyright)\s*(:|by\b|\/)|^(photograph|photo|image|foto) by\b|\b(istock(photo)?|shutterstock|getty( images)?|wenn|unsplash|picture-alliance|abaca|pap|dpa)(\.com)?\)?$|^(photo|image|foto) by\b|^(reuters|ap|afp|getty images|epa|dpa|shutterstock|imago|picture alliance|ap photo|unsplash)\b|\b(reuters|afp|ap photo|getty images|epa|dpa|imago|anadolu)\s*\/|©|\(c\)\s|\bvia getty images$|\bon unsplash$|^((photo|image|picture|foto)s? )?courtesy( of\b|:)/i;

// A word each of CREDIT's patterns needs: text without one holds no credit line anywhere. The "©"
// is looked for apart: in the pattern it made each search 15 % slower.
const CREDIT_WORD =
  /photo|im[aá]ge|picture|fot|bild|cr[eé]dit|source|quelle|źródło|copyright|istock|shutterstock|getty|wenn|unsplash|abaca|pap|dpa|reuters|\bap\b|afp|epa|imago|anadolu|\(c\)|courtesy/i;

/** Whether `text` may hold a credit line somewhere: false settles it, with one search of it. */
export function mayHoldCredit(text: string): boolean {
  return CREDIT_WORD.test(text) || text.includes('©');
}

/** True for a line that only credits a photo ("REUTERS/Jane Doe", "Photo: AP"). */
export function isCreditLine(text: string): boolean {
  const line = squash(text);
  return !!line && line.split(' ').length <= MAX_CREDIT_WORDS && CREDIT.test(line);
}

// A repeated caption is this long at least; shorter repeats are often legitimate.
const MIN_REPEAT_CHARS = 30;

/**
 * Blocks that repeat a caption, and pull quotes that repeat a story sentence: a figure keeps one
 * caption. A block that says what an image's alt text says is a caption too, and only its
 * repeats go: the alt text is not shown, so the first such block is the caption the reader sees
 * (or a recipe's step, shown under the photo that illustrates it). Other repeated paragraphs
 * stay: steps, feature lists and summaries repeat lines on purpose. Headings stay, since a table
 * of contents says the same.
 */
export function findRepeats(blocks: Element[], story: Story, text: (el: Element) => string = textOf): Element[] {
  const captions = new Set<string>();
  const alts = new Set<string>();
  for (const img of listed(story.root.getElementsByTagName('img'))) {
    const alt = keyOf(img.getAttribute('alt') ?? '');
    if (alt.length >= MIN_REPEAT_CHARS) alts.add(alt);
  }
  // The story's paragraphs are keyed only if a pull quote turns up; most pages have none.
  let coreKeys: string[] | undefined;
  const captioned = new Set<Element>();
  const repeats: Element[] = [];
  for (const block of blocks) {
    if (story.isCore(block) || isHeading(block)) continue;
    const key = keyOf(text(block));
    if (key.length < MIN_REPEAT_CHARS) continue;
    const figure = closestTag(block, 'FIGURE');
    const isCaption = !!closestTag(block, 'FIGCAPTION');
    // A figure's first caption stays, even when a block above it said the same.
    if (figure && isCaption && !captioned.has(figure)) captioned.add(figure);
    else if (captions.has(key)) repeats.push(block);
    else if (isPullQuote(block) && (coreKeys ??= story.cores.map((c) => keyOf(text(c)))).some((c) => c.includes(key))) {
      repeats.push(block);
    }
    if (isCaption || alts.has(key)) captions.add(key);
  }
  return repeats;
}

function isPullQuote(block: Element): boolean {
  return /^(BLOCKQUOTE|ASIDE)$/.test(block.tagName) || !!closestTag(block, 'ASIDE');
}

/** Short credit-only lines outside the story's paragraphs. */
export function findCredits(blocks: Element[], story: Story, text: (el: Element) => string = textOf): Element[] {
  return blocks.filter((b) => !story.isCore(b) && countWords(text(b), MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS && isCreditLine(text(b)));
}
