import { isCommentPrompt, isFollowAsk, isNewsletterAsk, isNewsletterText, isShareAsk, isShareWord, isSignUpText } from './asks';
import { buttonWords, isAdLabel, isAdLine, isClickAsk, isControlLine } from './controls';
import { isReadMoreLine, isRelatedLabel } from './labels';
import { isDisclosureText, isNoticeText } from './notice-text';
import { isBioLabel, isContentsLabel, isContentsTitle, isTagsLabel } from './section-labels';
import { bioPerson } from './bio';
import { descendantsByTag, listed } from '../elements';
import { hrefLinks } from './links';
import type { Story } from './story';
import { countWords } from '../html-text';
import { keyOf, linkDensity, textOf, wordsOf } from './text';

export type LineKind = 'byline' | 'share' | 'newsletter' | 'readmore' | 'comments' | 'tags' | 'ad' | 'label' | 'bio' | 'notice';

const DATE =
  /\b(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}\.? (jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|août|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\.? \d{4}|\d{1,2}:\d{2})/i;
// The words a byline opens with, in the languages news sites use, and those of its reviewers.
const BY_LEAD =
  'by|written by|von|geschrieben von|par|écrit par|por|escrito por|di|door|av|przez|автор|edited by|reviewed by|fact[- ]checked by|medically reviewed by';
const BY = new RegExp(`^(${BY_LEAD})\\s*:?\\s+\\p{Lu}`, 'iu');
// "Stand" (German "as of") only before a colon or a digit: "Stand der Dinge" opens a sentence.
const UPDATED = /^(updated|last updated|published|posted|zuletzt aktualisiert|dernière mise à jour|última actualización|this entry was posted|aktualisiert|veröffentlicht|erstellt am|stand(?=:|\s+\d)|publié|mis à jour|publicado|actualizado|\d+ min(ute)?s?\.? read|reading time|lesezeit)\b/i;
// A reading-time stamp as its whole line ("3 MIN. READ", "Reading time: 4 minutes", "Lesezeit: 3 Min.")
// says nothing of the story wherever a page sets it; the reader shows its own.
const READING_TIME =
  /^\W*(~?\d+\s*min(ute)?s?\.?\s+(read|reading)|(estimated\s+)?(reading|read)\s+time\s*:?\s*(~|about\s+)?\d+\s*min(ute)?s?\.?|lesezeit\s*:?\s*(ca\.\s*)?\d+\s*min(uten)?\.?|temps de lecture\s*:?\s*\d+\s*min(utes)?|tiempo de lectura\s*:?\s*\d+\s*min(utos)?)\W*$/i;
// A page's view counter, as its whole line: "Post Views: 1.432", "37 views", "Aufrufe: 1120".
const VIEW_COUNT =
  /^((post |page )?views|aufrufe|seitenaufrufe|zugriffe|hits|vues|visitas|lecturas|wyświetlenia|просмотры)\s*:?\s*\d[\d.,\s]*$|^\d[\d.,]*\s+(views|aufrufe|vues|visitas|hits)$/i;
// A tag list the page left unlinked: "Tags: Employment, Health & Fitness", items without a sentence's stops.
const TAG_LIST = /:\s*[^,.!?:]{1,40}(,\s*[^,.!?:]{1,40})+$/;
// A byline's lead word left on its own line, its name set apart in a link or gone as a byline.
const BY_ALONE = new RegExp(`^(${BY_LEAD})\\s*:?$`, 'i');
// A byline that closes the page, as its whole line: the lead word and a name of one to four
// capitalized words ("Written by Cassidy Horton").
const BY_LINE = new RegExp(`^(?:${BY_LEAD})\\s*:?\\s+(.+)$`, 'i');
const NAME = /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}$/u;
// A follow ask names its networks and what they bring, in a sentence at most.
const MAX_FOLLOW_ASK_WORDS = 25;
// Byline and date lines are short; a longer line is the story's first sentence.
const MAX_BYLINE_WORDS = 16;
// A site notice is a few sentences; a longer paragraph that mentions rights or log-ins is the story's.
const MAX_NOTICE_WORDS = 60;
const NOTICE_CAP = MAX_NOTICE_WORDS + 1;

/**
 * What a short block outside the story's paragraphs is, when it is clutter; null otherwise.
 * `text` is the block's text, when the caller has read it already.
 */
