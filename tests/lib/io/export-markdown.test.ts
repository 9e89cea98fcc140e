import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { beforeEach, expect, test } from 'vitest';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { briefToMarkdown, markdownExporter } from '../../../lib/io/export-markdown';
import { freshDbName } from '../../helpers/briefs';
import { ctx } from './fixtures';
import { seedLibrary } from './roundtrip';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

/** The front matter, read by a real YAML parser. */
function frontMatter(markdown: string): Record<string, unknown> {
  const [, yaml] = /^---\n([\s\S]*?)\n---\n/.exec(markdown)!;
  return load(yaml) as Record<string, unknown>;
}

test('one Markdown file per brief whose front matter gives back the brief', async () => {
  const briefs = await seedLibrary(db);
  const files = unzipSync(markdownExporter.write(briefs, ctx) as Uint8Array);
  expect(Object.keys(files).sort()).toEqual([
    '2023-07-22-comma-quotes-formula.md',
    '2023-11-14-a-headline.md',
    '2024-08-13-kyiv-confirms-kursk-push-a-b-test-b.md',
  ]);
  for (const brief of briefs) {
    const [, bytes] = Object.entries(files).find(([, b]) => frontMatter(strFromU8(b)).url === brief.url)!;
    expect(frontMatter(strFromU8(bytes))).toEqual({
      title: brief.title,
      url: brief.url,
      site: brief.siteName,
      author: brief.byline,
      date: brief.publishedTime ?? new Date(brief.savedAt).toISOString(),
      tags: brief.tags,
      summary: brief.summary,
    });
  }
});

test('the story, then the highlights, as Markdown; a link brief links to its page', async () => {
  const [article, , link] = await seedLibrary(db);
  const markdown = briefToMarkdown(article, ctx);
  expect(markdown).toContain('# Kyiv confirms "Kursk" push: a \\<b\\>test\\</b\\>\n\nFirst sentence of the story. Second sentence.\n\nA second paragraph follows here.\n\n## Highlights\n\n> First sentence of the story.\n\nkey\n');
  expect(briefToMarkdown(link, ctx)).toContain('\n\n<https://example.org/a,b?q=1>\n');
});

test('the standfirst stands in bold between the headline and the story, escaped', async () => {
  const [article] = await seedLibrary(db);
  const markdown = briefToMarkdown({ ...article, standfirst: 'Troops crossed *twice*, officials say.' }, ctx);
  expect(markdown).toContain('a \\<b\\>test\\</b\\>\n\n**Troops crossed \\*twice\\*, officials say.**\n\nFirst sentence of the story.');
});

test('the same briefs always give the same zip', async () => {
  const briefs = await seedLibrary(db);
  expect(markdownExporter.write(briefs, ctx)).toEqual(markdownExporter.write([...briefs].reverse(), ctx));
});
