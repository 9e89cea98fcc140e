import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { faqBlocks, missingFaq, type FaqItem } from '../../../lib/pipeline/faq';

const ITEMS: FaqItem[] = [
  { question: 'How long does it take?', answer: 'Most programs take three to twelve months.' },
  { question: 'Is it free?', answer: 'No, but grants cover most of the fees.' },
];
// An accordion: the questions in buttons, the answers in panels the page shows on a click.
const accordion = `<section><h2>FAQ</h2>${ITEMS.map((item) => `<h3><button>${item.question}</button></h3><div hidden>${item.answer}</div>`).join('')}</section>`;
const pageWith = (body: string) => parsePage(`<html><body><article><p>The story.</p></article>${body}</body></html>`);

describe('missingFaq', () => {
  it('gives the items the page shows that the story lacks', () => {
    expect(missingFaq(pageWith(accordion), ITEMS, 'The story.')).toEqual([
      { question: 'How long does it take?', answer: 'Most programs take three to twelve months.' },
      { question: 'Is it free?', answer: 'No, but grants cover most of the fees.' },
    ]);
    expect(missingFaq(pageWith(accordion), ITEMS, 'The story.\n\nNo, but grants cover most of the fees.')).toHaveLength(1);
  });

  it('never adds an item the page does not show: FAQ markup for search engines alone', () => {
    expect(missingFaq(pageWith(''), ITEMS, 'The story.')).toEqual([]);
    const questionsOnly = `<ul>${ITEMS.map((item) => `<li>${item.question}</li>`).join('')}</ul>`;
    expect(missingFaq(pageWith(questionsOnly), ITEMS, 'The story.')).toEqual([]);
  });
});

describe('faqBlocks', () => {
  it('gives nothing, the story unread, when there are no items', () => {
    expect(faqBlocks([], 'The story.')).toEqual({ text: '', html: '' });
  });

  it('sets each question as a heading over its answer, escaped, and asks no question twice', () => {
    const items = [{ question: 'Is <b> safe?', answer: 'Yes.\n\nMostly.' }];
    expect(faqBlocks(items, 'The story.')).toEqual({
      text: 'Is <b> safe?\n\nYes.\n\nMostly.',
      html: '<h3>Is &#60;b&#62; safe?</h3><p>Yes.</p><p>Mostly.</p>',
    });
    expect(faqBlocks(items, 'The story asks: Is <b> safe?').text).toBe('Yes.\n\nMostly.');
  });
});
