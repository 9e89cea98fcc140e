import { describe, expect, it } from 'vitest';
import { isBioLabel, isContentsLabel, isContentsTitle, isTagsLabel } from '../../../../lib/pipeline/declutter/section-labels';

describe('section-labels', () => {
  it('knows table-of-contents labels in several languages', () => {
    for (const label of ['Contents', 'In this article', 'Inhaltsverzeichnis', 'Sommaire', 'Índice', 'Jump to:']) expect(isContentsLabel(label), label).toBe(true);
    expect(isContentsLabel('Contents of the budget were leaked to the press on Monday')).toBe(false);
  });

  it('knows the labels of tag lists and author bios, and the links an author box ends with', () => {
    expect(isTagsLabel('Tags: politics, Ukraine')).toBe(true);
    expect(isTagsLabel('Themen im Artikel')).toBe(true);
    expect(isBioLabel('About the author')).toBe(true);
    expect(isBioLabel('Zur Person')).toBe(true);
    expect(isBioLabel('Autoren:')).toBe(true);
    expect(isBioLabel('Author')).toBe(true);
    expect(isBioLabel('Authors of the new study')).toBe(false);
    for (const link of ['View all posts', 'View author page', 'More posts by Jane Doe']) expect(isBioLabel(link), link).toBe(true);
    expect(isBioLabel('View all posts from the conference in our archive.')).toBe(false);
  });

  it('knows a table of contents’ bare title, not a line that goes on', () => {
    for (const title of ['Table of Contents', 'Inhaltsverzeichnis:', 'Sommaire']) expect(isContentsTitle(title), title).toBe(true);
    expect(isContentsTitle('In this article')).toBe(false);
    expect(isContentsTitle('Contents of the report')).toBe(false);
  });
});
