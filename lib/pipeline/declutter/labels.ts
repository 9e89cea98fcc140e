import { squash, trimEndOf } from './text';

// Short lines that open a block of links to other stories, in the languages news sites use;
// matched at the line's start.
const RELATED_LABEL = new RegExp(
  `^(${[
    'more (from|on|about|in|stories|news|articles|coverage|to read)\\b',
    'more (great |top )?[\\w-]+ (stories|articles|reads)$',
    '(audios?|vid[ée]os?) (and|et|und|y) (audios?|vid[ée]os?) (on the topic|sur le sujet|zum thema|sobre el tema)',
    'related( (stories|articles|content|coverage|news|reading|posts|topics|links))?$',
    'related (stories|articles|posts|links|reading|resources|guides) (and|&) ',
    'related (stories|articles|posts|reading) (from|on) ([\\w-]+\\.[a-z]{2,}|(the )?[\\w&’\' -]{1,30} (blog|site|website))$',
    'related (stories|articles|posts|reading) (that|you) (may|might)\\b',
    'up next$',
    'posts? navigation$',
    'keep reading$',
    'more like this$',
    'what (others|other readers|people|readers) are reading( now)?$',
    '(this|these) (might|may) (also )?(be )?interest',
    'read (more|next|also)\\b',
    'most (read|popular|viewed|shared|commented)',
    'recommended( for you| stories| reading)?$',
    'you (may|might) (also )?(like|enjoy|be interested)',
    "don'?t miss",
    'trending( now| stories)?$',
    'see also',
    'also read',
    'further reading',
    'popular (stories|now|articles)',
    'top stories',
    '(latest|recent) (news|stories|articles|posts)$',
    'editor.?s picks',
    'related (coverage|videos?)',
    'ähnliche (beiträge|artikel|themen)',
    'auch lesen',
    'schon gelesen',
    'weitere (beiträge|artikel|themen|nachrichten|news|links)',
    'weiterführende[rn]? links?',
    'zum weiterlesen',
    'mehr themen',
    'neueste (artikel|beiträge)',
    'das (thema )?könnte (dich|sie) (auch )?interessieren',
    'lesen sie hier',
    'le puede interesar',
    'también te puede interesar',
    'veja também',
    'à voir aussi',
    'voir aussi',
    'na ten temat',
    'polecamy',
    'what to read next',
    'à lire (aussi|également)',
    'lire aussi',
    'sur le même sujet',
    'mehr zum thema',
    'mehr (aus|von|zu|aus dem ressort)\\b',
    'lesen sie (auch|mehr)',
    'auch interessant',
    'das könnte sie (auch )?interessieren',
    'weitere artikel',
    'meist-?(gelesen|diskutiert|kommentiert)',
    'leer? más',
    'lea (más|también)',
    'más (leíd|vist|comentad|compartid)[oa]s$',
    'te puede interesar',
    'noticias relacionadas',
    'leia (também|mais)',
    'veja também',
    'leggi anche',
    'potrebbe interessarti',
    'czytaj (też|także|więcej)',
    'zobacz (też|także)',
    'читайте также',
    'по теме',
    '相关(阅读|新闻|文章)',
    '関連記事',
    '관련 ?기사',
    'اقرأ أيضا',
    '(heute |auch )?empfehlen wir',
    'wir empfehlen',
    'unsere empfehlung(en)?',
    'empfehlungen (aus|der|für)\\b',
    'we recommend',
    '(next|previous) (article|story|post)$',
    'also in (the )?news$',
    'vorheriger (artikel|beitrag)',
    'article précédent',
    '(artículo|noticia) anterior',
    'nächster (artikel|beitrag)',
    'article suivant',
    'siguiente (artículo|noticia)',
    'nos recommandations',
    'recomendamos',
  ].join('|')})`,
  'iu',
);

// Longer than this, a line is a sentence that happens to contain "related", not a label.
const MAX_LABEL_WORDS = 8;

/** True for a heading or short line that opens a list of other stories ("More from …"). */
export function isRelatedLabel(text: string): boolean {
  const line = trimEndOf(squash(text), ':：»›>→-–—.').trim();
  if (!line || line.split(' ').length > MAX_LABEL_WORDS) return false;
  return RELATED_LABEL.test(line);
}

// A sentence that opens the list after it ("You may also be interested in the following articles:")
// says what a label says, in more words, and ends with a colon where its list begins.
const MAX_INTRO_WORDS = 14;

