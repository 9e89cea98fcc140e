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
