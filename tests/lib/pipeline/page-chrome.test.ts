import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../../../lib/node/parse-page';
import { readBoth } from '../../helpers/read-both';
import { classAndId } from '../../../lib/pipeline/elements';
import { CONTENT_NAME, dropPageChrome, INSERT_NAME, LAYOUT_NAME, UNSEEN_NAME } from '../../../lib/pipeline/page-chrome';

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

describe('the names Readability drops blocks for', () => {
  // Not in Readability's type declarations, but what its walk tests every block's names against.
  const { REGEXPS } = Readability.prototype as unknown as { REGEXPS: Record<string, RegExp> };
  const words = (pattern: RegExp) => pattern.source.split('|');

  it('are the installed Readability’s own, so an upgrade that changes them shows here', () => {
    expect(UNSEEN_NAME.source).toBe(REGEXPS.unlikelyCandidates.source);
    expect(CONTENT_NAME.source).toBe(REGEXPS.okMaybeItsACandidate.source);
  });

  it('hold the layout names and the names of parts set into a paragraph', () => {
    const unseen = words(UNSEEN_NAME);
    expect(words(LAYOUT_NAME).filter((word) => !unseen.includes(word))).toEqual([]);
    expect(words(INSERT_NAME).filter((word) => !unseen.includes(word))).toEqual([]);
  });
});

describe('dropPageChrome and text-level elements in a paragraph', () => {
  it('takes off names Readability would drop them for, as they hold words of a sentence', () => {
    const doc = parsePage(`<body><p class="contextmenu Body"><span class="contextmenu Quotation" id="q">Bay laurel is a great evergreen shrub.</span></p>
      <p>Stress is common among students <span class="xref-extra" id="cite">[1-3]</span>, studies show.</p>
      <span class="menu-label" id="outside">Menu</span></body>`);
    dropPageChrome(doc);
    expect(doc.getElementById('q')).toBeNull();
    expect(doc.querySelector('span.contextmenu')).toBeNull();
    expect(doc.getElementsByTagName('span')[0].textContent).toBe('Bay laurel is a great evergreen shrub.');
    expect(doc.getElementsByTagName('span')[1].hasAttributes()).toBe(false);
    expect(doc.getElementById('outside')?.getAttribute('class')).toBe('menu-label');
  });

  it('leaves the names on an ad label, a share count or a pop-up set into the text', () => {
    const doc = parsePage(`<body><p>The plant grows fast. <small class="label-ad-highlight" id="ad">Anzeige</small> It needs sun.</p>
      <p>Read on <span class="social-count" id="share">12</span></p></body>`);
    dropPageChrome(doc);
    expect(doc.getElementById('ad')?.getAttribute('class')).toBe('label-ad-highlight');
    expect(doc.getElementById('share')?.getAttribute('class')).toBe('social-count');
  });

  it('lets Readability keep the words', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p class="contextmenu Body">Paragraph ${i + 1}: the garden needs structure in winter, and evergreen shrubs give it that backbone, with foliage for arrangements all through the year.</p>`).join('');
    const doc = parsePage(`<body><article>${story}<p class="contextmenu Body"><span class="contextmenu Quotation">Bay laurel is a great evergreen shrub with scented foliage, used in the kitchen as well as in arrangements.</span></p></article></body>`);
    const alone = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
    expect(alone?.content?.textContent).not.toContain('Bay laurel'); // the loss this guards against
    const trimmed = doc.cloneNode(true) as Document;
    dropPageChrome(trimmed);
    const read = new Readability<Element>(trimmed, { serializer: (node) => node as Element }).parse();
    expect(read?.content?.textContent).toContain('Bay laurel is a great evergreen shrub');
  });
});

describe('dropPageChrome and blocks named as headers', () => {
  const intro =
    'So you have decided to give your home a refresh, but where do you begin? Between the hundreds of paint swatches, ' +
    'the endless furniture arrangements and the scores of styles, turning ideas into a room is far from straightforward, ' +
    'and a designer of your own costs more than most people can spend.';

  it('takes the names off a header that holds a story paragraph, so Readability reads it', () => {
    const doc = parsePage(`<body><section class="listicle-header css-1ol38tc" id="intro-header"><p>${intro}</p></section></body>`);
    dropPageChrome(doc);
    const section = doc.getElementsByTagName('section')[0];
    expect(section.hasAttribute('class')).toBe(false);
    expect(section.hasAttribute('id')).toBe(false);
  });

  it('leaves headers with only short text, those Readability keeps anyway, and the body', () => {
    const doc = parsePage(`<body class="has-header"><header class="site-header" id="top"><p>The Daily Example: news since 1901.</p></header>
      <div class="author-header"><p>Ann Writer is our senior editor and writes on cars, travel and the people she meets on the road.</p></div>
      <div class="article-header"><p>${intro}</p></div></body>`);
    dropPageChrome(doc);
    expect(doc.body.getAttribute('class')).toBe('has-header');
    expect(doc.getElementById('top')?.getAttribute('class')).toBe('site-header');
    expect(doc.getElementsByTagName('div')[0].getAttribute('class')).toBe('author-header');
    expect(doc.getElementsByTagName('div')[1].getAttribute('class')).toBe('article-header');
  });
});

describe('dropPageChrome and layout wrappers', () => {
  const story = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday night and voted to keep the old ` +
      `library open for another year, after more than two hundred residents wrote in and a petition gathered four thousand names in the three weeks before the meeting.</p>`).join('');

  it('takes the names off a wrapper that holds most of the story paragraphs', () => {
    const doc = parsePage(`<body><div class="page1-footer" id="wrap">${story(4)}</div><div class="sidebar">${story(1)}</div></body>`);
    dropPageChrome(doc);
    expect(doc.getElementsByTagName('div')[0].hasAttribute('class')).toBe(false);
    expect(doc.getElementsByTagName('div')[1].getAttribute('class')).toBe('sidebar');
  });

  it('leaves a sidebar with a few of them, and a cookie box whatever it holds', () => {
    const doc = parsePage(`<body><div class="story">${story(4)}</div><div class="right-sidebar">${story(3)}</div>
      <div class="gdpr-popup">${story(8)}</div></body>`);
    dropPageChrome(doc);
    expect(doc.getElementsByTagName('div')[1].getAttribute('class')).toBe('right-sidebar');
    expect(doc.getElementsByTagName('div')[2].getAttribute('class')).toBe('gdpr-popup');
  });
});

