import { describe, expect, it } from 'vitest';
import { endsAsProse, isClutter, isQuestion, stripDateline } from '../../../lib/pipeline/sentence-roles';

describe('stripDateline', () => {
  it.each([
    ['KYIV, Aug 13 (Reuters) - Ukraine said on Tuesday it held ground.', 'Ukraine said on Tuesday it held ground.'],
    ['WASHINGTON (AP) — The Senate voted late Monday.', 'The Senate voted late Monday.'],
    ['BERLIN — Germany’s coalition agreed on a budget.', 'Germany’s coalition agreed on a budget.'],
    ['Berlin (dpa) - Die Koalition hat sich geeinigt.', 'Die Koalition hat sich geeinigt.'],
    ['(CNN) — A storm hit the coast.', 'A storm hit the coast.'],
  ])('strips "%s"', (sentence, rest) => {
    expect(stripDateline(sentence)).toBe(rest);
  });

  it('leaves prose that merely has a dash', () => {
    const sentence = 'The goals of the incursion – its biggest attack since 2022 – have been murky.';
    expect(stripDateline(sentence)).toBe(sentence);
    expect(stripDateline('NATO said the talks – held in Brussels – went well.')).toBe('NATO said the talks – held in Brussels – went well.');
  });
});

describe('isClutter', () => {
  it.each([
    'By Jane Doe and John Roe',
    'REUTERS/Viacheslav Ratynskyi',
    'Ukrainian servicemen ride a military vehicle near the border in Sumy region, Ukraine August 13, 2024.',
    'Photo: Getty Images',
    'Sign up for our free newsletter for the latest on global politics.',
    'Melden Sie sich für unseren Newsletter an.',
    'Read more at https://example.com/story.',
    '© 2024 Example Media. All rights reserved.',
    'Stand des Artikels: 26. Februar 2020, 12:30 Uhr.',
    'Updated 3:45 p.m. ET, Tue August 13, 2024',
    'if err != nil { return err } defer src.Close()',
    'Reporting by Olena Harmash; Editing by Alex Richardson.',
    'Image caption, Rescue teams searched the rubble through the night.',
    'Siehe auch: Die wichtigsten Fragen zur Wahl.',
    'Dr. Gernot Jäger (links) leitet das Kompetenzzentrum für Biotechnologie bei Covestro.',
    'The minister (centre) meets farmers in Kent on Monday.',
  ])('flags "%s"', (sentence) => {
    expect(isClutter(sentence)).toBe(true);
  });

  it.each([
    'A Ukrainian government spokesperson on Tuesday said that Kyiv is not interested in taking territory.',
    'The streaming service added five million subscribers in the quarter.',
    'The treaty was signed on August 13, 2024.',
  ])('keeps "%s"', (sentence) => {
    expect(isClutter(sentence)).toBe(false);
  });
});

describe('isQuestion and endsAsProse', () => {
  it('tells questions, prose and labels apart', () => {
    expect(isQuestion('So, what’s this all about?')).toBe(true);
    expect(isQuestion('“Why now?”')).toBe(true);
    expect(isQuestion('It is over.')).toBe(false);
    expect(endsAsProse('It is over.')).toBe(true);
    expect(endsAsProse('“We stay,” she said.')).toBe(true);
    expect(endsAsProse('台风登陆。')).toBe(true);
    expect(endsAsProse('More from GZERO Media')).toBe(false);
    expect(endsAsProse('Here is what we know:')).toBe(false);
  });
});
