import { expect, test } from 'vitest';
import { jsonImporter } from '../../../lib/io/import-json';
import { openSource } from '../../../lib/io/source';
import { ctx } from './fixtures';

const source = (value: unknown) => openSource('sift.json', new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));

test('recognises a Sift backup by its format field', () => {
  expect(jsonImporter.detect(source({ format: 'sift-briefs', version: 1, briefs: [] }))).toBe(true);
  expect(jsonImporter.detect(source([{ url: 'https://x.example' }]))).toBe(false);
});

test('keeps every field written and fills what an older or hand-made file lacks', async () => {
  const { briefs, problems } = await jsonImporter.read(
    source({ format: 'sift-briefs', version: 1, briefs: [{ url: 'https://x.example/a/', kind: 'link', savedAt: 5, tags: ['t'], custom: 1 }] }),
    ctx,
  );
  expect(problems).toEqual([]);
  expect(briefs[0]).toMatchObject({ url: 'https://x.example/a/', canonicalUrl: 'https://x.example/a', title: 'https://x.example/a/', tags: ['t'], highlights: [], updatedAt: 5, custom: 1 });
});

test('reports bad items by position and whole files it cannot read', async () => {
  const { briefs, problems } = await jsonImporter.read(
    source({ format: 'sift-briefs', version: 1, briefs: [null, { kind: 'link', savedAt: 1 }, { url: 'https://x.example', kind: 'link', savedAt: 'x' }, { url: 'https://x.example', kind: 'video', savedAt: 1 }] }),
    ctx,
  );
  expect(briefs).toEqual([]);
  expect(problems).toEqual([
    { item: 1, reason: 'not a brief' },
    { item: 2, reason: 'no URL' },
    { item: 3, reason: 'bad date' },
    { item: 4, reason: 'unknown kind "video"' },
  ]);
  expect((await jsonImporter.read(source({ format: 'sift-briefs', version: 99, briefs: [] }), ctx)).problems[0].reason).toMatch(/version 99/);
  expect((await jsonImporter.read(source('{"format": "sift-briefs", '), ctx)).problems[0].reason).toMatch(/not valid JSON/);
});

test('links only to web addresses: no script URLs from a backup made elsewhere', async () => {
  const script = 'javascript:alert(document.domain)';
  const { briefs, problems } = await jsonImporter.read(
    source({
      format: 'sift-briefs',
      version: 1,
      briefs: [
        { url: script, kind: 'link', savedAt: 1 },
        { url: ' JavaScript:alert(1)', kind: 'link', savedAt: 1 },
        { url: 'data:text/html,<script>alert(1)</script>', kind: 'link', savedAt: 1 },
        {
          url: 'file:///home/me/saved.html',
          kind: 'article',
          savedAt: 1,
          leadImage: script,
          related: [{ title: 'Kept', url: 'https://x.example/b' }, { title: 'Dropped', url: script }, { title: { html: '<img>' }, url: 'https://x.example/c' }, null],
        },
      ],
    }),
    ctx,
  );
  expect(problems).toEqual([1, 2, 3].map((item) => ({ item, reason: 'not a web address' })));
  expect(briefs).toHaveLength(1);
  expect(briefs[0]).toMatchObject({ url: 'file:///home/me/saved.html', leadImage: null, related: [{ title: 'Kept', url: 'https://x.example/b' }] });
});

test('keeps a standfirst only as text, which the reader can show', async () => {
  const brief = (standfirst: unknown) => ({ url: 'https://x.example/a', kind: 'article', savedAt: 1, standfirst });
  const file = { format: 'sift-briefs', version: 1, briefs: [brief('The dek.'), brief({ html: '<img>' }), brief(7), brief('')] };
  const { briefs, problems } = await jsonImporter.read(source(file), ctx);
  expect(problems).toEqual([]);
  expect(briefs.map((b) => b.standfirst)).toEqual(['The dek.', undefined, undefined, undefined]);
  expect(briefs[1]).not.toHaveProperty('standfirst');
});
