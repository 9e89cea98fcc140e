// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { BriefReader } from '../../components/BriefReader';
import type { Brief } from '../../lib/brief';
import { DEFAULT_READER } from '../../lib/settings';
import { makeNewBrief } from '../helpers/briefs';

function mount(overrides: Partial<Brief>): HTMLElement {
  const brief: Brief = { ...makeNewBrief(), id: 1, highlights: [], savedAt: 0, updatedAt: 0, readAt: null, archived: false, favorite: false, ...overrides };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <BriefReader brief={brief} settings={DEFAULT_READER} onSettings={vi.fn()} onBack={vi.fn()} onChange={vi.fn()} fetchLink={vi.fn()} summarizer={undefined} speech={undefined} />,
      root,
    );
  });
  return root;
}

test('a right-to-left brief is laid out right to left, in its language', () => {
  const root = mount({ lang: 'ar', dir: 'rtl', title: 'افتتاح أكبر محطة لتحلية المياه', html: '<p>افتتحت السلطات صباح اليوم</p>' });
  const reader = root.querySelector('article.reader')!;
  expect(reader.getAttribute('dir')).toBe('rtl');
  expect(reader.getAttribute('lang')).toBe('ar');
  expect(reader.querySelector('.reader__story')?.textContent).toContain('افتتحت السلطات');
});

test('the standfirst stands above the story, as text', () => {
  const root = mount({ standfirst: 'Troops crossed <b>twice</b>.', html: '<p>The story.</p>' });
  const standfirst = root.querySelector('.reader__standfirst');
  expect(standfirst?.textContent).toBe('Troops crossed <b>twice</b>.');
  expect(standfirst?.nextElementSibling?.classList.contains('reader__story')).toBe(true);
  expect(mount({ html: '<p>The story.</p>' }).querySelector('.reader__standfirst')).toBeNull();
});

test("a paywall's teaser says so above the story; a whole story does not", () => {
  const teaser = mount({ siteName: 'The Ridgeway Times', teaserOnly: true, html: '<p>At a quarter past two…</p>' });
  expect(teaser.querySelector('.notice')?.textContent).toBe('Only the teaser was saved: the rest of this story is for subscribers of The Ridgeway Times.');
  expect(mount({ html: '<p>The whole story.</p>' }).querySelector('.notice')).toBeNull();
});

test('the related links stand under the story, the first eight shown and the rest behind "N more"', () => {
  const related = Array.from({ length: 11 }, (_, i) => ({ title: `Teaser ${i + 1}`, url: `https://example.com/teaser-${i + 1}` }));
  const root = mount({ siteName: 'GZERO Media', related, html: '<p>The story.</p>' });
  const section = root.querySelector('section.reader__related')!;
  expect(section.getAttribute('aria-label')).toBe('Related from GZERO Media');
  expect(section.previousElementSibling?.classList.contains('reader__end')).toBe(true);
  const shown = [...section.querySelectorAll(':scope > ul a')].map((a) => a.textContent);
  expect(shown).toEqual(related.slice(0, 8).map((link) => link.title));
  const more = section.querySelector('details')!;
  expect(more.open).toBe(false);
  expect(more.querySelector('summary')?.textContent).toBe('3 more');
  expect([...more.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(related.slice(8).map((link) => link.url));
  expect(section.querySelectorAll('a[target="_blank"][rel="noopener noreferrer"]').length).toBe(11);

  const few = mount({ related: related.slice(0, 8), html: '<p>The story.</p>' }).querySelector('section.reader__related')!;
  expect(few.querySelectorAll('a').length).toBe(8);
  expect(few.querySelector('details')).toBeNull();
  expect(mount({ related: [], html: '<p>The story.</p>' }).querySelector('.reader__related')).toBeNull();
});