export function classifyLine(el: Element, story: Story, byline: string | null, text = textOf(el)): LineKind | null {
  if (story.isCore(el)) return null;
  // Every rule here asks for a short line, a notice's length at most.
  const words = countWords(text, NOTICE_CAP);
  if (!text) return null;
  if (isShareBar(el, text)) return 'share';
  // Asked only where a rule needs it: most lines fail the rules before.
  const hasLink = () => hrefLinks(el).length > 0;
  if (isReadMoreLine(text) && words <= 30 && hasLink()) return 'readmore';
  if (words <= 3 && isAdLabel(text)) return 'ad';
  if (words <= 20 && isAdLine(text)) return 'ad';
  if (words <= 10 && isControlLine(text)) return 'share';
  if (isClickAsk(text) && isButton(el, text)) return 'share';
  if (words <= 12 && isShareAsk(text)) return 'share';
  if (words <= MAX_FOLLOW_ASK_WORDS && isFollowAsk(text)) return 'share';
  if (words <= 8 && !hasLongLink(el) && isRelatedLabel(text)) return 'label';
  if (words <= 6 && isBioLabel(text)) return 'bio';
  // A contents label left alone: its list was drawn by a script, or went as contents. Inside the
  // story only the title itself ("Table of Contents"); "In this article" may open a sentence there.
  if (words <= 5 && story.isBeforeStory(el) && isContentsLabel(text)) return 'label';
  if (words <= 3 && isContentsTitle(text)) return 'label';
  if (words <= 12 && isCommentPrompt(text)) return 'comments';
  const outside = story.isOutsideStory(el);
  // Beside the story a newsletter's name or a sign-up ask is its box; a sentence that only
  // mentions a newsletter may open a story about one.
  const signUpBox = outside && (words <= 3 || isSignUpText(text));
  if (words <= 30 && isNewsletterText(text) && (signUpBox || hasLink() || descendantsByTag(el, 'FORM', 'INPUT', 'BUTTON').length > 0)) return 'newsletter';
  if (isNewsletterAskLine(text, words)) return 'newsletter';
  if (words <= 3 && isByAlone(text)) return 'byline';
  if (story.isBeforeStory(el) && words <= MAX_BYLINE_WORDS && isBylineLine(el, text, byline)) return 'byline';
  if (words <= MAX_BYLINE_WORDS && isDateStamp(text)) return 'byline';
  if (VIEW_COUNT.test(text) || READING_TIME.test(text)) return 'byline';
  if (outside ? isNoticeLine(text, words) : isLabelledNotice(text, words)) return 'notice';
  if (!story.isAfterStory(el)) return null;
  if (words <= 6 && NAME.test(BY_LINE.exec(text)?.[1] ?? '')) return 'byline';
  if (bioPerson(text, byline)) return 'bio';
  if (isTagsLabel(text) && words <= 30 && (hasLink() || words <= 2 || TAG_LIST.test(text))) return 'tags';
  return null;
}

/** A site notice (rights, disclosures, log-in rules, support asks) short enough to be only that. */
export function isNoticeLine(text: string, words = countWords(text, NOTICE_CAP)): boolean {
  return words <= MAX_NOTICE_WORDS && isNoticeText(text);
}

