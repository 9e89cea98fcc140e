import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../../lib/node/parse-page';
import { extractArticle } from '../../../../lib/pipeline/extract';
import { declutterStage } from '../../../../lib/pipeline/declutter';
import { findLeadIn } from '../../../../lib/pipeline/declutter/lead-in';
import { originsOf } from '../../../../lib/pipeline/declutter/origins';
import { elementsOf } from '../../../../lib/pipeline/elements';
import { storyParagraph } from './dom';

const INTRO = 'The council met late on Tuesday to settle a budget that had split the city for months, and the vote, when it came, surprised everyone.';
// The intro in a hero block with the headline, apart from the body, where Readability does not look.
const PROMO = '<div class="promo"><p>A promotion above the headline runs long enough, with words enough, to pass for a paragraph of prose.</p></div>';
const page = (above: string, promo = PROMO) => `<html><head><title>Council passes the budget</title></head><body>
  ${promo}
  <div class="wrap"><div class="hero"><h1>Council passes the budget</h1>${above}</div></div>
  <div class="main"><article><div id="body">${[1, 2, 3, 4, 5, 6, 7, 8].map(storyParagraph).join('')}</div></article></div></body></html>`;

/** A clone of the page, with its story body as Readability's result. */
function leadIn(html: string, content = '#body', apart?: string, title = ''): string[] {
  const doc = parsePage(html);
  const clone = doc.cloneNode(true) as Document;
  return findLeadIn(clone.querySelector(content)!, originsOf(elementsOf(doc), elementsOf(clone)), { apart: apart ? doc.querySelector(apart) : null, title });
}

describe('findLeadIn', () => {
  it('finds the intro paragraphs between the headline and the body, in page order', () => {
    expect(leadIn(page(`<p>${INTRO}</p><p>Then a second sentence of the intro follows it, long enough to count as prose.</p>`))).toEqual([
      INTRO,
      'Then a second sentence of the intro follows it, long enough to count as prose.',
    ]);
  });

  it('stops at the headline, and passes over labels, link lines, lists, asides and captions', () => {
    const above = `<p>By the city desk</p><p><a href="/a">${INTRO}</a></p><ul><li><p>${INTRO}</p></li></ul><aside><p>${INTRO}</p></aside><figure><p>${INTRO}</p></figure>`;
    expect(leadIn(page(above))).toEqual([]);
  });

  it('stops at a heading that says the title, and passes over a paragraph set in a link', () => {
    // A blog: its name in the <h1>, its tagline under it, then the post's title as an <h3>.
    const blog = page(`<p>${INTRO}</p>`).replace('<h1>Council passes the budget</h1>', `<h1>The Civic Blog</h1><p>Notes on local politics, budgets and the people who argue about them, written every week since 2009.</p><h3>Council passes the budget</h3>`);
    expect(leadIn(blog, '#body', undefined, 'Council passes the budget')).toEqual([INTRO]);
    expect(leadIn(blog)).toHaveLength(2);
    const card = `<a href="/checklist"><p>Follow this checklist before signing up for a meeting notetaker, or to check that the one you use is safe.</p></a>`;
    expect(leadIn(page(`${card}<p>${INTRO}</p>`))).toEqual([INTRO]);
  });

  it('passes over a paragraph in a box the page names for a sign-up, an author or a caption, not for a teaser', () => {
    const ask = 'Join over a million readers who get our weekly letter on the city, its budget and the people who run it.';
    const boxes = `<div class="newsletter-signup"><div><p>${ask}</p></div></div><div class="author-box"><p>${ask}</p></div><div class="image-caption"><p>${ask}</p></div>`;
    expect(leadIn(page(`${boxes}<p>${INTRO}</p>`))).toEqual([INTRO]);
    // An intro is often named a teaser, and an article's class lists its tags.
    expect(leadIn(page(`<div class="teaser-text"><p>${INTRO}</p></div>`))).toEqual([INTRO]);
    expect(leadIn(page(`<div class="post tag-budget"><div><div><p>${INTRO}</p></div></div></div>`))).toEqual([INTRO]);
    // Far enough up, a name is the whole page's.
    expect(leadIn(page(`<div class="newsletter-site"><div><div><div><p>${INTRO}</p></div></div></div></div>`))).toEqual([INTRO]);
  });

  it("reaches past a share bar's icons and a noscript fallback, which are no distance on the page", () => {
    const icon = `<svg viewBox="0 0 24 24">${'<path d="M0 0h24v24H0z"/>'.repeat(12)}</svg>`;
    const share = `<div class="share">${['Facebook', 'X', 'Email', 'Print', 'Copy link', 'WhatsApp'].map((n) => `<a href="#">${icon}${n}</a>`).join('')}</div>`;
    const noscript = `<noscript>${'<div><img src="hero.jpg" alt=""></div>'.repeat(10)}</noscript>`;
    expect(leadIn(page(`<p>${INTRO}</p>${share}${noscript}`))).toEqual([INTRO]);
  });

  it('reaches past a table of contents, whose links within the page are no distance either', () => {
    const items = Array.from({ length: 25 }, (_, i) => `<li><a href="#part-${i}"><span>${i + 1}</span><span>Part ${i + 1} of the story</span></a></li>`);
    expect(leadIn(page(`<p>${INTRO}</p><div class="toc"><ul>${items.join('')}</ul></div>`))).toEqual([INTRO]);
  });

  it('leaves out the standfirst, which the brief shows apart, and keeps the intro after it', () => {
    const standfirst = 'Council passes the budget after months of wrangling, by one vote, in a late session.';
    expect(leadIn(page(`<p class="dek">${standfirst}</p><p>${INTRO}</p>`), '#body', '.dek')).toEqual([INTRO]);
    // The standfirst's block may be a wrapper around its paragraph.
    expect(leadIn(page(`<div class="dek"><p>${standfirst}</p></div><p>${INTRO}</p>`), '#body', '.dek')).toEqual([INTRO]);
    expect(leadIn(page(`<p class="dek">${standfirst}</p><p>${INTRO}</p>`))).toEqual([standfirst, INTRO]);
  });

  it('leaves out what the story already holds', () => {
    expect(leadIn(page(`<p>${INTRO}</p>`).replace('<div id="body">', `<div id="body"><p>${INTRO}</p>`))).toEqual([]);
  });
});

describe('the declutter stage with a lead-in', () => {
  it('puts the intro Readability left above the body first, as text', () => {
    const html = page(`<p>${INTRO.replace('Tuesday', '<b onclick="alert(1)">Tuesday</b>')}</p>`, '');
    expect(new Readability(parsePage(html)).parse()?.textContent).not.toContain('The council met late'); // the loss this guards against
    const doc = parsePage(html);
    const result = extractArticle(doc, 'https://example.com/council', declutterStage(doc));
    const article = result.ok ? result.article : null;
    expect(article?.text.startsWith(INTRO)).toBe(true);
    expect(article?.html).toContain(`<p>${INTRO}</p>`);
  });
});
