import { describe, expect, it } from 'vitest';
import { isReadMoreLine, isRelatedIntro, isRelatedLabel, isSendOff, withoutReadMoreLabel } from '../../../../lib/pipeline/declutter/labels';

describe('labels', () => {
  it('knows related-story labels in many languages', () => {
    for (const label of [
      'More from GZERO Media',
      'More Great WIRED Stories',
      'Related articles on Move.org',
      'Related Articles from the Trash Talk blog:',
      'Related articles that may interest you',
      'Audios et vidéos sur le sujet',
      'Related',
      'Read more:',
      'Most read',
      'You may also like',
      "Don't miss",
      'À lire aussi',
      'Mehr zum Thema',
      'Lesen Sie auch',
      'Leer más',
      'Leia também',
      'Leggi anche',
      'Читайте также',
      '相关阅读',
      '関連記事',
      '관련 기사',
      'اقرأ أيضا',
      'Heute empfehlen wir',
      'Empfehlungen aus dem Shop',
      'Weiterführender Link',
    ]) {
      expect(isRelatedLabel(label), label).toBe(true);
    }
  });

  it('knows the English labels of lists after a story', () => {
    for (const label of ['Related articles and links:', 'Up Next', 'Keep reading', 'More like this', 'What others are reading', 'This might be interesting to you:', 'Previous article', 'Previous Post', 'Recent Posts', 'ALSO IN THE NEWS', 'Article précédent', 'Vorheriger Beitrag']) {
      expect(isRelatedLabel(label), label).toBe(true);
    }
    for (const line of ['Up next, the minister spoke', 'Keep reading the small print', 'What others are reading into it', 'Previous article rules were dropped', 'Recent posts on the forum were deleted', 'Also in the news this week was the strike']) {
      expect(isRelatedLabel(line), line).toBe(false);
    }
  });

  it('knows the "most read, shared, commented" lists', () => {
    for (const label of ['Más Leídas', 'Más Compartidas', 'Más comentadas', 'Most commented', 'Meistkommentiert']) expect(isRelatedLabel(label), label).toBe(true);
    expect(isRelatedLabel('Más compartidas que nunca, las noticias falsas')).toBe(false);
  });

  it('does not take a sentence for a label', () => {
    expect(isRelatedLabel('More from the minister came later in a statement to reporters on Friday')).toBe(false);
    expect(isRelatedLabel('The related question is harder')).toBe(false);
    expect(isRelatedLabel('More than 300 stories were filed that night')).toBe(false);
    expect(isRelatedLabel('Related articles from the same author were retracted.')).toBe(false);
  });

  it('knows a sentence that opens a list of other stories by its colon', () => {
    for (const intro of ['You may also be interested in the following articles:', 'Read more of our coverage of the election here:', 'Related stories you might have missed this week:']) {
      expect(isRelatedIntro(intro), intro).toBe(true);
    }
    for (const line of ['You may also be interested in the following articles.', 'Here is what the minister said:', 'You may also be interested to know that the vote was delayed by a week and then called off:']) {
      expect(isRelatedIntro(line), line).toBe(false);
    }
  });

  it('takes the "Read more:" label off a line, and only a label', () => {
    expect(withoutReadMoreLabel('Read: Two disasters are worse than one')).toBe('Two disasters are worse than one');
    expect(withoutReadMoreLabel('Lesen Sie auch: Die Bahn streikt')).toBe('Die Bahn streikt');
    expect(withoutReadMoreLabel('Related:')).toBe('');
    expect(withoutReadMoreLabel('Read this before you buy a tent')).toBe('Read this before you buy a tent');
  });

  it('recognises the words that send the reader on to a linked piece, and not the start of a sentence', () => {
    for (const lead of ['Read our full', 'See the complete', 'Check out our', 'read  my in-depth']) expect(isSendOff(lead), lead).toBe(true);
    for (const lead of ['Read', 'Read what', 'See how the', 'The council read our full', 'Read our full statement on']) expect(isSendOff(lead), lead).toBe(false);
  });

  it('knows read-more lines, the label and its link together', () => {
    expect(isReadMoreLine('Read more: Why the vote failed')).toBe(true);
    expect(isReadMoreLine('Read more about it later')).toBe(false);
    expect(isReadMoreLine('READ: 13 Beginner Camping Meal Ideas')).toBe(true);
    expect(isReadMoreLine('Lea más: Gobierno emitirá directriz obligatoria')).toBe(true);
    expect(isReadMoreLine('Read this before you buy a tent')).toBe(false);
  });
});
