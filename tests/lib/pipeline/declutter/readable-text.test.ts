import { describe, expect, it } from 'vitest';
import { gluedPieces, readableText } from '../../../../lib/pipeline/declutter/readable-text';
import { contentOf } from './dom';

describe('readableText', () => {
  it('sets a kicker glued to its headline apart, and keeps a word split over two elements whole', () => {
    expect(readableText(contentOf('<span>Einfacher Trick</span><span>So stellst du es ein</span>'))).toBe('Einfacher Trick: So stellst du es ein');
    expect(readableText(contentOf('<span>Great news.</span><span>The vote passed</span>'))).toBe('Great news. The vote passed');
    expect(readableText(contentOf('Linked<b>In</b> posts'))).toBe('LinkedIn posts');
  });
});

describe('gluedPieces', () => {
  it('splits where two elements meet with no space, of any length, and nowhere else', () => {
    expect(gluedPieces(contentOf('<span>Clay</span><span>Mar 14, 2024</span><span>34 min read</span>'))).toEqual(['Clay', 'Mar 14, 2024', '34 min read']);
    expect(gluedPieces(contentOf('<span>Jane</span> <b>Doe</b>, <i>Editor</i>'))).toEqual(['Jane Doe, Editor']);
    expect(gluedPieces(contentOf('Written by <a href="/a">Ann Lee</a>'))).toEqual(['Written by Ann Lee']);
    expect(gluedPieces(contentOf('<span>Jean-</span><b>Luc Picard</b>'))).toEqual(['Jean-Luc Picard']);
  });
});
