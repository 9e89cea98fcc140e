import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage, toLocale } from '../../../lib/pipeline/language';

describe('toLocale', () => {
  it('canonicalizes tags and rejects malformed ones', () => {
    expect(toLocale('en_us')).toBe('en-US');
    expect(toLocale('de')).toBe('de');
    expect(toLocale('not a tag!')).toBeUndefined();
    expect(toLocale(null)).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'The government said on Monday that it would not raise taxes, and the minister said it was good news for everyone.'],
    ['de', 'Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden, und der Minister sagte, es sei gut.'],
    ['fr', "Le gouvernement a annoncé lundi qu'il n'augmenterait pas les impôts, et le ministre a dit que c'était une bonne nouvelle."],
    ['es', 'El gobierno anunció el lunes que no subiría los impuestos y el ministro dijo que era una buena noticia para todos.'],
    ['ja', '東京は晴れです。明日は雨でしょう！'],
    ['zh', '他说：我们来了。我们走了。'],
    ['ko', '오늘 서울은 맑습니다. 내일은 비가 옵니다.'],
  ])('tells %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('gives up on too little text', () => {
    expect(detectLanguage('Hello')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('prefers the declared language and detects only without one', () => {
    expect(resolveLanguage('fr', 'The minister said it was good news for everyone and that it would be done.')).toBe('fr');
    expect(resolveLanguage(null, 'The minister said it was good news for everyone and that it would be done.')).toBe('en');
  });
});
