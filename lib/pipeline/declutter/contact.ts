import { descendantsByTag, listed, SUBHEADINGS } from '../elements';
import { isHeading, textOf, wordsOf } from './text';

// "Kontakt:", "Pressekontakt", "Media contact", "Ansprechpartnerin zum Thema:".
const CONTACT_LABEL =
  /^(kontakt|presse ?kontakt|medien ?kontakt|(ihr(e)? )?ansprechpartner(in|innen)?( zum thema)?|contacts?|media contacts?|press contacts?|media inquiries|contacto( de prensa)?|contact presse|contatti|kontakty?)\s*:?$/i;
// What a contact box holds: an e-mail address or a telephone number.
const CONTACT_DETAIL = /[\w.+-]+@[\w-]+\.[\w.]+|\b(tel|telefon|telephone|phone|fon|tél|teléfono)\b\.?:?\s*\+?\(?\d|\+\d{2}[\d\s/().-]{6,}/i;
// A press contact is a few names and numbers; more text under the label is the story's.
const MAX_CONTACT_WORDS = 100;

/**
 * Press contact boxes: a "Kontakt:" or "Media contact" line and what follows it to the end of its
 * container, short and holding an e-mail address or a phone number. Another heading after it
 * means the page goes on with something else, so the box ends there.
 */
export function findContactSections(root: Element): Element[][] {
  const sections: Element[][] = [];
  for (const label of descendantsByTag(root, 'P', ...SUBHEADINGS, 'DT')) {
    const text = textOf(label);
    if (text.length > 40 || !CONTACT_LABEL.test(text)) continue;
    const section = [label];
    let words = 0;
    for (let next = label.nextElementSibling; next && !isHeading(next); next = next.nextElementSibling) {
      section.push(next);
      words += wordsOf(next);
    }
    const details = section.slice(1).some((el) => CONTACT_DETAIL.test(textOf(el)) || listed(el.getElementsByTagName('a')).some(isContactLink));
    if (section.length > 1 && words <= MAX_CONTACT_WORDS && details) sections.push(section);
  }
  return sections;
}

function isContactLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href.startsWith('mailto:') || href.startsWith('tel:');
}