/** True for a line that introduces a list of other stories in a sentence, colon last. */
export function isRelatedIntro(text: string): boolean {
  // Asked of every line that nothing else took: the colon first, before any copy is made.
  if (!/[:：]\s*$/.test(text)) return false;
  const line = squash(text);
  return line.split(' ').length <= MAX_INTRO_WORDS && RELATED_LABEL.test(line.replace(/[:：]+$/, ''));
}

// "Read more: <link>" lines inside a story point at another story ("Read: <link>" too).
const READ_MORE_LINE =
  /^(read|read (more|also|next)|see also|also read|related|more|à lire aussi|lire aussi|lesen sie (auch|mehr)|mehr zum thema|auch interessant|leer? más|lea (más|también)|leia também|leggi anche|czytaj (też|także|więcej)|читайте также)\s*[:：»›>→\-–—]/iu;

// "Read our full <review>", "See the complete <guide>": a verb that sends the reader on to a
// piece, with no separator; the determiner makes it a pointer, not the start of a sentence.
const SEND_OFF = /^(read|see|check out|watch)\s+(our|my|the)(\s+(full|complete|in-depth|detailed|entire))?$/i;

/** True for the words before a link that send the reader on to it ("Read our full"). */
export function isSendOff(lead: string): boolean {
  return SEND_OFF.test(squash(lead));
}

/** True for a "Read more: …" line, the label and its link together. */
export function isReadMoreLine(text: string): boolean {
  return READ_MORE_LINE.test(squash(text));
}

/** `text` without the "Read more:" label it opens with, if any. */
export function withoutReadMoreLabel(text: string): string {
  return squash(text).replace(READ_MORE_LINE, '').trim();
}

const SHARE_WORD =
  /^(share|share (on|via|this)( \w+)?|tweet|post|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|mail|print|sms|bluesky|threads|flipboard|messenger|copy link|social share|teilen|mitteilen|twittern|drucken|partager|imprimer|compartir|imprimir|condividi|stampa|udostępnij|drukuj|поделиться)$/i;

// Asks to share, as their whole line: "Artikel teilen" inside a sentence is the story's. A blog's
// ask to pin it ("PIN FOR LATER") sits under the image it wants pinned.
const SHARE_ASK =
  /^((share|like) this|pin (it|this)( (here|now|for later|on pinterest))?|pin for later|save (it|this) (for later )?(on|to) pinterest|teilen mit|gefällt mir|(please )?share (this|the) (article|post|story|page)( with \w+)?|((möchten sie|möchtest du|willst du|wollen sie|jetzt) )?((den|diesen|dieses) )?(artikel|beitrag|seite|post) (mit (anderen|freunden) )?teilen(\/\w+)?|teile(n sie)? (diesen|den) (artikel|beitrag)|partage[rz]? (cet|l'|l’) ?article|compart(e|ir) (este|el) (artículo|post)|condividi (questo|l'|l’) ?articolo)\s*[?:!.]?$/i;

