import { isCoreParagraph } from './declutter/text';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';
import { classAndId, listed } from './elements';
import { CONTENT_NAME, isStoryParagraph, namesAfterTrim, UNSEEN_NAME } from './page-chrome';
import { isSegment } from './streamed-boundaries';

// Readability 0.6's own lists (a test holds each to the installed one): the names it takes a
// byline by, the tags it reads as running text, and the tags that keep a <div> from becoming a paragraph.
export const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
export const PHRASING_TAGS = [
  'ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG', 'INPUT', 'KBD',
  'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP', 'SCRIPT', 'SELECT', 'SMALL',
  'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR',
];
export const BLOCK_TAGS = ['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'];
// Running text too: a link or an edit that holds only running text, and a <font>, which Readability
// makes a <span> first. Taken as running text whatever they hold, to be safe.
const RUNNING = [...PHRASING_TAGS, 'A', 'DEL', 'INS', 'FONT'];
// The blocks asked about: the wrappers sidebars, headers, comment threads and widgets come in.
// Not a form: Readability reads a block's id as `node.id`, which in a browser is a form's field
// named "id" when it has one (comment and search forms do), so its id may not count there.
const WRAPPERS = ['DIV', 'SECTION', 'ASIDE', 'HEADER', 'UL', 'OL', 'DL', 'FIGURE'];
// How deep below the body they are looked for. The large ones sit near the top: on the corpus
// pages the first five levels hold 82 % of what a search of the whole body finds, in 72 elements a
// page where the body has 493 named ones; asking each of those cost more than leaving them out saved.
const MAX_DEPTH = 5;
// Parents whose running text Readability sets in paragraphs: a <div>, and an aside Sift may make one.
const DIVS = ['DIV', 'ASIDE'];
// Ancestors whose reading a block inside would change: a table's or code's blocks are never
// stripped; a paragraph's or heading's text is weighed whole before the walk reaches the block,
// and a link or an edit counts as running text only without it.
const TELLING_ANCESTORS = ['TABLE', 'CODE', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'DEL', 'INS'];
// Readability reads the title's separators, then, for some titles, the page's headings.
const TITLE_SEPARATOR = / [|\-\\/>»] /;
const MIN_PLAIN_TITLE = 15;
const MAX_PLAIN_TITLE = 150;

/** What a block's ancestors say of it: they read it (see TELLING_ANCESTORS), it is in an aside, or neither. */
type Chain = 'telling' | 'aside' | 'plain';

/** What of a page besides a block's own place reads the block's insides. */
interface PageReads {
  /** The headings Readability reads to settle the title: none, any top-level one, or those saying `title`. */
  headings: 'none' | 'h1' | 'title';
  title: string;
  /** Whether parts streamed late wait to move into the page, into templates' places (`completeStreamedBoundaries`). */
  streamed: boolean;
}

/**
 * The blocks of a page's `body` that Readability's first pass strips unseen for their names, and
 * whose absence changes nothing else it or Sift reads: a clone can leave them out, and all that is
 * done to the clone is spared their share. On every fourth corpus page they hold 19 % of the
 * body's elements (median; 42 % on average), once its scripts, menus and footers are out.
 *
 * `gone` holds the elements the clone leaves out anyway (menus, footers, scripts, style sheets).
 * Readability asks of each block, when its walk comes to it, whether it is a byline, then strips
 * it for its names; before that it has weighed each ancestor by its children and text: a <div>
 * with no block left in it becomes a paragraph, one with a lone paragraph left is folded into it,
 * running text on either side would join into one paragraph. So a block goes only when its
 * parent keeps another block and something other than text stands on either side of it; a
 * parent left with none would be read as empty, where Readability keeps it, emptied, after its walk.
 */
export function unlikelyBlocksIn(body: Element, gone: ReadonlySet<Element>): Element[] {
  const reads = pageReads(body);
  const found: Element[] = [];
  // Walked from the top, down to the first blocks that go or cannot: the blocks inside one are not asked.
  const visit = (parent: Element, chain: Chain, depth: number) => {
    for (const el of listed(parent.children)) {
      if (gone.has(el)) continue;
      if (WRAPPERS.includes(el.tagName) && isStrippedUnseen(el)) {
        if (readsAlone(el, chain, reads)) found.push(el);
      } else if (depth < MAX_DEPTH) visit(el, below(chain, el), depth + 1);
    }
  };
  const root = body.ownerDocument.documentElement;
  visit(body, below(root ? below('plain', root) : 'plain', body), 1);
  const out = new Set([...gone, ...found]);
  // Each is weighed with all the others gone; keeping one only leaves its neighbours a block more.
  return found.filter((el) => leavesParentAsItWas(el, out));
}

function pageReads(body: Element): PageReads {
  const title = body.ownerDocument.title.trim();
  const plain = !TITLE_SEPARATOR.test(title);
  const headings = plain && title.includes(': ') ? 'title' : plain && (title.length < MIN_PLAIN_TITLE || title.length > MAX_PLAIN_TITLE) ? 'h1' : 'none';
  return { headings, title, streamed: listed(body.children).some(isSegment) };
}

