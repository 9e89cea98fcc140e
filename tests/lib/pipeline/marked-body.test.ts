import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { findMarkedBody, missedMarkedBody } from '../../../lib/pipeline/marked-body';

const sentence = (n: number) => `Item ${n} of the list tells the reader, in a sentence of fair length, what the linked study found about the press and its money.`;
const notice =
  'Privacy and cookies: this site uses cookies, and by continuing to use this website, you agree to their use. To find out more, including how to control cookies, see the cookie policy, which explains, at length, what is stored and why, and for how long.';
// A post made of a list, which Readability scores at nothing, beside a cookie notice in paragraphs, which it scores.
const linkListPost = `<html><head><title>Reading list</title></head><body>
  <div class="notice"><p>${notice}</p><p>${notice}</p></div>
  <article><h1>Reading list</h1><div class="entry-content"><ul>${[1, 2, 3, 4, 5, 6].map((n) => `<li><a href="/s${n}">Study ${n}</a>: ${sentence(n)}</li>`).join('')}</ul></div></article>
  </body></html>`;

describe('findMarkedBody', () => {
  it('finds the element the page names as its article body', () => {
    const doc = parsePage(`<body><div class="post_text"><p>${sentence(1).repeat(4)}</p></div></body>`);
    expect(findMarkedBody(doc)?.className).toBe('post_text');
  });

  it('prefers itemprop=articleBody to class names', () => {
    const doc = parsePage(`<body><div class="entry-content"><p>${sentence(1).repeat(4)}</p></div><section itemprop="articleBody"><p>${sentence(2).repeat(4)}</p></section></body>`);
    expect(findMarkedBody(doc)?.tagName).toBe('SECTION');
  });

  it('takes the outermost of nested marks', () => {
    const doc = parsePage(`<body><div id="article-body"><div class="entry-content"><p>${sentence(1).repeat(4)}</p></div></div></body>`);
    expect(findMarkedBody(doc)?.id).toBe('article-body');
  });

  it('gives nothing when the name marks many cards of like size, or a short block', () => {
    const cards = [1, 2, 3].map((n) => `<div class="post-content"><p>${sentence(n).repeat(3)}</p></div>`).join('');
    expect(findMarkedBody(parsePage(`<body>${cards}</body>`))).toBeNull();
    expect(findMarkedBody(parsePage(`<body><div class="article-body"><p>${sentence(1)}</p></div></body>`))).toBeNull();
  });

  it('does not read names that only contain the words (a "context" menu, a "textarea" wrapper)', () => {
    const doc = parsePage(`<body><div class="postcontext bodytext-wrapper"><p>${sentence(1).repeat(4)}</p></div></body>`);
    expect(findMarkedBody(doc)).toBeNull();
  });
});

describe('missedMarkedBody', () => {
  const doc = parsePage(`<body><div class="entry-content"><p>${sentence(1)} ${sentence(2)} ${sentence(3)}</p></div></body>`);
  const body = findMarkedBody(doc)!;

  it('is false for text taken from the marked body, even a part of it', () => {
    expect(missedMarkedBody(sentence(2), body)).toBe(false);
  });

  it('is true for text from elsewhere, or no text at all', () => {
    expect(missedMarkedBody(notice, body)).toBe(true);
    expect(missedMarkedBody('', body)).toBe(true);
  });
});

describe('extractArticle with a marked body', () => {
  it('reads the marked body when Readability chose another block', () => {
    const plain = new Readability(parsePage(linkListPost)).parse();
    expect(plain?.textContent).toContain('cookies'); // the failure this guards against
    const result = extractArticle(parsePage(linkListPost), 'https://blog.example/2020/01/reading-list/');
    expect(result.ok).toBe(true);
    const text = result.ok ? result.article.text : '';
    for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(sentence(n));
    expect(text).not.toContain('cookie policy');
  });

  it('keeps Readability’s choice when the marked block holds less story', () => {
    const story = [1, 2, 3, 4, 5].map((n) => `<p>${sentence(n)} ${sentence(n + 10)}</p>`).join('');
    const html = `<body><header><div class="post-text"><p>${notice}</p><p>${notice.toUpperCase()}</p></div></header><main>${story}</main></body>`;
    const result = extractArticle(parsePage(html), 'https://example.com/a');
    expect(result.ok && result.article.text).toContain(sentence(15));
  });
});
