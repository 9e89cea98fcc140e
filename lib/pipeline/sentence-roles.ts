// What news pages put around and inside the story that is not the story: datelines, bylines,
// photo captions and credits, sign-up boxes, question hooks. The summarizer reads the story text
// only, so it recognizes these from the words alone.

// "KYIV, Aug 13 (Reuters) - ", "WASHINGTON (AP) — ", "Berlin (dpa) - ", "(CNN) — ".
const DATELINES = [
  /^[\p{Lu}][\p{Lu}\p{M}'’. -]{2,40}(?:,[\p{L}\p{N} .]{1,30})?\s*(?:\([^()]{1,40}\))?\s*[-–—]+\s+/u,
  /^[\p{Lu}][\p{L}\p{M}'’. -]{1,40}(?:,[\p{L}\p{N} .]{1,30})?\s*\([^()]{1,40}\)\s*[-–—:]+\s+/u,
  /^\([^()]{1,30}\)\s*[-–—]+\s+/u,
];
const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|Di|Door|Av|Przez|From)\s+\p{Lu}/u;
const AGENCY_CREDIT = /\b(?:AP|AFP|REUTERS|Reuters|EPA|dpa|Getty Images|Xinhua)\s*\/|\/\s*(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|dpa)\b/;
// The rest are matched against lowercased text: case-insensitive Unicode regexes are many
// times slower, and the summarizer tests every sentence of a story's opening.
const BOILERPLATE = new RegExp(
  [
    // Photo credits and captions, agency sign-offs.
    '\\b(?:photo|foto|image|bild|picture|credit|illustration)s?\\s*(?:by\\b|:|©)', '©', '\\bimage (?:source|caption)',
    '\\b(?:reporting|editing|writing) by\\b', '\\badditional reporting',
    // Who is where in a photo: "(left)", "(links)", "v. l. n. r.", "from left".
    '\\((?:left|right|cent(?:er|re)|pictured|links|rechts|mitte|im bild|gauche|droite|izquierda|derecha)\\)',
    '\\bv\\. ?l\\. ?n\\. ?r\\.', '\\b(?:from|von) links\\b',
    // Sign-up boxes, teasers and other promotions.
    ...['sign up', 'subscribe\\b', 'newsletter', 'click here', 'read more', 'follow us', 'download (?:the|our) app',
      'all rights reserved', 'cookies', 'advertisement', 'melden sie sich', 'abonnier', 'lesen sie auch',
      'mehr zum thema', 'inscrivez-vous', 'abonnez-vous', 'lire aussi', 'suscr[ií]b', 'reg[ií]strate',
      'lee también', 'leggi anche', 'iscriviti', 'also read', 'related:', 'see also', 'siehe auch', 'voir aussi',
      'ver también', 'leia também'].map((phrase) => `\\b${phrase}`),
    // Links and e-mail addresses.
    'https?://', 'www\\.\\w', '\\w@\\w[\\w-]*\\.\\w',
    // Program code that the extractor kept as text.
    '[{}]', ':=', '=>', '\\(\\)', '[!=]==?\\s', '&&', '\\|\\|',
  ].join('|'),
);
// "Updated 12:30 p.m.", "Stand: 26. Februar 2020, 12:30 Uhr", "Article mis à jour le 7 janvier 2020."
const TIMESTAMP =
  /(?:\b(?:updated|published|posted|last modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato)|\bstand(?: des artikels)?:).*\d/;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// A caption ends with its place and date: "… in Sumy region, Ukraine August 13, 2024."
const CAPTION_DATE = new RegExp(`\\p{Lu}[\\p{L}.]*,? ${MONTH} \\d{1,2}, \\d{4}\\.?$`, 'u');

/** The sentence without a leading dateline ("KYIV, Aug 13 (Reuters) - "). */
export function stripDateline(sentence: string): string {
  for (const pattern of DATELINES) {
    const match = pattern.exec(sentence);
    // A dateline is a place and a source, not the start of the story's own words.
    if (match && match[0].split(/\s+/).length <= 8) return sentence.slice(match[0].length);
  }
  return sentence;
}

/** True for a byline, timestamp, photo caption or credit, promotion, link or code: never story prose. */
export function isClutter(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const short = sentence.split(/\s+/).length < 15;
  return (
    (short && (BYLINE.test(sentence) || TIMESTAMP.test(lower))) ||
    BOILERPLATE.test(lower) ||
    (sentence.includes('/') && AGENCY_CREDIT.test(sentence)) ||
    // Only the end can hold a caption's date; matching there keeps long sentences cheap.
    CAPTION_DATE.test(sentence.slice(-60))
  );
}

/** True for a question, which hooks the reader rather than telling the news. */
export function isQuestion(sentence: string): boolean {
  return /[?？؟]["'”’»)\]]*$/u.test(sentence);
}

/** True when the sentence ends as prose does; headings, labels and lead-ins to lists do not. */
export function endsAsProse(sentence: string): boolean {
  return /[.!。！…]["'”’»)\]]*$/u.test(sentence);
}
