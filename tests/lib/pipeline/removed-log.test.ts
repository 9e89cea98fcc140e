import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { extractStory, runPipeline } from '../../../lib/pipeline';
import { declutterStage, type DeclutterResult, type DeclutterStage } from '../../../lib/pipeline/declutter';
import { logRemoved } from '../../../lib/pipeline/removed-log';

const html = readFileSync(resolve(__dirname, '../../fixtures/pages/gzero--kursk-inline.html'), 'utf8');

test("lists what declutter took out of a news page's story, each block with its kind", () => {
  const doc = parsePage(html);
  const log = logRemoved(declutterStage(doc));
  const result = runPipeline(doc, '', log.stage);
  if (!result.ok) throw new Error('the fixture is an article');
  const removed = log.removedIn(result.brief.html);
  expect(removed).toContainEqual({ kind: 'label', text: 'More from GZERO Media' });
  expect(removed).toContainEqual({ kind: 'credit', text: 'REUTERS/Viacheslav Ratynskyi' });
  expect(removed.filter((block) => block.kind === 'teaser')).toHaveLength(7);
  expect(removed.find((block) => block.kind === 'newsletter')?.text).toMatch(/^Get GZERO Daily in your inbox/);
  // Logging changes nothing in the story.
  expect(result.brief.text).toBe((extractStory(parsePage(html), '') as { article: { text: string } }).article.text);
});

test("of a page read twice, lists the kept read's blocks; of a fallback's text, none", () => {
  const reads: DeclutterResult[] = [
    { html: '<p>Teaser only.</p>', text: 'Teaser only.', related: [], removed: [{ kind: 'share', text: 'Share' }] },
    { html: '<p>The whole story.</p>', text: 'The whole story.', related: [], removed: [{ kind: 'bio', text: 'Jane Doe writes.' }] },
  ];
  const stage: DeclutterStage = { prepare: () => undefined, clean: () => reads.shift()! };
  const log = logRemoved(stage);
  const page = { pageUrl: '', title: '', byline: null, standfirst: null, faq: [] };
  log.stage.clean(parsePage('<p>a</p>').body, page);
  log.stage.clean(parsePage('<p>b</p>').body, page);
  expect(log.removedIn('<p>The whole story.</p><section>FAQ</section>')).toEqual([{ kind: 'bio', text: 'Jane Doe writes.' }]);
  expect(log.removedIn('<p>Teaser only.</p>')).toEqual([{ kind: 'share', text: 'Share' }]);
  expect(log.removedIn('<p>From the JSON-LD articleBody.</p>')).toEqual([]);
});
