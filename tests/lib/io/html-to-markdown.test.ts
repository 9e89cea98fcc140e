import { expect, test } from 'vitest';
import { escapeMarkdown, htmlToMarkdown } from '../../../lib/io/html-to-markdown';
import { parsePage } from '../../../lib/node/parse-page';

const md = (html: string) => htmlToMarkdown(parsePage(`<html><body>${html}</body></html>`).body, 'https://news.example/story/');

test('paragraphs, headings, emphasis, links and images', () => {
  expect(md('<h2>Section</h2><p>Some <strong>bold</strong>, <em>slanted </em>and <a href="/x">linked</a> text.<br>Next line.</p><p><img src="a.jpg" alt="A photo"></p>')).toBe(
    '## Section\n\nSome **bold**, *slanted* and [linked](https://news.example/x) text.  \nNext line.\n\n![A photo](https://news.example/story/a.jpg)',
  );
});

test('lists, nested lists, quotes and code', () => {
  expect(md('<ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul><blockquote><p>Said.</p><p>Again.</p></blockquote><pre>let x = 1;\n`y`</pre>')).toBe(
    '- one\n- two\n\n  1. a\n  2. b\n\n> Said.\n> \n> Again.\n\n```\nlet x = 1;\n`y`\n```',
  );
});

test('an ordered list keeps the numbers the page gives it', () => {
  expect(md('<ol start="4"><li>four</li><li>five</li></ol><ol><li value="7">seven</li><li>eight</li></ol>')).toBe('4. four\n5. five\n\n7. seven\n8. eight');
});

test('leaves out scripts, forms and unsafe links, and escapes text so no HTML gets through', () => {
  const out = md('<p>a &lt;script&gt;x&lt;/script&gt; *b* <a href="javascript:alert(1)">c</a></p><script>alert(1)</script><form><input></form><iframe src="https://x"></iframe><p># not a heading</p><p>1. not a list</p>');
  expect(out).toBe('a \\<script\\>x\\</script\\> \\*b\\* c\n\n\\# not a heading\n\n1\\. not a list');
});

test('escapeMarkdown escapes what starts Markdown or HTML', () => {
  expect(escapeMarkdown('a_b [c] <d> `e` \\')).toBe('a\\_b \\[c\\] \\<d\\> \\`e\\` \\\\');
});
