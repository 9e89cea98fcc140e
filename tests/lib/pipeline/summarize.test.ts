import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { extractStory } from '../../../lib/pipeline';
import { summarize } from '../../../lib/pipeline/summarize';

const words = (sentences: string[]) => sentences.join(' ').split(/\s+/).length;

describe('summarize', () => {
  it('strips a dateline and leads with the news', () => {
    const text = [
      'KYIV, Aug 13 (Reuters) - Ukraine said on Tuesday its troops controlled 74 settlements in Russia’s Kursk region after a week of fighting.',
      'The incursion is the largest attack on Russian soil since the Second World War, officials in Moscow said.',
      'Russia has evacuated more than 120,000 people from the border areas, according to the regional governor.',
    ].join('\n\n');
    const summary = summarize({ text, title: 'Ukraine says it controls 74 settlements in Kursk', lang: 'en' });
    expect(summary[0]).toMatch(/^Ukraine said on Tuesday its troops controlled 74 settlements/);
    expect(summary.join(' ')).not.toContain('Reuters');
  });

  it('skips bylines, captions, credits, sign-ups and question hooks', () => {
    const caption = 'Firefighters work at the site of a blaze near the port in Piraeus, Greece August 13, 2024.';
    const text = [
      'By Maria Papadopoulou',
      caption,
      'REUTERS/Alkis Konstantinidis',
      caption,
      'So, what happens next?',
      'Wildfires fanned by strong winds forced thousands of people to flee towns north of Athens on Tuesday.',
      'Sign up for our free newsletter for the latest on European politics.',
      'Firefighters from four countries have joined Greek crews battling the fires across the region.',
    ].join('\n\n');
    const summary = summarize({ text, title: 'Thousands flee wildfires near Athens', lang: 'en' });
    expect(summary[0]).toMatch(/^Wildfires fanned by strong winds/);
    const joined = summary.join(' ');
    for (const clutter of ['Maria', 'Firefighters work', 'REUTERS', 'what happens next', 'Sign up']) expect(joined).not.toContain(clutter);
  });

  it('never repeats a sentence', () => {
    const lead = 'The central bank raised interest rates by half a point on Thursday to fight stubborn inflation.';
    const text = [lead, lead, 'Markets had expected a smaller rise, and shares fell sharply after the announcement.', lead].join('\n\n');
    const summary = summarize({ text, title: 'Central bank raises rates', lang: 'en' });
    expect(new Set(summary).size).toBe(summary.length);
    expect(summary.length).toBeGreaterThan(0);
  });

  it('summarizes a one-paragraph story within three sentences and about 60 words', () => {
    const text =
      'The city council approved a new budget on Monday that raises spending on public transport by a fifth. ' +
      'Bus fares will fall by half from January for everyone under 25. ' +
      'The opposition said the plan relied on optimistic tax forecasts. ' +
      'A final vote on the transport levy is expected next month.';
    const summary = summarize({ text, title: 'Council budget boosts transport', lang: 'en' });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(words(summary)).toBeLessThanOrEqual(60);
    expect(summary[0]).toMatch(/^The city council approved/);
    for (const sentence of summary) expect(text).toContain(sentence);
  });

  it('summarizes a 200-paragraph story from its opening, quickly', () => {
    const paragraphs = Array.from(
      { length: 200 },
      (_, i) => `In paragraph ${i}, officials described how the flood defences along the river held during the storm ${i}.`,
    );
    paragraphs[0] = 'Record floods swept through the river valley overnight, but the new defences held and no one was hurt.';
    const started = performance.now();
    const summary = summarize({ text: paragraphs.join('\n\n'), title: 'Flood defences hold in record floods', lang: 'en' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(summary[0]).toBe(paragraphs[0]);
    expect(summary.length).toBeLessThanOrEqual(3);
  });

  it('summarizes a German story with German stopwords and ordinals', () => {
    const text = [
      'Berlin (dpa) - Die Bundesregierung hat am 3. Oktober einen neuen Plan für den Ausbau der Bahn vorgestellt.',
      'Bis 2030 sollen dafür mehr als 40 Milliarden Euro in Schienen, Brücken und Bahnhöfe fließen.',
      'Die Opposition kritisierte, dass die Finanzierung des Plans noch nicht gesichert sei.',
    ].join('\n\n');
    const summary = summarize({ text, title: 'Regierung stellt Plan für die Bahn vor', lang: 'de' });
    expect(summary[0]).toBe('Die Bundesregierung hat am 3. Oktober einen neuen Plan für den Ausbau der Bahn vorgestellt.');
  });

  it('summarizes a Chinese story', () => {
    const text = '台风“海葵”周二在福建沿海登陆，带来强风和暴雨，当地已有数万人被转移到安全地带。\n\n气象部门预计，未来两天福建和广东的部分地区仍将有大到暴雨。';
    const summary = summarize({ text, title: '台风海葵登陆福建', lang: 'zh' });
    expect(summary[0]).toMatch(/^台风“海葵”周二在福建沿海登陆/);
  });

  it('reads through soft hyphens', () => {
    const text = 'The coun\u00adcil approved the new budget on Monday after a long debate about bus fares.';
    expect(summarize({ text, title: 'Budget', lang: 'en' })).toEqual([
      'The council approved the new budget on Monday after a long debate about bus fares.',
    ]);
  });

  it('reads a numbered list item without its number', () => {
    const steps = ['Reduced stress: meditation may help', 'Improved memory: better focus', 'Enhanced willpower and discipline'];
    const summary = summarize({ text: steps.map((step, i) => `${i + 1}. ${step}`).join('\n\n'), title: 'Benefits of meditation', lang: 'en' });
    expect(summary).toEqual(steps);
  });

  it('returns nothing for text without sentences', () => {
    expect(summarize({ text: '', title: 'Empty', lang: null })).toEqual([]);
  });

  it.each(['gzero--kursk', 'gzero--kursk-inline'])('picks whole story sentences on %s, no caption or hook', (name) => {
    const html = readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8');
    const result = extractStory(parsePage(html), '');
    if (!result.ok) throw new Error('fixture is not an article');
    const { text, title, lang } = result.article;
    const summary = summarize({ text, title, lang });
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    for (const sentence of summary) {
      expect(text).toContain(sentence);
      expect(sentence).not.toMatch(/what’s this all about|Ukrainian servicemen ride|REUTERS|Sign up|GZERO Daily/);
    }
  });
});

describe('summarize on a story that is one vast paragraph (a page whose markup was read as text)', () => {
  it('splits only the opening 10,000 characters of a paragraph into sentences', () => {
    const sentence = 'The council approved the harbour budget after a debate that lasted all night long.';
    const junk = `${'x0 '.repeat(4000).trim()}. `;
    expect(summarize({ text: junk.slice(-9_000) + sentence, title: 'Harbour budget', lang: 'en' })).toContain(sentence);
    expect(summarize({ text: junk + sentence, title: 'Harbour budget', lang: 'en' }).join(' ')).not.toContain('council');
  });
});
