import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { extractArticle } from '../../../lib/pipeline/extract';
import { declutterStage } from '../../../lib/pipeline/declutter';
import { htmlToText } from '../../../lib/pipeline/html-text';
import { dropPageChrome } from '../../../lib/pipeline/page-chrome';

describe('dropPageChrome', () => {
  it('removes menus and footers, nested ones too', () => {
    const doc = parsePage(`<body><nav id="menu"><a href="/">Home</a></nav><div id="story"><p>Story.</p>
      <footer id="tags"><a href="/t">Tag</a><nav><a href="/next">Next</a></nav></footer></div>
      <footer id="site"><p>© Site</p></footer></body>`);
    dropPageChrome(doc);
    expect(doc.getElementsByTagName('nav')).toHaveLength(0);
    expect(doc.getElementsByTagName('footer')).toHaveLength(0);
    expect(doc.getElementById('story')?.textContent?.trim()).toBe('Story.');
  });

  it('keeps one that wraps the main content or an article', () => {
    const doc = parsePage(`<body><nav id="wrap"><main><p>Story.</p></main></nav>
      <footer id="more"><article><p>Another story.</p></article></footer><footer id="site">© Site</footer></body>`);
    dropPageChrome(doc);
    expect(doc.getElementById('wrap')).not.toBeNull();
    expect(doc.getElementById('more')).not.toBeNull();
    expect(doc.getElementById('site')).toBeNull();
  });
});

describe('extractArticle without the page chrome', () => {
  // A short news item, and a footer whose long "about us" blurb reads like prose too.
  const page = parsePage(`<html><head><title>Training day</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
    <div class="item"><h1>Training day</h1>
      <p>The fire brigade held its spring training day on Saturday, with forty volunteers from six villages.</p>
      <p>They practised pumping from the river and rescuing people from a smoke-filled hall.</p></div>
    <footer><div class="about"><p>The Regional Fire Brigade Association, founded in 1952, represents more than three hundred volunteer brigades,
      supports them with training, equipment grants and insurance advice, speaks for them to the state government,
      and publishes a monthly magazine, a yearbook and guides on safety, youth work and recruiting new members.</p>
      <p>Our office in the old town hall is open on weekdays from nine to four, and our staff answer questions by phone and email.</p></div>
      <p>© Regional Fire Brigade Association</p></footer></body></html>`);

  it('reads the story where Readability alone reads the footer', () => {
    const alone = new Readability<Element>(page.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
    expect(htmlToText(alone!.content!)).toContain('founded in 1952');

    const result = extractArticle(page, 'https://brigade.example/news/training-day', declutterStage(page));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.text).toContain('forty volunteers from six villages');
    expect(result.article.text).toContain('smoke-filled hall');
    expect(result.article.text).not.toContain('founded in 1952');
    expect(result.article.text).not.toContain('Home');
  });

  it('leaves the page itself as it was', () => {
    expect(page.getElementsByTagName('footer')).toHaveLength(1);
    expect(page.getElementsByTagName('nav')).toHaveLength(1);
  });
});
