import { describe, expect, it } from 'vitest';
import {
  isAdLabel,
  isBioLabel,
  isCommentPrompt,
  isNewsletterText,
  isNoticeText,
  isReadMoreLine,
  isRelatedLabel,
  isShareWord,
  isTagsLabel,
} from '../../../../lib/pipeline/declutter/labels';

describe('labels', () => {
  it('knows related-story labels in many languages', () => {
    for (const label of [
      'More from GZERO Media',
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
    ]) {
      expect(isRelatedLabel(label), label).toBe(true);
    }
  });

  it('does not take a sentence for a label', () => {
    expect(isRelatedLabel('More from the minister came later in a statement to reporters on Friday')).toBe(false);
    expect(isRelatedLabel('The related question is harder')).toBe(false);
  });

  it('recognises read-more lines, share words, newsletters, comments, tags, ads and bios', () => {
    expect(isReadMoreLine('Read more: Why the vote failed')).toBe(true);
    expect(isReadMoreLine('Read more about it later')).toBe(false);
    expect(isShareWord('Share on Facebook')).toBe(true);
    expect(isShareWord('Facebook announced')).toBe(false);
    expect(isNewsletterText('Get GZERO Daily in your inbox')).toBe(true);
    expect(isCommentPrompt('Leave a comment')).toBe(true);
    expect(isTagsLabel('Tags: politics, Ukraine')).toBe(true);
    expect(isTagsLabel('Themen im Artikel')).toBe(true);
    expect(isAdLabel('- Anzeige -')).toBe(true);
    expect(isBioLabel('About the author')).toBe(true);
    expect(isNoticeText('You must be logged in to post a comment.')).toBe(true);
    expect(isNoticeText('© 2025 GZERO Media. All Rights Reserved.')).toBe(true);
    expect(isNoticeText('The council approved the plan.')).toBe(false);
  });

  it('knows affiliate disclosures by what they say, not by the word "commission" alone', () => {
    expect(isNoticeText('Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.')).toBe(true);
    expect(isNoticeText('Für Käufe über diese Links erhalten wir eine Provision.')).toBe(true);
    expect(isNoticeText('Mit Provisionslinks gekennzeichnet.')).toBe(true);
    // A sales pitch and a clause of a law use the word as story text.
    expect(isNoticeText('Wir wollen auch Provisionen - dafür ist das Fixum moderater')).toBe(false);
    expect(isNoticeText('Provision of study materials or patients: C. Dobkin.')).toBe(false);
  });
});
