import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { runPipeline } from '../../../lib/pipeline';

// Golden tests on pages Readability is known to get wrong: live blogs, two articles on a page,
// infinite scroll, a paywall's teaser, a right-to-left article.
const FIXTURES = resolve(__dirname, '../../fixtures/pages');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function briefFixture(name: string) {
  const expected = JSON.parse(readFileSync(resolve(FIXTURES, `${name}.expected.json`), 'utf8'));
  const result = runPipeline(parsePage(readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8')), '');
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return { expected, brief: result.brief, text: squash(result.brief.text) };
}

describe.each([
  'harbourgazette--live-blog',
  'northfieldpost--two-articles',
  'coastlinedaily--infinite-scroll',
  'ridgewaytimes--paywall-teaser',
  'aljazirah--rtl-arabic',
])('%s', (name) => {
  const { expected, brief, text } = briefFixture(name);

  it('gives a brief with the page metadata, its language and direction', () => {
    expect(brief).toMatchObject({
      kind: 'article',
      url: expected.url,
      title: expected.title,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
      lang: expected.lang,
      dir: expected.dir,
    });
    expect(brief.teaserOnly ?? false).toBe(expected.teaserOnly ?? false);
    expect(brief.summary.length).toBeGreaterThan(0);
  });

  it('keeps the story lines and none of what surrounds them', () => {
    for (const line of expected.with) expect(text, line).toContain(squash(line));
    for (const line of expected.without) expect(text, line).not.toContain(squash(line));
  });
});

describe('a live blog', () => {
  const { text } = briefFixture('harbourgazette--live-blog');
  it('keeps every update in page order, each after its time', () => {
    const times = ['11:42', '11:15', '10:48', '10:20', '09:55', '09:31', '08:47', '08:02', '07:20', '06:05'];
    const at = times.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf('Ferry crossings cancelled')).toBeGreaterThan(text.indexOf('10:20'));
  });
});

describe('an infinite-scroll page', () => {
  const { expected, text } = briefFixture('coastlinedaily--infinite-scroll');
  it('keeps the first story only, not the next one appended below it', () => {
    for (const line of expected.with) expect(text, line).toContain(squash(line));
    for (const line of expected.nextStory) expect(text, line).not.toContain(squash(line));
  });
});