const NETWORK = 'twitter|x|facebook|instagram|linkedin|tiktok|threads|telegram|youtube|whatsapp|bluesky|mastodon|pinterest|snapchat|flipboard|google news';
// An ask to follow the site or its writer on a network, opening its line: "Follow us on Telegram,
// Facebook and X for the latest news". "Follow the campaign on Instagram" may be the story's.
const FOLLOW_ASK = new RegExp(
  `^\\W*(follow (us|me)|folge(n sie)? (uns|mir)|síguenos|suivez[- ]nous|seguici|volg ons) (on|auf|en|sur|su|op) (${NETWORK}|social media|den sozialen medien|las redes sociales|les réseaux sociaux)\\b`,
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

const TAGS_LABEL = /^(tags|topics|themen( im (artikel|beitrag))?|schlagwörter|schlagworte|mots-clés|etiquetas|tag|argomenti|tematy|теги|topics in this (article|story))\s*:?/i;

/** True for a line that labels the story's tag list ("Tags:", "Themen"). */
export function isTagsLabel(text: string): boolean {
  return TAGS_LABEL.test(squash(text));
}

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
  /^((bild|foto|image|photo|galerie|gallery)( (anzeigen|schließen|vergrößern|öffnen|show|close|open|enlarge))?|(show|close|open|enlarge|view) (image|photo|gallery|fullscreen)|(show|hide) caption|skip to (the )?(bottom|end) of (the )?(list|page|article)|skip to (the )?(main )?content|zum inhalt springen|go to top|page load link|no (more )?posts( found)?|(mehr|weniger) anzeigen|(show|see|view) (more|less|all( \d+)?)|(print|jump to|pin|save|rate) (the )?recipe|rezept (drucken|merken|bewerten)|zum rezept( springen)?|imprimer la recette|imprimir (la )?receta|(bei|auf) pinterest (speichern|merken|pinnen)|save to pinterest|(print|imprimer|drucken|imprimir)( (this|cette|diese|esta) (page|seite|página))?|loading( [\w-]+)?\s*(\.\.\.|…)|vergrößern|schließen|enlarge|fullscreen|vollbild|zoom|(zum vergrößern|click to (enlarge|expand))( (auf|on) (das|the) (bild|image|photo))?( (bitte )?(an)?klicken| click)?[.…]*|zurück( zur (übersicht|listenansicht|startseite))?|back to (top|overview|the list)|(quellen|sources?) (anzeigen|ausblenden|einblenden|show|hide)|(show|hide) sources|(artikel|beitrag) bewerten|rate this (article|story|post)|valora esta noticia|nach oben|to top|((dieses|diesen|den) (skript|artikel|beitrag) )?als pdf (herunterladen|downloaden)|download (as )?pdf|pdf download)( |$)/i;

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

// A link within the page that leads back up ("Back to our top picks", "Zurück zum Inhaltsverzeichnis").
const BACK_UP = /^(back|return|zurück|retour|volver|torna) (up )?(to|zu[mr]?|à|au|a|al)\b/i;

/** True for the words of a link back up the page, as the link's whole text. */
export function isBackUp(text: string): boolean {
  return BACK_UP.test(squash(text));
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

const BIO_LABEL = /^(about the author|authors?|autor(in|en|innen)?|verfasser(in)?|zur person|über den autor|über die autorin|à propos de l'auteur|sobre el autor|o autorze)\s*:?$/i;
// The link an author box closes with, to the author's page.
const AUTHOR_PAGE_LINK = /^(view (all )?posts|view (the )?author( page| profile)?|(more|all) (posts|articles|stories) by [^.]{1,40})$/i;

/** True for the heading of an author bio ("About the author", "Autoren:"), or its link to the author's page ("View all posts"). */
export function isBioLabel(text: string): boolean {
  const line = squash(text);
  return BIO_LABEL.test(line) || AUTHOR_PAGE_LINK.test(line);
}

// "Table of contents", "Inhaltsverzeichnis", "Sommaire", "In this article" above a list of jump links.
const CONTENTS_LABEL =
  /^(table of contents?|contents|in this (article|post|guide)|on this page|jump to|skip to|inhalt|inhaltsverzeichnis|inhaltsübersicht|sommaire|table des matières|dans cet article|índice|contenido|indice|sommario|spis treści|содержание|目次|目录)\b.{0,20}$/i;

/** A line that titles a table of contents. */
export function isContentsLabel(text: string): boolean {
  return CONTENTS_LABEL.test(squash(text));
}

// The title alone, with nothing of a sentence: "Table of Contents", never "Contents of the report".
const CONTENTS_TITLE = /^(table of contents?|contents|inhaltsverzeichnis|inhaltsübersicht|sommaire|table des matières|índice|indice|sommario|spis treści|содержание|目次|目录)\s*:?$/i;

/** A table of contents' title and nothing more, wherever it stands. */
export function isContentsTitle(text: string): boolean {
  return CONTENTS_TITLE.test(squash(text));
}

// Ad and affiliate disclosures: the site's notice wherever it stands, above the story as often as below.
const DISCLOSURE =
  /(advertising disclosure|affiliate[- ](links?|disclosure|partner)|es handelt sich um affiliate|(beitrag|artikel|post) enthält (werbung|affiliate)|(may|we|will|might|could) (receive|earn) (a |an )?(small )?(affiliate )?(compensation|commissions?)|(we|i) (may|might|could) be compensated|earns? us (a |an )?(small )?commission|provisionslinks?|(erhalten|bekommen|verdienen) (wir )?(dafür )?(eine |ggf\. |gegebenenfalls )?provision|erhält .{0,40}provision|provision (erhält|erhalten|bekommt|bekommen)|advertising disclaimer)/i;

// Notes on the page rather than the story: how its content is reviewed ("… is committed to
// providing accurate information", "our editorial policy"), and warnings about the reader's browser.
const PAGE_NOTE =
  /((you are|you're) using (an? )?(outdated|older|old|unsupported) (version of (your )?)?(web )?browser|internet explorer( \d+)? (or older|is no longer supported|is not supported)|(upgrade|update) your (web )?browser|your browser (is out of date|is (not|no longer) supported)|our editorial (policy|standards|guidelines)|(is|are) committed to (providing|delivering|bringing|giving) .{0,80}(accurate|objective|trustworthy|unbiased|up-to-date|reliable))/i;

/** True for an ad, affiliate or editorial disclosure ("We may earn a commission …"), or a browser warning: never story text. */
export function isDisclosureText(text: string): boolean {
  return DISCLOSURE.test(text) || PAGE_NOTE.test(text);
}

// Site notices that close an article: log-in and comment rules, spam filters, support, donation
// and membership asks, paywalls, rights and trademarks, opinion and advice disclaimers,
// republishing notes, app promotions, follow and channel asks, calls for letters and tips,
// transcript notes, blog post footers, cookie banners, the credit line of a story made with a
// partner ("This story … was produced by The Hechinger Report"); and the disclosures above.
const NOTICE =
  /(logged in to (post|comment)|log in to (comment|reply)|eingeloggt sein|anmelden, um|akismet|enjoyed (reading )?this (post|article)|consider supporting|already (have an account|a (subscriber|member))\?|unlock (this|the full) (article|story)|support our (work|journalism|mission)|unterstütze(n sie)? uns\b|(brauchen|benötigen) wir (deine|ihre|eure) unterstützung|unterstützungsmöglichkeiten|spenden sie (jetzt|hier)|jetzt (mit paypal )?spenden|apoya (el|nuestro|al) periodismo|(one-off|one-time|monthly|recurring) (donations?|contributions?)|^(donate|spenden|faire un don|donar)( now| jetzt)?!?$|pour lire la suite|to continue reading|weiterlesen mit|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony|unter der lizenz|under (a|the) creative commons|follow (us|the [\w ]{1,30}) on (twitter|facebook|instagram|x|linkedin|tiktok|threads)|follow (me|us) on social media|\bi (receive|earn) (direct )?(financial )?compensation|(is|are) (a )?registered trademarks? (of|owned by)|owns the (certification|trade) ?marks|send us a message on whatsapp|straight to your phone|download (our|the) ([\w-]+ ){0,3}apps?\b|lade weitere inhalte|load more|this entry was posted in|bookmark the permalink|nicht eingeloggt|permission must be obtained|copyrighted property|(artikel|beitrag) gefallen\?|vergiss nicht,? (ihn |es )?zu teilen|if you (liked|enjoyed) this (post|article|story)|(der|dieser) (beitrag|eintrag) wurde am .{0,80}veröffentlicht|alle angaben ohne gewähr|comments? (are )?closed|kommentare (sind )?geschlossen|commentaires (sont )?fermés|we use cookies|(site|website) uses cookies|use of (all )?(the )?cookies|wir (verwenden|nutzen) cookies|(seite|website) (verwendet|nutzt) cookies|nous utilisons des cookies|utilizamos cookies|utilizziamo (i )?cookie|(gibt|geben) (die|nur die) meinung de[sr] (autors|autorin|verfassers)|nicht (notwendigerweise|unbedingt) die (meinung )?der redaktion|(do|does) not necessarily (reflect|represent)|(is|are) not necessarily (those|the (views|opinions)) of|not responsible for the (opinions|content|views)|submit (your|a) letter|letters? to the editor:|subscribers (also )?(receive|get) a|(hazte|hágase|hacete) miembro|apóyanos|únete a nuestra comunidad|canal de (telegram|youtube|whatsapp)|(telegram|whatsapp|youtube)[- ]?(channel|kanal)|(erstellt|geschrieben|veröffentlicht) am .{0,60} (abgelegt|gespeichert) unter|small favou?r to ask|please consider (pitching in|donating|making a (donation|gift|contribution)|becoming a (member|supporter|subscriber))|fundraising (campaign|drive|effort)|(funded|supported|made possible) by (readers|members|listeners|viewers|donors|supporters) like you|not (intended (as|to be) )?a substitute for (professional )?(medical|legal|financial) advice|(is|are) (provided )?for (general )?informational (and educational )?purposes|should not be (considered|construed as|taken as|relied (up)?on as) (medical|legal|financial|tax|investment|professional) advice|(also|originally|first) appeared in the .{1,40} issue of|republished (from|with permission|under)|(fill out|complete) the form below|transcripts? (text )?may (vary|be revised|not be in (its|their) final form)|^the post .{1,200} appeared first on [^.,;]{1,60}\.?$|^this (story|article|piece|report)\b[^.]{0,140}?\b(produced|co-published|developed) (by|in partnership with|in collaboration with)\b)/i;

/** True for a site notice (log-in rules, rights, disclosures) rather than story text. */
export function isNoticeText(text: string): boolean {
  return NOTICE.test(text) || isDisclosureText(text);
}

// Page templates fill their empty slots with "Lorem ipsum dolor sit amet …".
const PLACEHOLDER = /^\W*lorem ipsum\b/i;

/** True for a template's dummy text, or a heading made of it ("Lorem ipsum 2"). */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text);
}
