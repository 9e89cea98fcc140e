import { describe, expect, it } from 'vitest';
import { findBioSections } from '../../../../lib/pipeline/declutter/bio';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { contentOf, storyParagraph } from './dom';

const BIO = '<p>Jane Doe covers city politics for the paper. Before that she reported from Brussels for ten years, and she still writes about the European Union.</p>';
const texts = (sections: Element[][]) => sections.map((s) => s.map((el) => el.textContent?.trim().slice(0, 20)));

describe('findBioSections', () => {
  it('finds a heading that names the author, with the short text under it', () => {
    for (const heading of ['About the author', 'Über Jane Doe', 'About Jane Doe', 'Jane Doe']) {
      const root = contentOf(`${storyParagraph(1)}<div><h3>${heading}</h3>${BIO}</div>`);
      expect(texts(findBioSections(root, 'Jane Doe')), heading).toEqual([[heading.slice(0, 20), 'Jane Doe covers city']]);
    }
  });

  it('ends the box at a "More by" label, which opens the author\'s teasers', () => {
    for (const label of ['<p>More from Jane Doe</p>', '<h4>More from Jane Doe</h4>']) {
      const root = contentOf(`<div><h3>About Jane Doe</h3>${BIO}${label}<p><a href="/b">Another story by her</a></p></div>`);
      expect(texts(findBioSections(root, null)), label).toEqual([['About Jane Doe', 'Jane Doe covers city']]);
    }
  });

  it('leaves section headings, long sections and sections followed by another heading', () => {
    expect(findBioSections(contentOf(`<h3>Jane Doe</h3>${BIO}`), null)).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About the vote</h3>${BIO}`), 'Jane Doe')).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About Jane Doe</h3>${[1, 2, 3, 4].map(storyParagraph).join("")}`), null)).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About Jane Doe</h3>${BIO}<h3>What comes next</h3>${storyParagraph(2)}`), null)).toEqual([]);
  });
});

describe('declutterStory with an author box', () => {
  const run = (html: string) => declutterStory({ content: contentOf(html), pageUrl: 'https://news.example.com/a', title: '', byline: 'Jane Doe' });

  it('removes the box after the story, though its text reads like a story paragraph', () => {
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}<div><h4>Über Jane Doe</h4>${BIO}</div>`);
    expect(result.text).toContain('Story paragraph 2');
    expect(result.text).not.toContain('Brussels');
    expect(result.removed.filter((r) => r.kind === 'bio')).toHaveLength(2);
  });

  it('keeps a section about a person in the middle of the story', () => {
    const result = run(`${storyParagraph(1)}<div><h4>About Jane Doe</h4>${BIO}</div>${storyParagraph(2)}`);
    expect(result.text).toContain('Brussels');
  });
});