describe('extractArticle with an intro set in a header block', () => {
  // Far enough above the body (past a bar of icons) that no lead-in rule reaches it.
  const paragraphs = (topic: string) =>
    [1, 2, 3].map((n) => `<p>Part ${n} on ${topic}: the service starts with a style quiz, asks about the room and its budget, ` +
      `and a designer sends three ideas within a week, then a final plan with a list of everything to buy.</p>`).join('');
  const page = parsePage(`<html><head><title>The best online design services</title></head><body>
    <section class="listicle-header"><p>So you have decided to give your home a refresh, but where do you begin? Between the
      hundreds of paint swatches, the endless furniture arrangements and the scores of styles, turning ideas into a room is far
      from straightforward, and a designer of your own costs more than most people can spend.</p>
      <div>${'<span><svg></svg></span>'.repeat(50)}</div></section>
    <section class="slides"><h2>Havenly</h2>${paragraphs('Havenly')}<h2>Modsy</h2>${paragraphs('Modsy')}</section></body></html>`);

  it('keeps the intro Readability alone drops for its name', () => {
    const { alone, article } = readBoth(page, 'https://decor.example/design/online-services');
    expect(alone).not.toContain('decided to give your home a refresh');
    expect(article.text).toContain('decided to give your home a refresh');
    expect(article.text).toContain('Part 3 on Modsy');
    expect(page.getElementsByTagName('section')[0].getAttribute('class')).toBe('listicle-header');
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
    const { alone, article } = readBoth(page, 'https://brigade.example/news/training-day');
    expect(alone).toContain('founded in 1952');
    expect(article.text).toContain('forty volunteers from six villages');
    expect(article.text).toContain('smoke-filled hall');
    expect(article.text).not.toContain('founded in 1952');
    expect(article.text).not.toContain('Home');
  });

  it('leaves the page itself as it was', () => {
    expect(page.getElementsByTagName('footer')).toHaveLength(1);
    expect(page.getElementsByTagName('nav')).toHaveLength(1);
  });
});

