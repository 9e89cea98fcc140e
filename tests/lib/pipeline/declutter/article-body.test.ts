import { describe, expect, it } from 'vitest';
import { articleBodyFallback } from '../../../../lib/pipeline/declutter/article-body';

const BODY = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} has ten words in it, more or less: x < 3 & y > 2.`).join('\n');

describe('articleBodyFallback', () => {
  it('uses articleBody when the extracted text is much shorter', () => {
    const result = articleBodyFallback('Only a fragment.', BODY)!;
    expect(result.text.split('\n\n')).toHaveLength(20);
    expect(result.html).toContain('x &#60; 3 &#38; y &#62; 2');
  });

  it('keeps the extracted text when it is long enough or articleBody is short', () => {
    expect(articleBodyFallback(BODY, BODY)).toBeNull();
    expect(articleBodyFallback('x', 'A short description.')).toBeNull();
    expect(articleBodyFallback('x', null)).toBeNull();
  });

  it('puts the standfirst first when the page shows its description and articleBody lacks it', () => {
    const lead = 'A layer of snow on the panels cuts their output and strains their mounts, experts warn.';
    const result = articleBodyFallback(`News\n\n${lead}\n\nSubscribe to read on`, BODY, lead)!;
    expect(result.text.split('\n\n')[0]).toBe(lead);
    // A description the page does not show as a paragraph is not the story's.
    expect(articleBodyFallback('Only a fragment.', BODY, lead)!.text).not.toContain(lead);
  });

  it('reads an articleBody written as HTML as paragraphs of text', () => {
    const html = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} says <strong>ten words</strong> &amp; a few more, &#8220;quoted&#8221;.</p>`).join('\n');
    const result = articleBodyFallback('Only a fragment.', html)!;
    expect(result.text.split('\n\n')).toHaveLength(20);
    expect(result.text).toContain('Paragraph 3 says ten words & a few more, “quoted”.');
    expect(result.text).not.toContain('<');
  });

  it('decodes the entities of an articleBody escaped twice', () => {
    const escaped = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}: the month&rsquo;s picks &ndash; ten words or so, more or less.`).join('\n');
    expect(articleBodyFallback('Only a fragment.', escaped)!.text).toContain('Paragraph 0: the month’s picks – ten words');
  });

  it('reads escaped markup as markup, never showing its tags as text', () => {
    const escaped = Array.from({ length: 20 }, (_, i) => `&lt;p&gt;Paragraph ${i} says &lt;em&gt;ten words&lt;/em&gt; or so, more or less.&lt;/p&gt;`).join('');
    const result = articleBodyFallback('Only a fragment.', escaped)!;
    expect(result.text.split('\n\n')).toHaveLength(20);
    expect(result.text).toContain('Paragraph 3 says ten words or so, more or less.');
    expect(result.text).not.toMatch(/<\/?(p|em)>/);
  });

  it('uses articleBody when Readability took another block of the same length', () => {
    const notices = Array.from({ length: 20 }, (_, i) => `Notice ${i}: images in this article may upset some readers, please take care.`).join('\n\n');
    expect(articleBodyFallback(notices, BODY)!.text).toContain('Paragraph 0 has ten words');
  });
});
