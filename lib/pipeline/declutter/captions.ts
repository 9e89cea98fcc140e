import type { Story } from './story';
import { keyOf, textOf, wordsOf } from './text';

// Credit-only lines are short; a longer line is a caption that names its photographer.
const MAX_CREDIT_WORDS = 12;
const CREDIT =
  /^\(?(photo|photos|photograph|photography|image|images|picture|foto|fotos|fot\.|bild|bilder|bildquelle|titelbild|beitragsbild|credit|credits|source|quelle|źródło|crédit|crédits|crédits photos?|copyright)\s*(:|by\b|\/)|^(photograph|photo|image|foto) by\b|\b(istock(photo)?|shutterstock|getty( images)?|wenn|unsplash|picture-alliance|abaca|pap|dpa)(\.com)?\)?$|^(photo|image|foto) by\b|^(reuters|ap|afp|getty images|epa|dpa|shutterstock|imago|picture alliance|ap photo|unsplash)\b|\b(reuters|afp|ap photo|getty images|epa|dpa|imago|anadolu)\s*\/|©|\(c\)\s|\bvia getty images$|\bon unsplash$/i;

/** True for a line that only credits a photo ("REUTERS/Jane Doe", "Photo: AP"). */
export function isCreditLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return !!line && line.split(' ').length <= MAX_CREDIT_WORDS && CREDIT.test(line);
}

// A repeated caption or pull quote is this long at least; shorter repeats are often legitimate.
const MIN_REPEAT_CHARS = 30;

/**
 * Blocks that repeat a caption, the image's alt text or an earlier block: a figure keeps one
 * caption, and a pull quote that repeats a story sentence goes.
 */
export function findRepeats(blocks: Element[], story: Story): Element[] {
  const seen = new Set<string>();
  for (const img of story.root.querySelectorAll('img[alt]')) {
    const alt = keyOf(img.getAttribute('alt') ?? '');
    if (alt.length >= MIN_REPEAT_CHARS) seen.add(alt);
  }
  const coreKeys = story.cores.map((c) => keyOf(textOf(c)));
  const captioned = new Set<Element>();
  const repeats: Element[] = [];
  for (const block of blocks) {
    const key = keyOf(textOf(block));
    if (key.length < MIN_REPEAT_CHARS || story.cores.includes(block)) continue;
    const figure = block.closest('figure');
    // A figure's first caption stays even when its alt text says the same.
    if (figure && block.closest('figcaption') && !captioned.has(figure)) {
      captioned.add(figure);
    } else if (seen.has(key)) {
      repeats.push(block);
    } else if ((/^(BLOCKQUOTE|ASIDE)$/.test(block.tagName) || block.closest('aside')) && coreKeys.some((c) => c.includes(key))) {
      repeats.push(block);
    }
    seen.add(key);
  }
  return repeats;
}

/** Short credit-only lines outside the story's paragraphs. */
export function findCredits(blocks: Element[], story: Story): Element[] {
  return blocks.filter((b) => !story.cores.includes(b) && wordsOf(b) <= MAX_CREDIT_WORDS && isCreditLine(textOf(b)));
}
