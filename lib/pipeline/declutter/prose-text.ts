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
  const captions: Element[] = [];
  const prose = htmlToText(root, (el) => {
    const caption = el.tagName === 'FIGCAPTION' || (isCaptionMark(el) && !story.holdsStory(el));
    if (caption) captions.push(el);
    return caption;
  });
  if (!captions.length) return prose;
  // The walk never enters a caption it leaves out, so none is counted twice; the whole text is
  // read again only for a gallery.
  const proseWords = countWords(prose);
  const captionWords = captions.reduce((n, el) => n + countWords(htmlToText(el)), 0);
  return proseWords > (1 - MAX_CAPTION_SHARE) * (proseWords + captionWords) ? prose : htmlToText(root);
}
