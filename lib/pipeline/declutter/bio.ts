import { descendantsByTag, SUBHEADINGS } from '../elements';
import { countWords } from '../html-text';
import { isRelatedLabel } from './labels';
import { isBioLabel } from './section-labels';
import { keyOf, textOf, wordsOf } from './text';

// An author box is a sentence or three; a longer section under the name is the story's own
// (an interview's "About Jane Doe" part).
const MAX_BIO_WORDS = 100;
// "Über Simon Dückert", "About Jane Doe": the label with a name of two to four capitalised words.
const ABOUT_NAME = /^([Üü]ber|[Aa]bout|[Àà] propos de|[Ss]obre) (\p{Lu}[\p{L}.'’-]*\s?){2,4}$/u;
// A bio paragraph is a few sentences; the longest seen run to about 110 words.
const MIN_BIO_PARAGRAPH_WORDS = 12;
const MAX_BIO_PARAGRAPH_WORDS = 130;
// Lowercase words inside a name: "Marna van der Merwe", "Ursula von der Leyen", "Luca de Meo".
const NAME_PARTICLE = 'van|von|der|den|de|del|della|da|di|du|la|le|ter|ten|bin';
// A name of one to five capitalised words or particles, maybe with credentials or a post ("Matt
// Frankel, CFP,", "Amanda Furrer, Editor, Running Reviews,", "Geri Mileva, an experienced engineer
// and writer at …,"), then what the person is or does: "Jane Doe is a staff writer", "Jean Dupont est
// journaliste", "Jean-Luc started CNX Software in 2010".
const NAME_THEN_VERB = new RegExp(
  String.raw`^((\p{Lu}[\p{L}'’.-]*|${NAME_PARTICLE})\s){0,4}\p{Lu}[\p{L}'’-]+((, [^,]{1,40}){1,3},|, (a|an|the) [^,]{1,100},)? (is|was|has been|has|joined|writes|covers|serves|specializes|started|founded|studied|graduated|holds|lives|manages|leads|oversees|ist|war|arbeitet|schreibt|studierte|lebt|est|écrit|es|escribe|trabaja)\b`,
  'u',
);
// Where the name ends: at its first comma, or at a lowercase word that is not one of a name's.
const NAME_END = new RegExp(String.raw`,| (?!(${NAME_PARTICLE}) )\p{Ll}`, 'u');
// A first name alone may be a brand's ("QCY is embracing …"); a person's bio goes on with "she" or "his".
const PERSONAL = /\b(he|she|his|her|him)\b/i;
// Verbs that tell of anyone ("started", "lives"): a bio only under the byline's own name.
const LIFE_VERB = /^(started|founded|studied|graduated|holds|lives|manages|leads|oversees|studierte|lebt)$/;
// The box's label opening its own paragraph: "About the author: Jane Doe is …", "Zur Person Max …".
const LABELLED_BIO = /^(about the authors?|über (den autor|die autorin)|zur person|à propos de l'auteur|sobre el autor|o autorze)\s*:?\s+/i;
// Without the byline to match, the name must be one of the trade ("… is a staff writer", "… ist
// Redakteurin"), or a story's closing "The mayor is a former teacher" would read as a bio.
const WRITING_TRADE =
  /\b(is|was|ist|war|est|es) (a |an |the |ein |eine |un |une |una |el |la )?([\p{L}'’&.-]+ ){0,6}?(writer|journalist|reporter|editor|author|contributor|columnist|correspondent|freelancer|blogger|copywriter|redakteur(in)?|journalist(in)?|autor(in)?|korrespondent(in)?|journaliste|rédact(eur|rice)|periodista|redactor(a)?)\b/iu;

/**
 * Author boxes set under a heading that names the author ("About the author", "Über Simon
 * Dückert", the byline's own name, or a name linking to the author's page): each heading with
 * the short text after it. The text runs to the end of its container or to a "More by …" label
 * (left for the tail rule, which reads the author's teasers after it); another heading after it
 * means a section of the story. The caller keeps them out of the story's paragraphs and removes
 * those that sit after the story.
 */
export function findBioSections(root: Element, byline: string | null): Element[][] {
  const name = byline ? keyOf(byline) : '';
  const sections: Element[][] = [];
  for (const heading of descendantsByTag(root, ...SUBHEADINGS)) {
    const text = textOf(heading);
    if (!isBioLabel(text) && !ABOUT_NAME.test(text) && !(name && keyOf(text) === name) && !isAuthorLink(heading, text)) continue;
    const section = [heading];
    let words = 0;
    let endsAtHeading = false;
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
      if (isRelatedLabel(textOf(next))) break;
      endsAtHeading = SUBHEADINGS.includes(next.tagName);
      if (endsAtHeading) break;
      section.push(next);
      words += wordsOf(next);
    }
    if (!endsAtHeading && section.length > 1 && words <= MAX_BIO_WORDS) sections.push(section);
  }
  return sections;
}

// An author's own page: "/author/jane-doe/", "/autoren/jane-doe", "/staff/jdoe".
const AUTHOR_PAGE = /\/(authors?|autor(en|in)?|auteurs?|staff|contributors?|profiles?|writers?|journalists?)\/[^/?#]+/i;

/** A heading that is only the link to an author's page: the name over an author box. */
function isAuthorLink(heading: Element, text: string): boolean {
  const links = heading.getElementsByTagName('a');
  return links.length === 1 && textOf(links[0]) === text && AUTHOR_PAGE.test(links[0].getAttribute('href') ?? '');
}

/**
 * The person a plain-paragraph author bio introduces ("Jane Doe is a staff writer at …"), as a
 * key, or null: a short paragraph that opens with a name and what the person is, where the name
 * is the byline's or the sentence names a writing trade.
 */
export function bioPerson(text: string, byline: string | null): string | null {
  const name = bioName(text, byline);
  return name && keyOf(name);
}

/** The name a bio paragraph opens with, as written ("Jane Doe"), or null; see `bioPerson`. */
function bioName(text: string, byline: string | null): string | null {
  const labelled = LABELLED_BIO.exec(text);
  // A name follows the label; "About the author of the report, …" is a sentence.
  const afterLabel = labelled && text.slice(labelled[0].length);
  if (afterLabel && /^\p{Lu}/u.test(afterLabel)) return isBioLength(text) ? afterLabel.split(' ', 2).join(' ') : null;
  // The anchored pattern first: it turns most blocks away at their first words.
  const opening = NAME_THEN_VERB.exec(text);
  if (!opening) return null;
  if (!isBioLength(text)) return null;
  const named = opening[0].slice(0, opening[0].search(NAME_END));
  const person = keyOf(named);
  const fullName = named.includes(' ');
  if (byline) {
    const namesByline = fullName ? keyOf(byline).includes(person) || isShortName(named, byline) : isFirstName(person, byline) && PERSONAL.test(text);
    if (namesByline) return named;
  }
  // Without the byline, a full name that says what the person is: "Irene is …" may be anyone.
  if (!fullName || LIFE_VERB.test(opening[opening.length - 1])) return null;
  const firstSentence = text.slice(0, text.search(/[.!?](\s|$)/) + 1 || undefined);
  return WRITING_TRADE.test(firstSentence) ? named : null;
}

function isBioLength(text: string): boolean {
  const words = countWords(text, MAX_BIO_PARAGRAPH_WORDS + 1);
  return words >= MIN_BIO_PARAGRAPH_WORDS && words <= MAX_BIO_PARAGRAPH_WORDS;
}

/**
 * True when `person` (a key) is the first of the byline's names: "Irene" of "Irene Okpanachi", or a
 * byline of the first name alone; the caller asks for "she" or "his" too, as a company's name has none.
 */
function isFirstName(person: string, byline: string): boolean {
  return keyOf(bylineNames(byline)[0] ?? '') === person;
}

/** True when `named` is the byline's person by a short first name: "Matt Frankel" of "Matthew Frankel, CFP". */
function isShortName(named: string, byline: string): boolean {
  const words = named.split(' ').map(keyOf);
  const [first, last] = [words[0], words[words.length - 1]];
  const names = bylineNames(byline).map(keyOf);
  const at = names.indexOf(last);
  return at > 0 && first.length > 1 && names[at - 1].startsWith(first);
}

function bylineNames(byline: string): string[] {
  return byline.replace(/^by\s+/i, '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The story's first core paragraph when it is the byline's own author bio, set above the story
 * (an author box in the page's header). Only the byline's name counts there: a news story may
 * well open with "Jane Doe is a reporter who was detained …" about someone else.
 */
export function findOpeningBios(cores: Element[], byline: string | null): Element[][] {
  const first = cores[0];
  if (!byline || cores.length < 2) return [];
  const person = bioPerson(textOf(first), byline);
  return person && keyOf(byline).includes(person) ? [[first]] : [];
}

// A blog's author box often greets the reader and says who is writing: "Hi there! I'm Shivya, and
// I started this travel blog …", "Hallo, ich bin Foodbloggerin …". A post may open so too, so
// only a closing one counts.
const GREETING = /^(hi|hey|hello|hallo|hej|salut|hola)( there| everyone| friends)?[,!.]*\s+(i['’]m|i am|ich bin|my name is|je suis|soy)\s+([\p{L}'’-]+)/iu;

/** The name (or first word) a greeting bio gives its writer by, or null. */
function greetedName(text: string): string | null {
  const greeting = GREETING.exec(text);
  return greeting && isBioLength(text) ? greeting[4] : null;
}

// An author box may go on for a paragraph or two after the one that names what the person is:
// "Karina holds an MBA …", "When she's not writing, Karina …".
const MAX_BIO_CONTINUATIONS = 2;

/**
 * The story's last core paragraphs that are author bios, each with the line of the bare name
 * above it when there is one, and the paragraphs after it that go on about the same person by
 * name. A bio reads like a story paragraph, so it would otherwise mark the story's end; the
 * caller finds the story again without them, and removes them after it.
 */
export function findClosingBios(cores: Element[], byline: string | null): Element[][] {
  const found: Element[][] = [];
  // Paragraphs below a bio are only taken once the bio above them is found.
  let after: Element[] = [];
  for (let i = cores.length - 1; i >= 0; i--) {
    const text = textOf(cores[i]);
    const name = bioName(text, byline) ?? greetedName(text);
    if (!name) {
      if (after.length === MAX_BIO_CONTINUATIONS || !isBioLength(text)) break;
      after.unshift(cores[i]);
      continue;
    }
    if (!after.every((el) => namesPerson(textOf(el), name))) break;
    const above = cores[i].previousElementSibling;
    const box = above && keyOf(textOf(above)) === keyOf(name) ? [above, cores[i]] : [cores[i]];
    found.unshift([...box, ...after]);
    after = [];
  }
  return found;
}

/** A paragraph that goes on about `name`'s person: it calls them by their first or last name. */
function namesPerson(text: string, name: string): boolean {
  const words = new Set(text.match(/\p{L}+/gu));
  return name.split(' ').some((part) => part.length > 1 && words.has(part));
}
