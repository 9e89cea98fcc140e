import { squash } from './text';

const SHARE_WORD =
  /^(share|share (on|via|this)( \w+)?|tweet|post|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|mail|print|sms|bluesky|threads|flipboard|messenger|copy link|social share|teilen|mitteilen|twittern|drucken|partager|imprimer|compartir|imprimir|condividi|stampa|udostępnij|drukuj|поделиться)$/i;

// Asks to share, as their whole line: "Artikel teilen" inside a sentence is the story's. A blog's
// ask to pin it ("PIN FOR LATER") sits under the image it wants pinned.
const SHARE_ASK =
  /^((share|like) this|pin (it|this)( (here|now|for later|on pinterest))?|pin for later|save (it|this) (for later )?(on|to) pinterest|teilen mit|gefällt mir|(please )?share (this|the) (article|post|story|page)( with \w+)?|((möchten sie|möchtest du|willst du|wollen sie|jetzt) )?((den|diesen|dieses) )?(artikel|beitrag|seite|post) (mit (anderen|freunden) )?teilen(\/\w+)?|teile(n sie)? (diesen|den) (artikel|beitrag)|partage[rz]? (cet|l'|l’) ?article|compart(e|ir) (este|el) (artículo|post)|condividi (questo|l'|l’) ?articolo)\s*[?:!.]?$/i;

const NETWORK = 'twitter|x|facebook|instagram|linkedin|tiktok|threads|telegram|youtube|whatsapp|bluesky|mastodon|pinterest|snapchat|flipboard|google news';
// An ask to follow the site or its writer on a network, or to join them there, opening its line:
// "Follow us on Telegram, Facebook and X for the latest news", "Join me on TikTok", "Join our
// Facebook group". "Follow the campaign on Instagram" may be the story's.
const FOLLOW_ASK = new RegExp(
  `^\\W*((follow|join) (us|me)|folge(n sie)? (uns|mir)|síguenos|suivez[- ]nous|seguici|volg ons) (on|auf|en|sur|su|op) (${NETWORK}|social media|den sozialen medien|las redes sociales|les réseaux sociaux)\\b|^\\W*join (the|our|my) (${NETWORK}) (group|community|page|channel)\\b`,
  'i',
);
// Naming the site or the writer instead, the ask lists two networks or more: "Follow AP on
// Facebook, X and TikTok".
const FOLLOW_OPENING = /^\W*follow /i;
const FOLLOW_NAMED = new RegExp(`^\\W*follow (?:[\\p{L}\\p{N}&.'’-]+ ){1,4}on (?:${NETWORK})(?:, (?:${NETWORK}))*,? (?:and|&|or) (?:${NETWORK})\\b`, 'iu');

/** True for a line that asks the reader to share the story ("Share this article", "Artikel teilen"). */
export function isShareAsk(text: string): boolean {
  return SHARE_ASK.test(squash(text));
}

/** True for a line that opens with an ask to follow the site or its writer on social networks. */
export function isFollowAsk(text: string): boolean {
  // The plain test first: the Unicode one is the slower, and nearly every line fails both.
  return FOLLOW_ASK.test(text) || (FOLLOW_OPENING.test(text) && FOLLOW_NAMED.test(text));
}

/** True for the text of one share button. */
export function isShareWord(text: string): boolean {
  return SHARE_WORD.test(squash(text));
}

// Newsletter asks that say so outright, wherever they stand.
const NEWSLETTER_ASK =
  /(sign(ing)? up (to|for) (our|the) (free )?[\w\s]{0,30}newsletters?|subscribe to (our|the) [\w\s]{0,30}newsletters?|newsletter (abonnieren|bestellen)|abonnez-vous à (notre|la) newsletter|suscríbete a (nuestro|nuestra) (newsletter|boletín)|(delivered|sent|straight|right|directly) (right |straight |directly )?to your inbox|by (signing up|subscribing),? you (agree|acknowledge|consent)|enter(ing)? your email( address)? (below|you agree))/i;

/** True for a line that plainly asks the reader to sign up for a newsletter. */
export function isNewsletterAsk(text: string): boolean {
  return NEWSLETTER_ASK.test(text);
}

const SIGN_UP = /(sign up|subscribe|(in|to) your inbox|abonnieren|abonnez|suscríbete|iscriviti|zapisz się|подпишитесь)/i;

/** True for text that asks the reader to sign up for something. */
export function isSignUpText(text: string): boolean {
  return SIGN_UP.test(text);
}

/** True for text about a newsletter or asking the reader to sign up for something. */
export function isNewsletterText(text: string): boolean {
  return /newsletter/i.test(text) || SIGN_UP.test(text);
}

const COMMENT_PROMPT =
  /^(\d+\s+)?(comments?|leave a (comment|reply)|add a comment|join the (conversation|discussion)|post a comment|show comments|no comments|be the first to (comment|review)|schreibe(n sie)? den ersten kommentar|soyez le premier à commenter|keine kommentare|kommentare?|kommentieren|commentaires?|comentarios?|commenti|komentarze?|was this (article|page|post) (helpful|useful)|rate this|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)|hier können sie den artikel bewerten|artikel bewerten|\(?noch keine bewertungen|valora esta noticia|évaluer cet article)\b/i;

/** True for a short line inviting comments ("Leave a comment", "12 Comments"). */
export function isCommentPrompt(text: string): boolean {
  return COMMENT_PROMPT.test(squash(text));
}
