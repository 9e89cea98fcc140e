import type { Page } from 'playwright-core';
import { briefWords, distinctWords, WORD, wordsOf } from '../lib/search/words';

export interface SeedOptions {
  count: number;
  /** Seed of the word generator: the same seed makes the same briefs. */
  seed?: number;
  /** savedAt of the newest brief; each older one is an hour earlier. */
  newest?: number;
}

/**
 * Fills the extension's real IndexedDB (the `briefs` store, the list's `entries` mirror and the
 * search `words`) with `count` news-length briefs, written from inside `page` (an extension page
 * that has opened the database), so hundreds of megabytes never cross from Node to the browser.
 */
export async function seedBriefs(page: Page, options: SeedOptions): Promise<void> {
  // tsx keeps function names by wrapping them in a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  // The app's own code for the search words, defined in the page as it is: seeded rows are the app's rows.
  for (const [name, code] of Object.entries({ WORD, wordsOf, distinctWords, briefWords })) await page.evaluate(`globalThis.${name} = ${String(code)}`);
  await page.evaluate(fillDatabase, { seed: 1, newest: Date.UTC(2026, 10, 30), ...options });
}

// Runs in the page: everything it needs is inside it.
async function fillDatabase({ count, seed, newest }: Required<SeedOptions>): Promise<void> {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const common =
    'the of and to in a that for on with as was at by from its said has have will would after more about their over into than two government minister officials people year years new week president country city police court report election economy market prices energy talks troops border war peace deal vote party leaders crisis budget health climate water schools workers strike union bank rates inflation growth trade tariffs exports oil gas power grid storm flood drought fire wildfire coast region state federal council mayor judge ruling appeal prison sentence investigation inquiry scandal company shares profit losses jobs plant factory technology software data privacy security attack missile drone ceasefire refugees aid hospital doctors nurses vaccine virus research study scientists university students teachers housing rent prices homes transport rail airport flights ships port museum film festival music football league cup season coach players match'.split(' ');
  const syllables = 'ka lo mi ra te su vin dor bel gra nos pel tri var zen cor mal fen lis bro'.split(' ');
  const names = Array.from({ length: 400 }, () => {
    const n = 2 + Math.floor(random() * 2);
    const word = Array.from({ length: n }, () => pick(syllables)).join('');
    return word[0].toUpperCase() + word.slice(1);
  });
  const sites = Array.from({ length: 60 }, (_, i) => `${pick(names)} ${pick(['Times', 'Post', 'News', 'Herald', 'Daily', 'Review', 'Media'])}${i < 30 ? '' : ` ${i}`}`);
  const tagPool = ['ukraine', 'economy', 'climate', 'elections', 'tech', 'health', 'longread', 'to-cite', 'science', 'europe'];
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: min + Math.floor(random() * (max - min)) }, () => (random() < 0.12 ? pick(names) : pick(common)));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(12, 26)).join(' ');

  // The page's own code creates the schema: wait until it has.
  let db: IDBDatabase;
  for (let tries = 0; ; tries++) {
    const open = indexedDB.open('sift');
    db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (db.objectStoreNames.contains('words') || tries > 100) break;
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const tx = db.transaction(['briefs', 'entries', 'words'], 'readwrite');
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const paragraphs = Array.from({ length: 6 + Math.floor(random() * 5) }, paragraph);
      const text = paragraphs.join('\n\n');
      const wordCount = text.split(/\s+/).length;
      const title = sentence(6, 12).slice(0, -1);
      const siteName = pick(sites);
      const savedAt = newest - i * 3_600_000;
      const url = `https://${siteName.toLowerCase().replace(/\W+/g, '')}.example/${savedAt}/${i}`;
      const brief = {
        url,
        canonicalUrl: url,
        title,
        byline: `${pick(names)} ${pick(names)}`,
        siteName,
        publishedTime: new Date(savedAt - 7_200_000).toISOString(),
        lang: 'en',
        dir: null,
        excerpt: null,
        text,
        html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
        leadImage: null,
        related: [],
        kind: 'article',
        summary: [paragraphs[0].split('. ')[0] + '.', sentence(14, 24), sentence(14, 24)],
        wordCount,
        readingMinutes: Math.max(1, Math.round(wordCount / 230)),
        tags: random() < 0.3 ? [pick(tagPool)] : [],
        highlights: [],
        savedAt,
        updatedAt: savedAt,
        readAt: random() < 0.4 ? savedAt + 60_000 : null,
        archived: random() < 0.25,
        favorite: random() < 0.05,
      };
      const request = tx.objectStore('briefs').add(brief);
      request.onsuccess = () => {
        const { url: u, title: t, siteName: s, byline, kind, summary, tags, readingMinutes, wordCount: w, readAt, archived, favorite } = brief;
        const entry = { id: request.result, url: u, title: t, siteName: s, byline, kind, summary, tags, readingMinutes, wordCount: w, savedAt, readAt, archived, favorite };
        tx.objectStore('entries').put(entry);
        tx.objectStore('words').put((globalThis as unknown as { briefWords: typeof briefWords }).briefWords({ ...brief, id: request.result as number }));
      };
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}
