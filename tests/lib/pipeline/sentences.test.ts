import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/pipeline/sentences';

describe('splitSentences', () => {
  it('splits plain English prose', () => {
    expect(splitSentences('The vote is today. Results come tonight! Will it pass?', 'en')).toEqual([
      'The vote is today.',
      'Results come tonight!',
      'Will it pass?',
    ]);
  });

  it('does not split after titles', () => {
    const text = 'Mr. Smith met Dr. Jones, Gen. Milley and Sen. Warren at St. Paul. They talked.';
    expect(splitSentences(text, 'en')).toEqual([
      'Mr. Smith met Dr. Jones, Gen. Milley and Sen. Warren at St. Paul.',
      'They talked.',
    ]);
  });

  it('joins "No." and month abbreviations only before a number', () => {
    expect(splitSentences('It ranked No. 5 on Aug. 13 last year. The answer was no. We left.', 'en')).toEqual([
      'It ranked No. 5 on Aug. 13 last year.',
      'The answer was no.',
      'We left.',
    ]);
  });

  it('does not split after initials or dotted abbreviations', () => {
    expect(splitSentences('J. K. Rowling wrote it. The U.S. Army agreed.', 'en')).toEqual([
      'J. K. Rowling wrote it.',
      'The U.S. Army agreed.',
    ]);
  });

  it('keeps a quotation whole, and the attribution after it', () => {
    const text = '“Russia must stop. Then we stop,” the spokesperson said. Talks follow.';
    expect(splitSentences(text, 'en')).toEqual([
      '“Russia must stop. Then we stop,” the spokesperson said.',
      'Talks follow.',
    ]);
  });

  it('leaves an unclosed quotation to the segmenter', () => {
    expect(splitSentences('He said “go. It ended. Then more.', 'en')).toHaveLength(3);
  });

  it('joins German ordinals and abbreviations, keeps German quotes whole', () => {
    const text = 'Die Wahl ist am 3. Oktober. Sie kam z. B. spät. „Wir sind da. Wir bleiben“, sagte er.';
    expect(splitSentences(text, 'de')).toEqual([
      'Die Wahl ist am 3. Oktober.',
      'Sie kam z. B. spät.',
      '„Wir sind da. Wir bleiben“, sagte er.',
    ]);
  });

  it('still ends a German sentence on a number', () => {
    expect(splitSentences('Die Zahl stieg auf 23. Die Polizei kam.', 'de')).toEqual([
      'Die Zahl stieg auf 23.',
      'Die Polizei kam.',
    ]);
  });

  it('does not treat numbers as ordinals in English', () => {
    expect(splitSentences('Sales rose in 2023. Prices fell.', 'en')).toHaveLength(2);
  });

  it('handles French guillemets and "M."', () => {
    const text = 'M. Macron a dit « Nous restons. Nous partons » hier. Mme Dupont aussi.';
    expect(splitSentences(text, 'fr')).toEqual([
      'M. Macron a dit « Nous restons. Nous partons » hier.',
      'Mme Dupont aussi.',
    ]);
  });

  it('handles Spanish inverted marks and "Sr."', () => {
    expect(splitSentences('¿Qué pasa? El Sr. García llegó. ¡Vamos!', 'es')).toEqual([
      '¿Qué pasa?',
      'El Sr. García llegó.',
      '¡Vamos!',
    ]);
  });

  it('splits Chinese and Japanese on full-width punctuation, quotes whole', () => {
    expect(splitSentences('他说：“我们来了。我们走了。”然后离开。第二句！', 'zh')).toEqual([
      '他说：“我们来了。我们走了。”',
      '然后离开。',
      '第二句！',
    ]);
    expect(splitSentences('東京は晴れです。明日は雨でしょう！', 'ja')).toEqual(['東京は晴れです。', '明日は雨でしょう！']);
  });

  it('treats a line break as a sentence end and tolerates a bad language tag', () => {
    expect(splitSentences('Headline without stop\nThe story starts.', 'not a tag!')).toEqual([
      'Headline without stop',
      'The story starts.',
    ]);
  });
});
