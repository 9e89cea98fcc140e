import { strToU8, zipSync } from 'fflate';
import type { Brief } from '../brief';
import { escapeMarkdown, htmlToMarkdown } from './html-to-markdown';
import type { Exporter, IoContext } from './types';

/**
 * A zip with one Markdown file per brief (Obsidian, static sites, any editor): YAML front
 * matter, then the standfirst and the story. Front matter values are written as JSON scalars, which YAML reads
 * as they are, so no quoting rule of YAML's can bite.
 */
export const markdownExporter: Exporter = {
  id: 'markdown',
  label: 'Markdown files (zip)',
  extension: 'zip',
  mimeType: 'application/zip',
  write(briefs, ctx) {
    const files: Record<string, Uint8Array> = {};
    for (const brief of [...briefs].sort((a, b) => a.savedAt - b.savedAt)) {
      files[uniqueName(fileNameFor(brief), files)] = strToU8(briefToMarkdown(brief, ctx));
    }
    // Fixed entry dates: the same briefs always give the same zip.
    return zipSync(files, { mtime: new Date(ctx.now) });
  },
};

/** One brief as a Markdown document with front matter. */
export function briefToMarkdown(brief: Brief, ctx: IoContext): string {
  const yaml = [
    '---',
    `title: ${JSON.stringify(brief.title)}`,
    `url: ${JSON.stringify(brief.url)}`,
    `site: ${JSON.stringify(brief.siteName)}`,
    `author: ${JSON.stringify(brief.byline)}`,
    `date: ${JSON.stringify(brief.publishedTime ?? new Date(brief.savedAt).toISOString())}`,
    `tags: ${JSON.stringify(brief.tags)}`,
    brief.summary.length ? `summary:\n${brief.summary.map((s) => `  - ${JSON.stringify(s)}`).join('\n')}` : 'summary: []',
    '---',
  ];
  // A whole document around the fragment: linkedom, unlike DOMParser, gives a bare fragment no body.
  const story = brief.html ? htmlToMarkdown(ctx.parseHtml(`<!DOCTYPE html><html><body>${brief.html}</body></html>`).body, brief.url) : '';
  const highlights = brief.highlights.map((h) => [`> ${escapeMarkdown(h.text).replace(/\n/g, '\n> ')}`, h.note ? escapeMarkdown(h.note) : ''].filter(Boolean).join('\n\n'));
  return [
    yaml.join('\n'),
    `# ${escapeMarkdown(brief.title)}`,
    ...(brief.standfirst ? [`**${escapeMarkdown(brief.standfirst)}**`] : []),
    story || `<${brief.url}>`,
    ...(highlights.length ? ['## Highlights', ...highlights] : []),
  ].join('\n\n') + '\n';
}

function fileNameFor(brief: Brief): string {
  const day = new Date(brief.savedAt).toISOString().slice(0, 10);
  const slug = brief.title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${day}-${slug || 'brief'}`;
}

function uniqueName(base: string, taken: Record<string, unknown>): string {
  let name = `${base}.md`;
  for (let n = 2; name in taken; n += 1) name = `${base}-${n}.md`;
  return name;
}
