// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { sanitizeHtml } from '../../components/SafeHtml';

const altOf = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = sanitizeHtml(html);
  return div.querySelector('img')?.getAttribute('alt');
};

test('an image whose caption says what its alt text says gets an empty alt, so it is not said twice', () => {
  expect(altOf('<figure><img src="https://a.example/p.jpg" alt="The mayor at the vote"><figcaption>The mayor at the vote. Photo: Jane Doe</figcaption></figure>')).toBe('');
});

test('other alt texts stay', () => {
  expect(altOf('<figure><img src="https://a.example/p.jpg" alt="The council chamber"><figcaption>The mayor at the vote</figcaption></figure>')).toBe('The council chamber');
  expect(altOf('<p><img src="https://a.example/p.jpg" alt="The mayor at the vote"></p><figure><figcaption>The mayor at the vote</figcaption></figure>')).toBe('The mayor at the vote');
});
