import { TEXT_NODE } from '../../node-types';
import { closestTag, holdsTag, MEDIA } from '../elements';
import { countWords, htmlToText } from '../html-text';
import { isCaptionMark } from './caption-credits';
import type { Story } from './story';

// A gallery or slideshow tells its story in its captions: when leaving them out would take this
// share of the words or more, they are the text.
const MAX_CAPTION_SHARE = 0.5;
// A paragraph that first points at a photo ("Pictured: …", "Above: …", "Left: … Right: …",
// "From left: …") or names one ("Photo: …", "Figure 3: …", "Abbildung 4: …") is the photo's
// caption, set as a paragraph. "Below:" is left out: it opens lists as often ("Below: the full
// schedule"). Captions are a sentence or three.
const PICTURE_NOTE =
  /^\s*((pictured|above|left|right|(top|bottom) (left|right)|(clockwise )?from (top )?left|l(eft)? to r(ight)?|l-r|photo|image|foto|bild)\s*:|(figure|fig\.|abbildung|abb\.|grafik|chart|figura|graphique|gráfico)\s*(\d+[a-z]?\s*[:.]|:))/i;
const MAX_NOTE_WORDS = 60;
// Enough of a paragraph's opening to read such a label: "Clockwise from top left:" is 24 characters.
const NOTE_LABEL_CHARS = 32;

/**
 * The story's plain text without its photo captions. The HTML keeps them under their photos;
 * in the text, which is read aloud, summarized, searched and counted, they break into the prose
 * (and extraction benchmarks' main text leaves them out too). A block the page marks as a
 * caption but that holds a story paragraph is story; so is every caption of a gallery. A
 * paragraph that says which photo it is about is a caption, if it is as short as one.
 */
export function proseText(root: Element, story: Story): string {
  const captions: Element[] = [];
  const prose = htmlToText(root, (el) => {
    const caption = el.tagName === 'FIGCAPTION' ? !isQuoteSource(el) : (isCaptionMark(el) && !story.holdsStory(el)) || isPictureNote(el);
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

// A figure may hold a quote instead of a picture, its caption naming who said it (HTML's own
// pattern for a quotation with its source): that caption is the story's, as the quote is.
function isQuoteSource(figcaption: Element): boolean {
  const figure = closestTag(figcaption, 'FIGURE');
  return !!figure && holdsTag(figure, 'BLOCKQUOTE') && !holdsTag(figure, ...MEDIA);
}

/** Whether `text` opens with a label that points at or names a photo: "Pictured:", "Photo:", "Figure 3:". */
export function opensPictureNote(text: string): boolean {
  return PICTURE_NOTE.test(text);
}

function isPictureNote(el: Element): boolean {
  // Every paragraph is asked: its opening is read first, its whole text only when that is a label.
  if (el.tagName !== 'P' || !opensPictureNote(textHead(el, NOTE_LABEL_CHARS))) return false;
  return countWords(el.textContent ?? '', MAX_NOTE_WORDS + 1) <= MAX_NOTE_WORDS;
}

/** The text `node` opens with, read up to `length` characters past its leading whitespace. */
function textHead(node: Node, length: number): string {
  let head = '';
  const read = (at: Node): boolean => {
    if (at.nodeType === TEXT_NODE) head += at.nodeValue ?? '';
    else for (let child = at.firstChild; child; child = child.nextSibling) if (read(child)) return true;
    return head.trimStart().length >= length;
  };
  read(node);
  return head;
}
