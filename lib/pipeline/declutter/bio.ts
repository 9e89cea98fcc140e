import { isBioLabel, isRelatedLabel } from './labels';
import { keyOf, textOf, wordsOf } from './text';

// An author box is a sentence or three; a longer section under the name is the story's own
// (an interview's "About Jane Doe" part).
const MAX_BIO_WORDS = 100;
// "Über Simon Dückert", "About Jane Doe": the label with a name of two to four capitalised words.
const ABOUT_NAME = /^([Üü]ber|[Aa]bout|[Àà] propos de|[Ss]obre) (\p{Lu}[\p{L}.'’-]*\s?){2,4}$/u;
const HEADING = /^H[2-6]$/;

/**
 * Author boxes set under a heading that names the author ("About the author", "Über Simon
 * Dückert", or the byline's own name): each heading with the short text after it. The text runs
 * to the end of its container or to a "More by …" label (left for the tail rule, which reads the
 * author's teasers after it); another heading after it means a section of the story. The caller
 * keeps them out of the story's paragraphs and removes those that sit after the story.
 */
export function findBioSections(root: Element, byline: string | null): Element[][] {
  const name = byline ? keyOf(byline) : '';
  const sections: Element[][] = [];
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    const text = textOf(heading);
    if (!isBioLabel(text) && !ABOUT_NAME.test(text) && !(name && keyOf(text) === name)) continue;
    const section = [heading];
    let words = 0;
    let endsAtHeading = false;
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
      if (isRelatedLabel(textOf(next))) break;
      endsAtHeading = HEADING.test(next.tagName);
      if (endsAtHeading) break;
      section.push(next);
      words += wordsOf(next);
    }
    if (!endsAtHeading && section.length > 1 && words <= MAX_BIO_WORDS) sections.push(section);
  }
  return sections;
}
