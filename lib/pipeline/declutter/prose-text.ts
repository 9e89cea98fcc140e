import { countWords, htmlToText } from '../html-text';
import { isCaptionMark } from './caption-credits';
import type { Story } from './story';

// A gallery or slideshow tells its story in its captions: when leaving them out would take this
// share of the words or more, they are the text.
const MAX_CAPTION_SHARE = 0.5;

/**
 * The story's plain text without its photo captions. The HTML keeps them under their photos;
 * in the text, which is read aloud, summarized, searched and counted, they break into the prose
 * (and extraction benchmarks' main text leaves them out too). A block the page marks as a
 * caption but that holds a story paragraph is story; so is every caption of a gallery.
 */
export function proseText(root: Element, story: Story): string {
  let captioned = false;
  const prose = htmlToText(root, (el) => {
    const caption = el.tagName === 'FIGCAPTION' || (isCaptionMark(el) && !story.holdsStory(el));
    captioned ||= caption;
    return caption;
  });
  if (!captioned) return prose;
  const full = htmlToText(root);
  return countWords(prose) > (1 - MAX_CAPTION_SHARE) * countWords(full) ? prose : full;
}
