import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { leanClone } from '../../../lib/pipeline/lean-clone';
import { dropPageChrome, pageChromeIn } from '../../../lib/pipeline/page-chrome';
import { runReadability } from '../../../lib/pipeline/readability-run';
import { BLOCK_TAGS, BYLINE_NAME, PHRASING_TAGS, unlikelyBlocksIn } from '../../../lib/pipeline/unlikely-blocks';

const PARAGRAPH =
  'The council voted on Monday to pass the budget, which sets aside more money for schools, roads and the city’s parks than any year before it, after a debate that ran late into the night. Members said the money would reach the schools first, and the roads after the winter.';
const LINE = 'A short note on the vote, set apart from the story by the page, with a few words more than a caption has.';
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('');

/** A page whose body is `body`, titled `title`. */
const page = (body: string, title = 'Council passes the budget - The City Paper') =>
  parsePage(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

/** The ids of the blocks found in `doc`, with its scripts, style sheets, menus and footers gone, as the lean clone has them. */
function found(doc: Document): string[] {
  const gone = new Set([...doc.body.querySelectorAll('script, style'), ...pageChromeIn(doc.body)]);
  return unlikelyBlocksIn(doc.body, gone).map((el) => el.id);
}

/** Readability's read of `doc` as Sift readies it, its first pass on a clone without the found blocks or with them. */
function read(doc: Document, leaveOut: boolean) {
  const prepare = (firstPass: boolean) => {
    const { clone } = leanClone(doc, { forFirstPass: firstPass && leaveOut });
    dropPageChrome(clone);
    return clone;
  };
  const parsed = runReadability(prepare, { keepClasses: true }).parsed;
  return parsed && { title: parsed.title, byline: parsed.byline, excerpt: parsed.excerpt, html: parsed.content?.innerHTML };
}

const LAYOUT = `<div id="page"><div id="main">${story(5)}</div>
  <div class="sidebar" id="side"><h3>Most read</h3><ul><li><a href="/a">A story</a></li><li><a href="/b">Another</a></li></ul></div></div>`;

describe('unlikelyBlocksIn', () => {
  it('finds the blocks Readability strips unseen for their names beside the story', () => {
    const doc = page(`<header class="site-header" id="top"><div class="logo">The City Paper</div></header>${LAYOUT}
      <div id="comments" class="comments"><div><p>Great news!</p></div><div><p>About time.</p></div></div>`);
    expect(found(doc)).toEqual(['top', 'side', 'comments']);
  });

  it('looks only near the top of the page, where the large ones are', () => {
    const deep = (depth: number): string => (depth ? `<div>${deep(depth - 1)}</div>` : LAYOUT);
    expect(found(page(deep(2)))).toEqual(['side']);
    expect(found(page(deep(8)))).toEqual([]);
  });

  it('leaves forms be: in a browser a form’s field named "id" stands in for its id', () => {
    expect(found(page(LAYOUT.replace('<div class="sidebar" id="side">', '<form id="side" class="sidebar"><input name="id">').replace('</ul></div>', '</ul></form>')))).toEqual([]);
  });

  it('skips the names it says hold content, and what sits in a table or in code', () => {
    expect(found(page(LAYOUT.replace('class="sidebar"', 'class="sidebar main-column"')))).toEqual([]);
    const cell = `<div>${story(2)}</div><div class="sidebar" id="side"><a href="/a">A story</a></div>`;
    expect(found(page(`<div>${cell}</div>`))).toEqual(['side']);
    expect(found(page(`<table><tr><td>${cell}</td></tr></table>`))).toEqual([]);
  });

  it('keeps a block Readability would take for the byline, or whose ancestor it would', () => {
    expect(found(page(LAYOUT.replace('class="sidebar"', 'class="sidebar-author"')))).toEqual([]);
    expect(found(page(`<div class="byline-wrap">${LAYOUT}</div>`))).toEqual([]);
    expect(found(page(LAYOUT.replace('class="sidebar"', 'class="sidebar" itemprop="author"')))).toEqual([]);
  });

  it('keeps a block that holds a story paragraph, or what the page’s metadata or title is read from', () => {
    expect(found(page(LAYOUT.replace('<h3>Most read</h3>', story(1))))).toEqual([]);
    expect(found(page(LAYOUT.replace('<h3>Most read</h3>', '<meta name="author" content="A. Writer">')))).toEqual([]);
    // A meta only for microdata is not Readability's to read.
    expect(found(page(LAYOUT.replace('<h3>Most read</h3>', '<meta itemprop="position" content="1">')))).toEqual(['side']);
    // A title with a colon and no separator is checked against the page's headings.
    const headed = LAYOUT.replace('<h3>Most read</h3>', '<h2>Budget: what changes</h2>');
    expect(found(page(headed, 'Budget: what changes'))).toEqual([]);
    expect(found(page(headed, 'Budget: what changes | The City Paper'))).toEqual(['side']);
  });

  it('keeps a block whose going would change how its parent reads', () => {
    // Readability folds a <div> left holding one paragraph into it.
    expect(found(page(`<div id="page"><p>${PARAGRAPH}</p><div class="sidebar" id="side"><a href="/a">A story</a></div></div>`))).toEqual([]);
    // A parent left with no block would become a paragraph, or read as empty.
    expect(found(page(`<section><span>By the desk</span><div class="sidebar" id="side"><a href="/a">A story</a></div></section>${story(5)}`))).toEqual([]);
    // Running text on both sides would join into one paragraph.
    expect(found(page(`<div id="page">${story(5)}Read this first<div class="social" id="side"><a href="/s">Share</a></div>and this after</div>`))).toEqual([]);
    // Set between blocks, it changes nothing.
    expect(found(page(`<div id="page">${story(5)}<div class="social" id="side"><a href="/s">Share</a></div><p>${PARAGRAPH}</p></div>`))).toEqual(['side']);
    // Readability would put the <noscript>'s picture in its place.
    const logo = '<div class="header-logo" id="logo"><img src="/logo.png"></div>';
    expect(found(page(`<section><div>${story(5)}</div>${logo}<p>${PARAGRAPH}</p></section>`))).toEqual(['logo']);
    expect(found(page(`<section><div>${story(5)}</div>${logo}<noscript><img src="/logo-big.png"></noscript></section>`))).toEqual([]);
    // Or, with the block gone, in place of the picture before it.
    expect(found(page(`<section><div><img src="/a.png"></div><div class="sidebar" id="side"><a href="/a">A story</a></div><noscript><img src="/b.png"></noscript><div>${story(5)}</div></section>`))).toEqual([]);
    expect(found(page(`<section><div>${story(5)}</div><div class="sidebar" id="side"><a href="/a">A story</a></div><noscript><img src="/b.png"></noscript></section>`))).toEqual(['side']);
  });

  it('keeps a block where a part streamed late would move in', () => {
    const streamed = `<div hidden id="S:0"><p>${PARAGRAPH}</p></div>`;
    expect(found(page(`${LAYOUT}${streamed}`))).toEqual(['side']);
    expect(found(page(`${LAYOUT.replace('<h3>Most read</h3>', '<template id="P:0"></template>')}${streamed}`))).toEqual([]);
    expect(found(page(`${LAYOUT.replace('<div class="sidebar"', '<template id="P:0"></template><div class="sidebar"')}${streamed}`))).toEqual([]);
  });

  it('holds Readability’s own lists, so an upgrade that changes them shows here', () => {
    const own = Readability.prototype as unknown as { REGEXPS: Record<string, RegExp>; PHRASING_ELEMS: string[]; DIV_TO_P_ELEMS: Set<string> };
    expect(BYLINE_NAME.source).toBe(own.REGEXPS.byline.source);
    expect(PHRASING_TAGS).toEqual(own.PHRASING_ELEMS);
    expect(BLOCK_TAGS).toEqual([...own.DIV_TO_P_ELEMS]);
  });
});

describe('Readability on a clone without them', () => {
  const fixtures = join(__dirname, '../../fixtures/pages');
  const pages = [
    ...readdirSync(fixtures).filter((name) => name.endsWith('.html')).map((name) => [name, readFileSync(join(fixtures, name), 'utf8')]),
    ['layout', `<html><head><title>Council passes the budget</title></head><body><header class="site-header"><h1>Council passes the budget</h1></header>${LAYOUT}</body></html>`],
    // Where leaving the block out would change the read: a paragraph's wrapper folded, running text joined.
    ['folded', `<html><head><title>Council passes the budget</title></head><body>${story(4)}<div id="page"><p>${PARAGRAPH}</p><div class="sidebar"><a href="/a">A story</a></div></div></body></html>`],
    ['joined', `<html><head><title>Council passes the budget</title></head><body><div id="page">${story(4)}Read this first<div class="social"><a href="/s">Share</a></div>and this after</div></body></html>`],
    // Too short for the first pass: the passes after it read the blocks it strips.
    ['retried', `<html><head><title>Council passes the budget</title></head><body><div id="page"><div><p>${LINE}</p></div><div class="sidebar" id="more"><h3>More</h3><p>${LINE}</p></div></div></body></html>`],
  ];

  it.each(pages)('reads %s as it reads a clone with them', (_, html) => {
    const doc = parsePage(html);
    expect(read(doc, true)).toEqual(read(doc, false));
  });

  it('is given them back when Readability reads the page again', () => {
    const doc = parsePage(pages.at(-1)![1]);
    expect(found(doc)).toEqual(['more']);
    expect(read(doc, true)?.html).toContain('id="more"');
  });
});
