import { describe, expect, it } from 'vitest';
import { findContactSections } from '../../../../lib/pipeline/declutter/contact';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { contentOf, storyParagraph } from './dom';

const texts = (sections: Element[][]) => sections.map((s) => s.map((el) => el.textContent?.trim().slice(0, 8)));

describe('findContactSections', () => {
  it('finds a contact label with the names, addresses and numbers under it', () => {
    for (const label of ['<p><strong>Kontakt:</strong></p>', '<h3>Media contact</h3>', '<p>Ansprechpartnerin zum Thema:</p>', '<p>Contacto de prensa</p>']) {
      const root = contentOf(`${storyParagraph(1)}<div>${label}<p>Jane Doe<br>Example Institute</p><p>E-Mail: jane@example.org</p></div>`);
      expect(texts(findContactSections(root)), label).toEqual([[expect.any(String), 'Jane Doe', 'E-Mail: ']]);
    }
    const phone = contentOf('<p>Kontakt</p><p>Jan Koch, Telefon +49 (0)40 / 49 07 11 06</p>');
    expect(findContactSections(phone)).toHaveLength(1);
  });

  it('leaves a "Contact" section with no address or number, a long one, and one cut by a heading', () => {
    expect(findContactSections(contentOf('<h3>Contact</h3><p>First contact with the tribe came in 1970.</p>'))).toEqual([]);
    const long = [1, 2, 3, 4, 5].map(storyParagraph).join('');
    expect(findContactSections(contentOf(`<h3>Contact</h3>${long}<p>jane@example.org</p>`))).toEqual([]);
    expect(findContactSections(contentOf('<h3>Contact</h3><h3>Next part</h3><p>jane@example.org</p>'))).toEqual([]);
  });
});

describe('declutterStory with a press contact', () => {
  const run = (html: string) => declutterStory({ content: contentOf(html), pageUrl: 'https://news.example.com/a', title: '', byline: null });

  it('removes the box after the story, and keeps one inside it', () => {
    const box = '<p>Kontakt:</p><p>Dr. Jane Doe<br>E-Mail: jane@example.org</p>';
    const after = run(`${storyParagraph(1)}${storyParagraph(2)}<div>${box}</div>`);
    expect(after.text).toContain('Story paragraph 2');
    expect(after.text).not.toContain('jane@example.org');
    expect(after.removed.filter((r) => r.kind === 'contact')).toHaveLength(2);
    const inside = run(`${storyParagraph(1)}<div>${box}</div>${storyParagraph(2)}`);
    expect(inside.text).toContain('jane@example.org');
  });
});