describe('dropPageChrome and class names Readability misreads', () => {
  it('drops overflow and field-label utilities, and keeps the names that hide the block itself', () => {
    const doc = parsePage(`<body><div class="rounded md:overflow-x-hidden p-6">a</div><div class="vds-overflow_hidden">b</div>
      <div class="field field--name-field-answer field--label-hidden">c</div><div class="field--label-visually_hidden x">d</div>
      <div class="hidden visually-hidden accordion-panel-hidden hidden-xs">e</div></body>`);
    dropPageChrome(doc);
    expect([...doc.getElementsByTagName('div')].map((div) => div.getAttribute('class'))).toEqual([
      'rounded p-6', '', 'field field--name-field-answer', 'x', 'hidden visually-hidden accordion-panel-hidden hidden-xs',
    ]);
  });

  it('drops type utilities that say "extra" of a font or a line, and keeps other "extra" names', () => {
    const doc = parsePage(`<body><h2 class="font-bold leading-extra-tight mb-4">a</h2><h3 class="md:font-extrabold text-xl">b</h3>
      <div class="extra-content">c</div><div class="sidebar extras">d</div></body>`);
    dropPageChrome(doc);
    expect([...doc.body.querySelectorAll('h2, h3, div')].map((el) => el.getAttribute('class'))).toEqual([
      'font-bold mb-4', 'text-xl', 'extra-content', 'sidebar extras',
    ]);
  });

  it("takes off a heading's names that only say it is a header, or spell its own words", () => {
    const doc = parsePage(`<body><h2 class="header-anchor-post">Workflows vs. Agents</h2><h3 class="et_pb_module_header big">b</h3>
      <h2 id="h-what-is-social-shopping" class="wp-block-heading">What is Social Shopping?</h2>
      <h2 id="social-links" class="footer-title">Follow us</h2><div class="site-header">e</div><h1 class="entry-header">Title</h1></body>`);
    dropPageChrome(doc);
    expect([...doc.body.querySelectorAll('h1, h2, h3, div')].map((el) => classAndId(el).trim())).toEqual([
      '', 'big', 'wp-block-heading', 'footer-title social-links', 'site-header', 'entry-header',
    ]);
  });

  const para = (n: number) => `<p>Part ${n}: the council met on Tuesday night and voted to keep the old library open for another year, ` +
    'after more than two hundred residents wrote in and a petition gathered four thousand names.</p>';
  // What Readability alone reads of a story page, and what Sift reads.
  const readStory = (body: string) => {
    const page = parsePage(`<html><head><title>Library stays open</title></head><body><article>${body}</article></body></html>`);
    const { alone, article } = readBoth(page, 'https://town.example/news/library');
    return { alone, sift: article.text };
  };

  it('keeps the section headings Readability alone drops for those names', () => {
    const { alone, sift } = readStory(`${[1, 2].map(para).join('')}<h2 class="header-anchor-post">What the vote means for readers</h2>
      ${[3, 4].map(para).join('')}<h2 id="h-the-social-side">The social side</h2>${[5, 6].map(para).join('')}
      <h2 class="font-extrabold leading-extra-tight">What happens next</h2>${[7, 8].map(para).join('')}`);
    for (const heading of ['What the vote means for readers', 'The social side', 'What happens next']) {
      expect(alone).not.toContain(heading);
      expect(sift).toContain(heading);
    }
  });

  it('keeps the short answers Readability alone drops for those names', () => {
    const { alone, sift } = readStory(`<div class="text">${[1, 2, 3, 4].map(para).join('')}
      <h3>When is it open?</h3><div class="field field--name-field-answer field--label-hidden">
        <p>Weekdays from nine to six, and on Saturday mornings.</p><p>Closed on public holidays.</p></div>
      <h3>Who pays?</h3><div class="rounded overflow-hidden p-6">
        <p>The town pays for one more year, the county for the books.</p><p>Donations are welcome.</p></div></div>`);
    expect(alone).not.toContain('Saturday mornings');
    expect(alone).not.toContain('county for the books');
    expect(sift).toContain('Saturday mornings');
    expect(sift).toContain('county for the books');
  });
});
