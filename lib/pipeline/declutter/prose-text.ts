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
  const captionWords = captions.reduce((n, el) => n + countWords(htmlToText(el)), 0);
  // The prose must have more words than this for the captions to be left out; counting stops past it.
  const toExceed = (captionWords * (1 - MAX_CAPTION_SHARE)) / MAX_CAPTION_SHARE;
  return countWords(prose, Math.floor(toExceed) + 1) > toExceed ? prose : htmlToText(root);
}
