import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { faqSectionIn, pageFaq } from '../../../lib/pipeline/faq-section';
import { readBoth } from '../../helpers/read-both';

const para = (n: number) => `<p>Part ${n}: the council met on Tuesday night and voted to keep the old library open for another year, ` +
  'after more than two hundred residents wrote in and a petition gathered four thousand names.</p>';
const STORY = `<article>${[1, 2, 3, 4, 5].map(para).join('')}</article>`;
// An accordion: each question in a button beside its icon's name, each answer hidden until a click.
const item = (question: string, answer: string) =>
  `<div class="item"><button><div>${question}<i class="icon">chevron_right</i></div></button><div hidden><p>${answer}</p></div></div>`;
const ACCORDION = `<section><h2>Library FAQs</h2>
  ${item('When does the library open?', 'It opens at nine on weekdays and at ten on Saturdays.')}
  ${item('Can I still return books by post?', 'Yes. Send them to the town hall with your card number.')}</section>`;
const page = (body: string) => parsePage(`<html><head><title>Library stays open</title></head><body>${body}</body></html>`);

describe('faqSectionIn', () => {
  it('reads the questions and answers under an FAQ heading, the icon names left out', () => {
    expect(faqSectionIn(page(STORY + ACCORDION))).toEqual([
      { question: 'When does the library open?', answer: 'It opens at nine on weekdays and at ten on Saturdays.' },
      { question: 'Can I still return books by post?', answer: 'Yes. Send them to the town hall with your card number.' },
    ]);
  });

  it('takes no label from text the page never shows, a script’s template', () => {
    const questions = '<h3>Who voted for it?</h3><p>All seven members.</p><h3>What does it cost each year?</h3><p>About 80,000 pounds.</p>';
    for (const template of [`<script type="text/x-template">FAQ ${'-'.repeat(300)}</script>`, '<script type="text/x-template">FAQ</script>']) {
      expect(faqSectionIn(page(`${STORY}<div>${template}${questions}</div>`)), template).toEqual([]);
    }
    expect(faqSectionIn(page(`${STORY}<div><h2>FAQ</h2>${questions}</div>`))).toHaveLength(2);
  });

  it('finds a label whose text runs into the text before it, and one after a script in the body', () => {
    const questions = '<h3>Who voted for it?</h3><p>All seven members.</p><h3>What does it cost each year?</h3><p>About 80,000 pounds.</p>';
    // The body's parts are searched whole first: "Library" and "FAQs" run together as "LibraryFAQs" there.
    expect(faqSectionIn(page(`${STORY}<section><span>Library</span><h2>FAQs</h2>${questions}</section>`))).toHaveLength(2);
    // A script in the body is left out of that search, not what follows it.
    expect(faqSectionIn(page(`${STORY}<script>var shown = 1;</script><div><h2>FAQ</h2>${questions}</div>`))).toHaveLength(2);
  });

  it('reads question headings, ends the last answer at the next heading, and skips a menu FAQ link', () => {
    const doc = page(`<nav><h3>FAQ</h3><a href="/faq">All questions</a></nav>${STORY}<div><h2>Frequently asked questions</h2>
      <h3>Who voted for it?</h3><p>All seven members.</p><p>The mayor abstained.</p>
      <h3>What does it cost each year?</h3><p>About 80,000 pounds.</p>
      <h2>More from the council</h2><p>Bins will be collected on Friday.</p></div>`);
    expect(faqSectionIn(doc)).toEqual([
      { question: 'Who voted for it?', answer: 'All seven members.\n\nThe mayor abstained.' },
      { question: 'What does it cost each year?', answer: 'About 80,000 pounds.' },
    ]);
  });

  it("reads a page builder's FAQ titled in a div, and leaves out a contact form set as an item", () => {
    const form = item('Any questions before you book?', 'Your message could not be sent:').replace('</p>', '</p><input name="email"><textarea></textarea>');
    const doc = page(`${STORY}<div id="faq"><div class="title"><span>Frequently Asked Questions</span></div>${ACCORDION.replace(/<\/?section>|<h2>.*<\/h2>/g, '')}${form}</div>`);
    expect(faqSectionIn(doc).map((faq) => faq.question)).toEqual(['When does the library open?', 'Can I still return books by post?']);
  });

  it('takes a link to the FAQ page for no label', () => {
    const doc = page(`${STORY}<div><p><a href="/faq">FAQ</a></p>${ACCORDION.replace(/<h2>.*<\/h2>/, '')}</div>`);
    expect(faqSectionIn(doc)).toEqual([]);
  });

  it('keeps markup written as text as text', () => {
    const doc = page(STORY + ACCORDION.replace('When does the library open?', 'Is the &lt;b&gt;old&lt;/b&gt; library open?'));
    expect(faqSectionIn(doc)[0].question).toBe('Is the <b>old</b> library open?');
  });

  it('finds none without an FAQ heading or with one question', () => {
    expect(faqSectionIn(page(`${STORY}<div><h2>Your questions</h2>${ACCORDION.replace(/<h2>.*<\/h2>/, '')}</div>`))).toEqual([]);
    expect(faqSectionIn(page(`${STORY}<section><h2>FAQ</h2>${item('When does the library open?', 'At nine.')}</section>`))).toEqual([]);
  });

  it('leaves out questions answered by no sentence: those asked of the readers, then links', () => {
    const asked = `<h2>Call for comments</h2><ul><li>What is your favourite library?</li><li>How often do you go there?</li></ul>
      <p><a href="#top">Back to the top of the page</a></p><ul><li><a href="/a">A new library for the north</a></li></ul>`;
    expect(faqSectionIn(page(STORY + ACCORDION.replace('</section>', `${asked}</section>`)))).toHaveLength(2);
  });
});

describe('pageFaq', () => {
  it('adds the FAQ that follows the story, not one set apart by an author bio', () => {
    const doc = page(STORY + ACCORDION);
    const story = [1, 2, 3, 4, 5].map((n) => parsePage(para(n)).body.textContent).join('\n\n');
    expect(pageFaq(doc, [], story)).toHaveLength(2);
    const bio = '<div><p>Jane Doe covers the council for the Town Gazette. She has written about local politics since 2009 and lives ' +
      'in the north of the town with her two dogs. Before that she reported on schools and transport for a radio station.</p></div>';
    expect(pageFaq(page(STORY + bio + ACCORDION), [], story)).toEqual([]);
    // A table of contents beside the story repeats its headings, not its sentences.
    const heading = 'How the council came to keep the old library open for another year';
    const contents = `<ul><li><a href="#keep">${heading}</a></li></ul>`;
    expect(pageFaq(page(STORY + bio + contents + ACCORDION), [], `${story}\n\n${heading}`)).toEqual([]);
  });

  it("prefers the items the page's JSON-LD names", () => {
    const named = [{ question: 'Can I still return books by post?', answer: 'Yes. Send them to the town hall with your card number.' }];
    expect(pageFaq(page(STORY + ACCORDION), named, 'The story.')).toEqual(named);
  });
});

describe('extractArticle with an FAQ accordion after the story', () => {
  it('closes the story with the FAQ Readability alone drops', () => {
    const { alone, article } = readBoth(page(STORY + ACCORDION), 'https://town.example/news/library');
    expect(alone).not.toContain('When does the library open?');
    expect(article.text).toMatch(/four thousand names\.\n\nWhen does the library open\?\n\nIt opens at nine on weekdays.*\n\nCan I still return books by post\?\n\nYes\. Send them/s);
    expect(article.html).toContain('<h3>Can I still return books by post?</h3>');
  });
});
