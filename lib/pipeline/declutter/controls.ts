import { squash, trimEndOf } from './text';

const AD_WORD = '(anzeige|advertisement|advertising|werbung|reklama|publicité|publicidad|pubblicità|sponsored( content)?|externer inhalt|ad)';
const AD_LABEL = new RegExp(`^[-–—(\\s]*${AD_WORD}[-–—:)\\s]*$`, 'i');
// "ANZEIGE - Heute mal ausgehen?": the label opens the ad's own line.
const AD_LINE = new RegExp(`^[-–—(\\s]*${AD_WORD}\\s*[-–—:|)]`, 'i');

/** True for an advertisement's label ("Anzeige", "Advertisement:"). */
export function isAdLabel(text: string): boolean {
  return AD_LABEL.test(squash(text));
}

// The marker an ad slot leaves in the text, as its whole line: "Story continues below
// advertisement", "Article Continues Below", "Weiterlesen nach der Anzeige", "La suite après cette publicité".
const AD_BREAK = new RegExp(
  `^(${[
    "(the )?(article|story|post|text|content) continues (below|after|under)( (this|the))?( (ad|advert|advertisement|sponsored content))?",
    'continue reading (below|after)( (this|the) (ad|advert|advertisement))?',
    '(der )?(artikel|text|beitrag) (wird|geht) (unter|nach) der (anzeige|werbung) (fortgesetzt|weiter)',
    '(weiterlesen|weiter) nach der (anzeige|werbung)',
    'lesen sie nach der (anzeige|werbung) weiter',
    "(la )?suite (de l'article )?après (cette|la) publicité",
    '(el artículo |la noticia )?(continúa|sigue) después de la publicidad',
    "(l'articolo )?continua dopo la pubblicità",
  ].join('|')})[.…:]*$`,
  'i',
);

/** True for a line that an advertisement label opens ("Anzeige – Jetzt bestellen …"), or an ad slot's marker. */
export function isAdLine(text: string): boolean {
  const line = squash(text);
  return AD_LINE.test(line) || AD_BREAK.test(line);
}

// Buttons and links that only work on the page: image viewers and galleries, back and to-top
// links, source toggles, ratings, PDF downloads, a recipe card's print and pin buttons; and the
// placeholders of parts the page loads later ("Loading image...").
const CONTROL_WORDS =
  /^((bild|foto|image|photo|galerie|gallery)( (anzeigen|schließen|vergrößern|öffnen|show|close|open|enlarge))?|(show|close|open|enlarge|view) (image|photo|gallery|fullscreen)|(show|hide) caption|skip to (the )?(bottom|end) of (the )?(list|page|article)|skip to (the )?(main )?content|zum inhalt springen|go to top|page load link|no (more )?posts( found)?|(mehr|weniger) anzeigen|(show|see|view) (more|less|all( \d+)?)|(print|jump to|pin|save|rate) (the )?recipe|rezept (drucken|merken|bewerten)|zum rezept( springen)?|imprimer la recette|imprimir (la )?receta|(bei|auf) pinterest (speichern|merken|pinnen)|save to pinterest|(print|imprimer|drucken|imprimir)( (this|cette|diese|esta) (page|seite|página))?|loading( [\w-]+)?\s*(\.\.\.|…)|vergrößern|schließen|enlarge|fullscreen|vollbild|zoom|(zum vergrößern|click to (enlarge|expand))( (auf|on) (das|the) (bild|image|photo))?( (bitte )?(an)?klicken| click)?[.…]*|(press enter or )?(click|tap) to view (the )?(image|photo)( in full (size|screen))?[.…]*|zurück( zur (übersicht|listenansicht|startseite))?|back to (top|overview|the list)|(quellen|sources?) (anzeigen|ausblenden|einblenden|show|hide)|(show|hide) sources|(artikel|beitrag) bewerten|rate this (article|story|post)|valora esta noticia|nach oben|to top|((dieses|diesen|den) (skript|artikel|beitrag) )?als pdf (herunterladen|downloaden)|download (as )?pdf|pdf download)( |$)/i;

// Buttons that ask for a click: a verb and what the click gets ("Check price", "Read full review",
// "Ver más"), or a stock phrase ("Book now", "Learn more", "Mehr erfahren").
const CLICK_VERB = /^(read|see|view|check|shop|buy|get|compare|ver|leer|lire|voir|zum|zur|jetzt)(?![\p{L}])/iu;
const CLICK_OBJECT = /(?<![\p{L}])(more|más|plus|mehr|reviews?|prices?|deals?|products?|produkt|quote|details|offers?|angebot)(?![\p{L}])/iu;
const CLICK_PHRASE =
  /^(learn more|book (now|online|today)|buy (it )?now|shop now|order now|download now|where to buy|get started( (today|now|for free))?|(book|schedule|request) (a|your) (free )?demo|start (a|your) free trial|try (it )?(for )?free|mehr erfahren|jetzt kaufen|weiterlesen|en savoir plus|lire la suite|leer más)$/i;
const MAX_CLICK_ASK_WORDS = 5;

/** A button's words, without the stop or arrow it may end with ("View Deal »"). */
export function buttonWords(text: string): string {
  return trimEndOf(squash(text), ' .!»›>→');
}

/** True for a button's words, asking for a click: never a title, and never the story's. */
export function isClickAsk(text: string): boolean {
  const line = buttonWords(text);
  if (!line || line.split(' ').length > MAX_CLICK_ASK_WORDS) return false;
  return CLICK_PHRASE.test(line) || (CLICK_VERB.test(line) && CLICK_OBJECT.test(line));
}

// A link within the page that leads back up ("Back to our top picks", "Zurück zum Inhaltsverzeichnis"),
// or past a block, as skip links do whatever they skip to ("Skip Course introduction block").
const BACK_UP = /^(back|return|zurück|retour|volver|torna) (up )?(to|zu[mr]?|à|au|a|al)\b/i;
const SKIP = /^(skip|springe zu|aller (au|à)|saltar (a|al)|vai a)\b/i;

/** True for the words of a link that jumps within the page (back up, or skip), as the link's whole text. */
export function isPageJump(text: string): boolean {
  const words = squash(text);
  return BACK_UP.test(words) || SKIP.test(words);
}

/** True for a line made only of such controls ("Bild anzeigen Bild schließen", "Zurück"). */
export function isControlLine(text: string): boolean {
  let rest = squash(text);
  if (!rest) return false;
  for (let match = CONTROL_WORDS.exec(rest); match; match = CONTROL_WORDS.exec(rest)) {
    rest = rest.slice(match[0].length);
    if (!rest) return true;
  }
  return false;
}
