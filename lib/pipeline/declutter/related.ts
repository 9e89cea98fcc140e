import type { RelatedLink } from '../../brief';
import { closestTag, descendantsByTag, listed, SUBHEADINGS } from '../elements';
import { isCreditLine } from './captions';
import { countWords } from '../html-text';
import { isClickAsk } from './controls';
import { isRelatedLabel, isSendOff, withoutReadMoreLabel } from './labels';
import { isCreditOrDate, withoutLeadingDate } from './lines';
import { articleLink, articleLinks, hrefLinks } from './links';
import { readableText } from './readable-text';
import { follows, squash, trimEndOf } from './text';

/** A removed block to take teaser links from, and the label it sat under, if any. */
export interface RelatedRegion {
  el: Element;
  section?: string;
  /** Only links after this element count (the label that opened the region). */
  after?: Element;
}

// Links the page marks as leading to an author's or a topic's page, not to a story.
const NOT_A_STORY = /(^|\s)(author|tag|category)(\s|$)/i;
// Listing pages by their address, marked or not: a folder of this name and one name in it
// (WordPress's /category/hotels, /tag/energy, /author/anna-weber), maybe a page number after.
const LISTING_PATH =
  /\/(author|authors|autor|autoren|category|categories|kategorie|rubrik|tag|tags|schlagwort|schlagworte|stichwort|topic|topics|thema|themen|user|users|profile|profil)\/[^/]+\/?(page\/\d+\/?)?$/i;
// The index of all of them (/authors, /themen), and a site search's results.
const LISTING_INDEX = /\/(authors|autoren|tags|categories|kategorien|topics|themen)\/?$|\/(search|suche|buscar|recherche)(\/|$)/i;
// Affiliate redirects (/go/wix-pricing, /recommends/x, aff_c?offer_id=…) lead to a shop, not a story.
const REDIRECT = /^\/(go|out|recommends|refer|visit)\/|\/aff_c$|[?&](aff_id|offer_id)=/i;
// Links that act on a page (share it by mail, answer a comment) lead to no other story.
const ACTION = /[?&](share|replytocom)=/i;

// Long teaser blurbs are cut to their first sentence, and never longer than this.
const MAX_TITLE_CHARS = 140;
const MIN_SHARED_TITLES = 3;

/** The teaser links of the removed regions: one per URL, never the page itself or an author's page. */
export function collectRelated(regions: RelatedRegion[], pageUrl: string): RelatedLink[] {
  const found = new Map<string, { link: RelatedLink; card: Element; a: Element }>();
  for (const { el, section, after } of regions) {
    for (const a of hrefLinks(el)) {
      if (after && !follows(a, after)) continue;
      if (NOT_A_STORY.test(a.getAttribute('rel') ?? '')) continue;
      const url = articleLink(a, pageUrl);
      if (!url || found.has(url) || isNotAStory(new URL(url))) continue;
      const card = cardOf(a, el, pageUrl);
      const title = titleOf(card, a);
      if (title) found.set(url, { link: section ? { title, url, section } : { title, url }, card, a });
    }
  }
  // One text on several stories' cards names the site or a section ("One Fab Day", "Bild zum
  // Thema"), not a story: those cards take their next title, or go.
  const counts = new Map<string, number>();
  for (const { link } of found.values()) counts.set(link.title, (counts.get(link.title) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n >= MIN_SHARED_TITLES).map(([title]) => title));
  const links: RelatedLink[] = [];
  for (const { link, card, a } of found.values()) {
    const title = shared.has(link.title) ? titleOf(card, a, shared) : link.title;
    if (title) links.push({ ...link, title });
  }
  return links;
}

function isNotAStory(url: URL): boolean {
  // A template's empty slot doubles a slash (pcgamer's /author//tim-clark).
  const path = url.pathname.replace(/\/{2,}/g, '/');
  return LISTING_PATH.test(path) || LISTING_INDEX.test(path) || REDIRECT.test(path + url.search) || ACTION.test(url.search);
}

// The largest block around the link that still points at that one story.
function cardOf(a: Element, region: Element, pageUrl: string): Element {
  let card = a;
  while (card.parentElement && card !== region && articleLinks(card.parentElement, pageUrl).length <= 1) {
    card = card.parentElement;
  }
  return card;
}

// What a link says to screen readers about where it opens: not the story's title.
const OPENS_HINT =
  /\s*\((opens in a new (tab|window)|öffnet (in )?(ein |einem )?neue[ms]? (fenster|tab)|link is external|external link|s.ouvre dans une? nouv\w+ (onglet|fenêtre)|se abre en una nueva (pestaña|ventana))\)/giu;

function titleOf(card: Element, a: Element, shared?: Set<string>): string {
  const line = lineAround(card, a);
  if (line && isCitation(line)) return '';
  for (const candidate of titleCandidates(card, a, line)) {
    const title = cleanTitle(candidate);
    if (!title || isGeneric(title) || isCreditLine(title)) continue;
    const short = shorten(title);
    if (!shared?.has(short)) return short;
  }
  return '';
}

