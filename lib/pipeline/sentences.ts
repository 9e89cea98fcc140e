import { squash } from './declutter/text';
import { toLocale } from './language';

// Words that, with their period, stand before a name, so the period ends no sentence.
// Words that often end a sentence ("etc.", "Inc.", "Jr.", "usw.") are left out on purpose.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'cpl', 'brig', 'st', 'ste', 'rev', 'hon', 'pres', 'supt', 'insp', 'mt',
  'ft', 'vs', 'approx', 'vgl', 'bzw', 'sog', 'inkl', 'ggf', 'evtl', 'mio', 'mrd', 'str', 'hr',
  'mme', 'mlle', 'sr', 'sra', 'srta', 'dra', 'ud', 'uds',
]);
// Words that stand before a number ("No. 5", "Aug. 13"), and may end a sentence otherwise ("no.").
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'art', 'abs', 'fig', 'ca', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
]);

// Languages that write ordinals as "3." ("am 3. Oktober").
const ORDINAL_DOT = /^(de|da|nb|nn|no|fi|pl|cs|sk|sl|hr|sr|bs|hu|et|lv|lt|is|tr)\b/;
// Words that come before an ordinal, never before a sentence-final number.
const ORDINAL_LEAD = new Set([
  'am', 'vom', 'zum', 'zur', 'im', 'beim', 'bis', 'seit', 'ab', 'den', 'der', 'dem', 'des', 'die',
  'das', 'ihrem', 'seinem', 'jeden', 'jedem',
]);
const MONTH_START = /^(jan|jän|feb|fév|mär|mar|apr|avr|mai|may|jun|jui|jul|aug|aoû|sep|o[kc]t|nov|de[zc]|stycz|lut|kwie|maj|czerw|lip|sierp|wrze|paź|listop|grud)/i;

// Quote pairs: an opener and the marks that close it.
const CLOSERS: Record<string, string> = {
  '“': '”', '„': '“”', '«': '»', '»': '«', '「': '」', '『': '』', '"': '"', '‹': '›',
};

const QUOTE_MARK = /["“„«»「『‹]/;

/**
 * Splits one paragraph into sentences with `Intl.Segmenter`, then rejoins the breaks it gets
 * wrong: after titles and initials ("Dr.", "J. K."), after ordinals ("am 3. Oktober"), and
 * inside quotations, which are kept whole.
 */
export function splitSentences(paragraph: string, lang: string | null = null): string[] {
  const locale = toLocale(lang);
  const pieces = [...segmenterFor(locale).segment(paragraph)].map((s) => s.segment);
  const ordinals = ORDINAL_DOT.test(locale?.toLowerCase() ?? '');
  // Quotes are rejoined only where the paragraph closes every quote it opens.
  const quotesBalance = QUOTE_MARK.test(paragraph) && quoteDepth(paragraph) === 0;
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const piece of pieces) {
    if (current && !shouldJoin(current, piece, ordinals, quotesBalance && depth > 0)) {
      out.push(current);
      current = '';
    }
    current += piece;
    depth = quotesBalance ? quoteDepth(current) : 0;
  }
  if (current) out.push(current);
  return out.map(squash).filter(Boolean);
}

// Building a segmenter costs far more than using one; stories have many paragraphs.
const segmenters = new Map<string | undefined, Intl.Segmenter>();
function segmenterFor(locale: string | undefined): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function shouldJoin(before: string, next: string, ordinals: boolean, insideQuote: boolean): boolean {
  if (insideQuote) return true;
  if (/\n\s*$/.test(before)) return false;
  const words = before.trimEnd().split(/\s+/);
  const last = words.at(-1)?.replace(/^[(\[„“"'‘«]+/, '') ?? '';
  if (!last.endsWith('.')) return false;
  const stem = last.slice(0, -1);
  if (/^(\p{L}\.)*\p{L}$/u.test(stem)) return true; // "J.", "z. B.", "U.S."
  const head = next.trimStart();
  if (ABBREVIATIONS.has(stem.toLowerCase())) return true;
  if (NUMBER_ABBREVIATIONS.has(stem.toLowerCase())) return /^\d/.test(head);
  if (/^[\p{Ll}]/u.test(head)) return true;
  if (ordinals && /^\d{1,2}$/.test(stem)) {
    const lead = (words.at(-2) ?? '').toLowerCase();
    return ORDINAL_LEAD.has(lead) || MONTH_START.test(head);
  }
  return false;
}

/** How many quotations are still open at the end of `text`. */
function quoteDepth(text: string): number {
  const stack: string[] = [];
  for (const ch of text) {
    const top = stack.at(-1);
    if (top !== undefined && CLOSERS[top].includes(ch)) stack.pop();
    else if (ch in CLOSERS) stack.push(ch);
  }
  return stack.length;
}
