import { describe, expect, it } from 'vitest';
import { askFaqQuestions } from '../../../../lib/pipeline/declutter/faq-questions';
import { contentOf } from './dom';

const ITEMS = [
  { question: 'How long does it take?', answer: 'Most programs take three to twelve months.' },
  { question: 'Is it free?', answer: 'No, but grants cover most of the fees.' },
];
const tags = (root: Element) => [...root.children].map((el) => `${el.tagName}:${el.textContent}`);

describe('askFaqQuestions', () => {
  it('puts each question the story lacks back above its answer', () => {
    const root = contentOf('<h2>FAQ</h2><p>Most programs take three to twelve months.</p><p>No, but grants cover most of the fees.</p>');
    askFaqQuestions(root, ITEMS);
    expect(tags(root)).toEqual([
      'H2:FAQ',
      'H3:How long does it take?',
      'P:Most programs take three to twelve months.',
      'H3:Is it free?',
      'P:No, but grants cover most of the fees.',
    ]);
  });

  it('leaves a question the story asks already, in the same or other words, and answers in a list', () => {
    const root = contentOf('<p>How long does it take?</p><p>Most programs take three to twelve months.</p><p>Is it free of charge?</p><p>No, but grants cover most of the fees.</p>');
    const before = tags(root);
    askFaqQuestions(root, ITEMS);
    expect(tags(root)).toEqual(before);
    const list = contentOf('<ul><li>Most programs take three to twelve months.</li></ul>');
    askFaqQuestions(list, ITEMS);
    expect(tags(list)).toEqual(['UL:Most programs take three to twelve months.']);
  });
});