function isStrippedUnseen(el: Element): boolean {
  const names = namesAfterTrim(el);
  return UNSEEN_NAME.test(names) && !CONTENT_NAME.test(names);
}

// What `el`'s ancestors and `el` say of a block inside, given what its ancestors say (`chain`).
function below(chain: Chain, el: Element): Chain {
  if (chain === 'telling' || TELLING_ANCESTORS.includes(el.tagName) || saysByline(el)) return 'telling';
  return el.tagName === 'ASIDE' ? 'aside' : chain;
}

function readsAlone(el: Element, chain: Chain, reads: PageReads): boolean {
  if (chain === 'telling' || saysByline(el) || isLoneParagraphWrapper(el)) return false;
  // A part streamed late moves into a template's place: into the block, or beside it.
  if (reads.streamed && (el.getElementsByTagName('template').length || listed(el.parentElement?.children ?? []).some((sibling) => sibling.tagName === 'TEMPLATE'))) return false;
  // The metadata Readability reads from the body's <meta>s.
  if (el.querySelector('meta[name], meta[property]')) return false;
  if (reads.headings !== 'none' && readsHeading(el, reads)) return false;
  for (const script of listed(el.getElementsByTagName('script'))) if (/ld\+json/i.test(script.getAttribute('type') ?? '')) return false;
  // The page's story paragraphs are counted to tell its layout wrappers (see `dropPageChrome`),
  // and an aside's to tell the story's side notes (see `keepStoryAsides`).
  const isTelling = chain === 'aside' ? isCoreParagraph : isStoryParagraph;
  for (const p of listed(el.getElementsByTagName('p'))) if (isTelling(p)) return false;
  return true;
}

function readsHeading(el: Element, { headings, title }: PageReads): boolean {
  if (headings === 'h1') return el.getElementsByTagName('h1').length > 0;
  return listed(el.querySelectorAll('h1, h2')).some((heading) => heading.textContent?.trim() === title);
}

// Readability takes a block named for a byline as the byline, and an ancestor so named weighs its text.
function saysByline(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  return el.getAttribute('rel') === 'author' || Boolean(itemprop?.includes('author')) || BYLINE_NAME.test(classAndId(el));
}

// Sift takes a paragraph that cites in links out of a <div> that holds it alone (`unwrapLinkedParagraphs`).
function isLoneParagraphWrapper(el: Element): boolean {
  return el.tagName === 'DIV' && el.children.length === 1 && el.firstElementChild?.tagName === 'P';
}

function leavesParentAsItWas(el: Element, out: ReadonlySet<Element>): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const kept = listed(parent.children).filter((child) => !out.has(child));
  const asDiv = DIVS.includes(parent.tagName);
  if (!kept.some((child) => holdsBlock(child, out)) || (asDiv && kept.length === 1 && kept[0].tagName === 'P')) return false;
  // An aside after it would follow other blocks, and could read as the story's side note (`keepStoryAsides`).
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (next.tagName === 'ASIDE') return false;
  // Readability puts a <noscript>'s picture in place of the block just before it when that holds
  // only a picture: the block, or with it gone, the one before it.
  const next = keptSibling(el, (at) => at.nextElementSibling, out);
  if (next?.tagName === 'NOSCRIPT' && (isSingleImage(el) || isSingleImage(keptSibling(el, (at) => at.previousElementSibling, out)))) return false;
  // There, and beside a <br> run Readability makes a paragraph of, text on either side would join into one.
  if (!asDiv && !kept.some((child) => child.tagName === 'BR')) return true;
  return standsApart(el.previousSibling, (node) => node.previousSibling, out) && standsApart(el.nextSibling, (node) => node.nextSibling, out);
}

// The first element from `el` on, in `step`'s direction, that the clone keeps.
function keptSibling(el: Element, step: (at: Element) => Element | null, out: ReadonlySet<Element>): Element | null {
  let at = step(el);
  while (at && out.has(at)) at = step(at);
  return at;
}

// As Readability tells a picture: an image, alone and without text in each wrapper around it.
function isSingleImage(el: Element | null): boolean {
  for (let at = el; at; at = at.children[0]) {
    if (at.tagName === 'IMG') return true;
    if (at.children.length !== 1 || at.textContent?.trim()) return false;
  }
  return false;
}

// A block, or an element with a block among its children, keeps its ancestors from becoming paragraphs.
function holdsBlock(el: Element, out: ReadonlySet<Element>): boolean {
  if (BLOCK_TAGS.includes(el.tagName)) return true;
  for (const child of listed(el.children)) if (BLOCK_TAGS.includes(child.tagName) && !out.has(child)) return true;
  return false;
}

// Whether the first node from `node` on, past blank text, comments and what the clone leaves out,
// is none or a block: running text there would join the text on the other side.
function standsApart(node: Node | null, step: (node: Node) => Node | null, out: ReadonlySet<Element>): boolean {
  for (let at = node; at; at = step(at)) {
    if (at.nodeType === TEXT_NODE ? !at.nodeValue?.trim() : at.nodeType !== ELEMENT_NODE || out.has(at as Element)) continue;
    return at.nodeType !== TEXT_NODE && !RUNNING.includes((at as Element).tagName);
  }
  return true;
}
