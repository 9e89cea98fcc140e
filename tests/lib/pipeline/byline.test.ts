import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { readableByline } from '../../../lib/pipeline/byline';
import { extractArticle } from '../../../lib/pipeline/extract';

const pageWith = (byline: string) =>
  parsePage(`<html><body><article><h1>Headline</h1><div class="byline">${byline}</div><p>Text.</p></article></body></html>`);

describe('readableByline', () => {
  it('reads the parts a page set in elements of their own apart, and keeps the name and post', () => {
    const cases: [string, string, string][] = [
      ['<span>Luke Kim</span><time>December 17, 2025</time>', 'Luke KimDecember 17, 2025', 'Luke Kim'],
      ['<span>Written by</span><a href="/a/dan">Dan Pantelo</a>', 'Written byDan Pantelo', 'Dan Pantelo'],
      ['<b>Harry Rabinowitz</b><i>Tech Reporter</i>', 'Harry RabinowitzTech Reporter', 'Harry Rabinowitz, Tech Reporter'],
      ['<span>Clay</span><span>Mar 14, 2024</span><span>34 min read</span>', 'ClayMar 14, 202434 min read', 'Clay'],
      ['<span>Nick van Mead</span><span>2022-11-23T08:10+02:00</span>', 'Nick van Mead2022-11-23T08:10+02:00', 'Nick van Mead'],
      ['<span>Houzz Deutschland</span><span>vor 5 Stunden</span><a>Mehr</a>', 'Houzz Deutschlandvor 5 StundenMehr', 'Houzz Deutschland'],
      [
        '<p>Written by HomeAdvisor</p><p>Staff Writer</p><p>Reviewed by Robert Tschudi</p><p>Expert Reviewer</p>',
        'Written by HomeAdvisorStaff WriterReviewed by Robert TschudiExpert Reviewer',
        'HomeAdvisor, Staff Writer',
      ],
    ];
    for (const [html, glued, readable] of cases) expect(readableByline(glued, pageWith(html))).toBe(readable);
  });

  it('leaves a byline as it is when nothing is glued, when no byline element holds it, or when it is one piece', () => {
    expect(readableByline('Jane Doe', pageWith('<span>Jane</span> <span>Doe</span>'))).toBe('Jane Doe');
    expect(readableByline('Luke KimDecember 17, 2025', pageWith('Someone else'))).toBe('Luke KimDecember 17, 2025');
    // A name written in camel case is one piece of text: "SubbaRao", "SolutionsHub".
    expect(readableByline('Mark SubbaRao', pageWith('Mark SubbaRao'))).toBe('Mark SubbaRao');
  });
});

describe('extractArticle', () => {
  it("gives the brief the byline's name, not its glued date", () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells, in a sentence long enough to count, what the council decided on Tuesday.</p>`).join('');
    const doc = parsePage(
      `<html><head><title>Council vote</title></head><body><article><h1>Council vote</h1><div class="author-line"><span>Luke Kim</span><time>December 17, 2025</time></div>${story}</article></body></html>`,
    );
    const result = extractArticle(doc, 'https://news.example.com/council');
    expect(result.ok && result.article.byline).toBe('Luke Kim');
  });
});