// "Disclaimer:", "Disclosure:", "Note:" open a notice the site set inside the story as often as after it.
const NOTICE_LABEL = /^\W*(disclaimer|disclosure|note|editor['’]?s note|hinweis|haftungsausschluss|transparenzhinweis|avertissement|aviso|nota)\s*:/i;

/** A site notice that says so with its label ("Disclosure: this post contains affiliate links"): never the story's. */
export function isLabelledNotice(text: string, words?: number): boolean {
  // The label first: it is asked of every story paragraph, and counting their words cost more.
  return NOTICE_LABEL.test(text) && isNoticeLine(text, words ?? countWords(text, NOTICE_CAP));
}

/** A plain newsletter ask; it may run to a few sentences, as a notice does. */
export function isNewsletterAskLine(text: string, words?: number): boolean {
  if (words !== undefined) return words <= MAX_NOTICE_WORDS && isNewsletterAsk(text);
  // Asked of every story paragraph: the ask first, which few hold, and only then their words.
  return isNewsletterAsk(text) && countWords(text, NOTICE_CAP) <= MAX_NOTICE_WORDS;
}

/** A disclosure or browser warning short enough to be only that. */
export function isDisclosureLine(text: string): boolean {
  return countWords(text, NOTICE_CAP) <= MAX_NOTICE_WORDS && isDisclosureText(text);
}

// Under no link a click's words may head the story's own section ("Where to buy").
function isButton(el: Element, text: string): boolean {
  const linked = descendantsByTag(el, 'A', 'BUTTON').reduce((n, b) => n + textOf(b).length, 0);
  return linked >= buttonWords(text).length;
}

// A label may link to a section ("More from Politics"), but a long link is a headline.
function hasLongLink(el: Element): boolean {
  return listed(el.getElementsByTagName('a')).some((a) => wordsOf(a) > 3 && !isRelatedLabel(textOf(a)));
}

function isBylineLine(el: Element, text: string, byline: string | null): boolean {
  // A line ending in a colon introduces what follows; it is the story's.
  if (text.endsWith(':')) return false;
  if (el.getElementsByTagName('time').length || BY.test(text) || UPDATED.test(text)) return true;
  if (byline && keyOf(text).startsWith(keyOf(byline))) return true;
  return DATE.test(text) && wordsBesideDate(text) <= MAX_DATE_LINE_WORDS;
}

// A date line is the date and a few words ("Montag, 5. August 2019"); with more it is a sentence.
const MAX_DATE_LINE_WORDS = 4;
// "Von Micol Passariello", "By Anna de la Fuente": a name's few words after the "by".
const MAX_BY_WORDS = 5;

/** A line that only says who wrote a piece, or only when: "By Jane Doe", "Montag, 20. Juni 2022". */
export function isCreditOrDate(text: string): boolean {
  if (BY.test(text) && countWords(text, MAX_BY_WORDS + 1) <= MAX_BY_WORDS) return true;
  return isDateOnly(text);
}

/** A byline's lead word alone ("Written by", "By:"), its name set apart. */
export function isByAlone(text: string): boolean {
  return BY_ALONE.test(text);
}

const BY_OPENING = new RegExp(`^(${BY_LEAD}|author|autor|auteur)\\s*:?\\s+`, 'i');

/** `text` without the lead words of a byline: "Written by Jane Doe" gives "Jane Doe". */
export function withoutByLead(text: string): string {
  return text.replace(BY_OPENING, '');
}

/** A date, or a stamp that opens with what it dates or times: "Published on July 18, 2025", "5 min read". */
export function isDateOrStamp(text: string): boolean {
  return isDateOnly(text) || UPDATED.test(text);
}

// A weekday belongs to the date it names: "Erstellt am Dienstag, 6. Mai 2014" is a stamp.
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day,?$|^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?$|^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?$|^(lunes|martes|miércoles|jueves|viernes|sábado|domingo),?$/i;

// Every date in a line, to count the words beside them; compiled once, not per line.
const DATES = new RegExp(DATE.source, 'gi');
const LEADING_DATE = new RegExp(`^(${DATE.source})\\s*[|·•:–—-]?\\s*`, 'i');

/** `text` without the date it opens with ("11.01.2022Teams change …", "May 5, 2024 | …"). */
export function withoutLeadingDate(text: string): string {
  return text.replace(LEADING_DATE, '');
}

/** A line that is a date and nothing else: "Dec 28, 2025", "28.12.2025". */
export function isDateOnly(text: string): boolean {
  return DATE.test(text) && wordsBesideDate(text) === 0;
}

function wordsBesideDate(text: string, filler = WEEKDAY): number {
  return text.replace(DATES, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !filler.test(w)).length;
}

// What a stamp says around its date and time: "Last updated on May 2, 2024 at 07:44 PM IST".
const STAMP_WORD = new RegExp(`${WEEKDAY.source}|^(on|at|am|pm|a\\.m\\.|p\\.m\\.|um|uhr|le|à|el|a|las|de|[ecmp][sd]t|ist|gmt|utc|bst|cet|cest|mez|mesz)[,.]?$`, 'i');
const MAX_STAMP_WORDS = 1;

/** "Updated: 11.04.2020, 10:27" anywhere in the story: the stamp alone, nothing of the story. */
function isDateStamp(text: string): boolean {
  const lead = UPDATED.exec(text);
  return !!lead && DATE.test(text) && wordsBesideDate(text.slice(lead[0].length), STAMP_WORD) <= MAX_STAMP_WORDS;
}

const MAX_SHARE_BAR_CHARS = 80;
const SHARE_BAR_SEPARATOR = /\s*[|·•,]\s*|\s{2,}/;

/** A block of share buttons: every link or line in it is a share word. `text` is the block's text. */
function isShareBar(el: Element, text: string): boolean {
  if (controlsAllShare(el) && linkDensity(el, text) > 0.5) return true;
  // Most blocks open with no share word: that is read before the whole block is split.
  const first = text.split(SHARE_BAR_SEPARATOR, 2).find(Boolean);
  if (first === undefined || isShareWord(first)) {
    const parts = text.split(SHARE_BAR_SEPARATOR).filter(Boolean);
    if (parts.length >= 1 && parts.length <= 8 && parts.every(isShareWord)) return true;
  }
  // Buttons run together with single spaces: "SMS Facebook Twitter Email" (eight short words at most).
  if (text.length > MAX_SHARE_BAR_CHARS) return false;
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 8 && words.every(isShareWord);
}

/** Whether at least two of the block's links and buttons have words, all of them share words; most blocks fail at their first. */
function controlsAllShare(el: Element): boolean {
  let shares = 0;
  // By tag, links then buttons: the answer does not depend on their order, and the browser lists
  // each tag natively where a walk over the block's elements crossed into it for every one.
  for (const tag of ['a', 'button']) {
    for (const control of listed(el.getElementsByTagName(tag))) {
      const words = textOf(control);
      if (!words) continue;
      if (!isShareWord(words)) return false;
      shares++;
    }
  }
  return shares >= 2;
}
