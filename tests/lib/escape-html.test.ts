import { expect, test } from 'vitest';
import { escapeHtml } from '../../lib/escape-html';

test('escapeHtml makes text safe in attributes and elements', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});
