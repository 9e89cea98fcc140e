import { describe, expect, it } from 'vitest';
import { articleBodyFallback } from '../../../../lib/pipeline/declutter/article-body';

const BODY = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} has ten words in it, more or less <b>.`).join('\n');

describe('articleBodyFallback', () => {
  it('uses articleBody when the extracted text is much shorter', () => {
    const result = articleBodyFallback('Only a fragment.', BODY)!;
    expect(result.text.split('\n\n')).toHaveLength(20);
    expect(result.html).toContain('&lt;b&gt;');
  });

  it('keeps the extracted text when it is long enough or articleBody is short', () => {
    expect(articleBodyFallback(BODY, BODY)).toBeNull();
    expect(articleBodyFallback('x', 'A short description.')).toBeNull();
    expect(articleBodyFallback('x', null)).toBeNull();
  });
});