// What may title a card, best first; each is read only when those before it gave no title.
function* titleCandidates(card: Element, a: Element, line: Line | null): Generator<string> {
  // The headline links where the card does; a heading set above it names the card's section
  // or kind ("Sponsored Content", "Travel").
  const headings = descendantsByTag(card, 'H1', ...SUBHEADINGS);
  const href = a.getAttribute('href');
  const headline = headings.find((heading) => hrefLinks(heading).some((link) => link.getAttribute('href') === href));
  if (headline) yield readableText(headline);
  if (headings[0] && headings[0] !== headline) yield readableText(headings[0]);
  const whole = line && lineTitle(line);
  if (whole) yield whole;
  const linkText = readableText(a);
  if (!isGeneric(linkText)) yield linkText;
  for (const p of listed(card.getElementsByTagName('p'))) if (!closestTag(p, 'FIGURE')) yield readableText(p);
  yield a.getAttribute('title') ?? '';
  yield listed(card.getElementsByTagName('img')).find((img) => img.hasAttribute('alt'))?.getAttribute('alt') ?? '';
}

// A card's date or "Read:" label before its headline, and its "… mehr •••" after, are not the title.
function cleanTitle(text: string): string {
  const title = withoutLeadingDate(withoutReadMoreLabel(squash(text).replace(OPENS_HINT, '')));
  return title.replace(MORE_AFTER_CUT, '…').replace(TRAILING_MARKS, '');
}

const MORE_AFTER_CUT = /\s*(…|\.{3})\s*(mehr|more|read more|weiterlesen|lire la suite|leer más|czytaj więcej)\b[\s•·›»>→.]*$/iu;
// After a space: "«Leben»" closes a quote.
const TRAILING_MARKS = /\s+[•·›»>→]+$/u;
// "« Zurück zu den Veranstaltungen": a link back to the listing, behind its arrow ("Back to
// school" and "Powrót do szkół" without one are headlines).
const BACK_LINK = /^[«‹←<]\s*(back|zurück|retour|volver|torna|powrót)\b/i;

// A list item that links only its last words ("Chris Evans <a>goes to Washington</a>"): its
// whole text is the headline. Not one that opens with its link ("<a>Headline</a> (Reuters)"), or
// whose words before the link are a label ("Lesetipp: <a>…</a>", "Also read <a>…</a>").
const MIN_LINE_TITLE_WORDS = 3;
const MAX_LINE_TITLE_WORDS = 25;
const MAX_LEAD_WORDS = 8;
const ENDS_LABEL = /[:：»›>|\-–—([]$/u;

function lineTitle(line: Line): string | null {
  if (line.after || !isPlainLead(line.before) || countWords(line.before) > MAX_LEAD_WORDS) return null;
  const words = countWords(line.text);
  return words >= MIN_LINE_TITLE_WORDS && words <= MAX_LINE_TITLE_WORDS ? line.text : null;
}

// A link inside a sentence of prose ("… as <a>tipping movers</a> goes, most …") cites a page on
// a phrase of the story: it names no story, and is not listed.
const MIN_CITING_WORDS = 8;

function isCitation(line: Line): boolean {
  return !!line.after && isPlainLead(line.before) && countWords(line.text) >= MIN_CITING_WORDS;
}

// Words before the link that are neither absent, nor a label ("Read our full"), nor a mark ("👉").
function isPlainLead(lead: string): boolean {
  return countWords(lead) > 0 && !ENDS_LABEL.test(lead) && !isSendOff(lead) && !isRelatedLabel(lead.replace(OPENING_MARKS, ''));
}

// "[ Also read <a>…</a> ]", "(See also <a>…</a>)".
const OPENING_MARKS = /^[[(«"“'\s]+/u;

// A list item or paragraph of one line of text, and its words before and after the link.
interface Line {
  text: string;
  before: string;
  /** Empty when only stops or marks follow the link. */
  after: string;
}

function lineAround(card: Element, a: Element): Line | null {
  if (card.tagName !== 'LI' && card.tagName !== 'P') return null;
  if (descendantsByTag(card, 'P', 'DIV', 'UL', 'OL', 'LI', 'FIGURE', 'IMG', 'PICTURE', 'BR').length) return null;
  const text = readableText(card);
  const linkText = trimEndOf(readableText(a), ' .!?');
  const at = linkText ? text.indexOf(linkText) : -1;
  if (at < 0) return null;
  const after = text.slice(at + linkText.length);
  return { text, before: text.slice(0, at).trim(), after: countWords(after) ? after.trim() : '' };
}

// A link that shows its address, with a label at most ("Short link: https://…"), names no story.
const URL_IN_TEXT = /\bhttps?:\/\/\S*/gi;
const MAX_URL_LABEL_WORDS = 3;

function isGeneric(text: string): boolean {
  const words = text.split(' ').length;
  if (words < 2 || isRelatedLabel(text) || !withoutReadMoreLabel(`${text}:`) || isCreditOrDate(text) || showsUrl(text)) return true;
  return BACK_LINK.test(text) || isClickAsk(text);
}

function showsUrl(text: string): boolean {
  if (!text.includes('://')) return false;
  const rest = text.replace(URL_IN_TEXT, ' ').trim();
  return !rest || rest.split(/\s+/).length <= MAX_URL_LABEL_WORDS;
}

// No sentence ends at a day's number in a German date ("vom 08. November"), at an abbreviation
// ("Series vs. Parallel", "U.S. troops", "ép. 5"), or before a small letter or a digit; a
// title the page cut short ends at its dots.
const FIRST_SENTENCE = /^.{20,}?((?<!(^|\s)(\d{1,2}|vs|v|ép|[Nn]o|[Nn]r|St|Dr|Mr|Mrs|Ms|Jr|Sr|Prof|\p{Lu}(\.\p{Lu})+))[.!?](?=\s+[^\p{Ll}\p{N}]|$)|\.\.\.(?=\s))/u;

function shorten(text: string): string {
  const sentence = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  return `${sentence.slice(0, MAX_TITLE_CHARS).replace(/\s+\S*$/, '')}…`;
}
