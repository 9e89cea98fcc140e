import { expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { readMetadata } from '../../../lib/pipeline/metadata';

const page = (head: string, attrs = '') =>
  parsePage(`<!doctype html><html ${attrs}><head>${head}</head><body><p>Body</p></body></html>`);

test('meta tags give canonical URL, title, byline, site, date, language, description and image', () => {
  const doc = page(
    `<link rel="canonical" href="/news/story">
     <meta property="og:title" content="OG title"><meta property="og:site_name" content="The Site">
     <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-01-02T03:04:05Z">
     <meta name="description" content="A description."><meta property="og:image" content="/img/lead.jpg">`,
    'lang="en-GB"',
  );
  expect(readMetadata(doc, 'https://site.com/news/story?utm_source=x')).toEqual({
    canonicalUrl: 'https://site.com/news/story',
    title: 'OG title',
    byline: 'Jane Doe',
    siteName: 'The Site',
    publishedTime: '2024-01-02T03:04:05Z',
    lang: 'en-GB',
    description: 'A description.',
    image: 'https://site.com/img/lead.jpg',
    articleBody: null,
    paywall: { locked: false, parts: [] },
    faq: [],
  });
});

test('JSON-LD NewsArticle, inside a @graph and among other nodes, fills what meta tags lack', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Site' },
      {
        '@type': ['NewsArticle'],
        headline: 'LD headline',
        datePublished: '2023-05-06',
        author: [{ '@type': 'Person', name: 'A One' }, { name: 'B Two' }],
        publisher: { name: 'LD Publisher' },
        image: { url: 'https://cdn.site.com/a.jpg' },
        articleBody: 'Full body text.',
        description: 'LD description',
      },
    ],
  };
  const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  expect(readMetadata(doc, 'https://site.com/a')).toMatchObject({
    title: 'LD headline',
    byline: 'A One, B Two',
    siteName: 'LD Publisher',
    publishedTime: '2023-05-06',
    image: 'https://cdn.site.com/a.jpg',
    articleBody: 'Full body text.',
    description: 'LD description',
  });
});

test('JSON-LD FAQPage gives its questions and answers as plain text, in order; a question without an answer is left out', () => {
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [
      { '@type': 'Question', name: 'How long does it take?', acceptedAnswer: { '@type': 'Answer', text: '<p>Three to twelve months.</p>' } },
      { '@type': 'Question', name: 'Is it free?', acceptedAnswer: [{ '@type': 'Answer', text: 'No.' }] },
      { '@type': 'Question', name: 'Unanswered?' },
    ],
  };
  const doc = page(`<script type="application/ld+json">{ not json FAQPage</script><script type="application/ld+json">${JSON.stringify({ '@graph': [faq] })}</script>`);
  expect(readMetadata(doc, '').faq).toEqual([
    { question: 'How long does it take?', answer: 'Three to twelve months.' },
    { question: 'Is it free?', answer: 'No.' },
  ]);
  expect(readMetadata(page(''), '').faq).toEqual([]);
});

test('JSON-LD that breaks its strings over lines is read all the same', () => {
  const doc = page('<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Is it\n free?",\n "acceptedAnswer": {"text": "No,\tbut\r\n cheap."}}]}</script>');
  expect(readMetadata(doc, '').faq).toEqual([{ question: 'Is it free?', answer: 'No, but  cheap.' }]);
});

test('broken JSON-LD is skipped, not fatal', () => {
  const doc = page(
    `<script type="application/ld+json">{ not json</script>
     <script type="application/ld+json">{"@type":"BlogPosting","headline":"Fine"}</script>`,
  );
  expect(readMetadata(doc, '').title).toBe('Fine');
  expect(readMetadata(page('<script type="application/ld+json">[</script>'), '').title).toBeNull();
});

test('without a page URL the canonical link must be absolute, and javascript: URLs are never taken', () => {
  expect(readMetadata(page('<link rel="canonical" href="/rel">'), '').canonicalUrl).toBeNull();
  expect(readMetadata(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://a.com').canonicalUrl).toBeNull();
  expect(readMetadata(page('<meta property="og:url" content="https://a.com/x">'), '').canonicalUrl).toBe('https://a.com/x');
});

test('a <time datetime> is the last resort for the date', () => {
  const doc = parsePage('<html><body><time datetime="2022-02-02">Feb 2</time></body></html>');
  expect(readMetadata(doc, '').publishedTime).toBe('2022-02-02');
});

test('sources are matched as their selectors would, wherever they stand, the first one winning', () => {
  const doc = parsePage(
    `<html><head><link rel="alternate" href="https://a.com/amp"><link rel="Shortlink  CANONICAL" href="https://a.com/one">
     <link rel="canonical" href="https://a.com/two"><meta http-equiv="Content-Language" content="de-AT">
     <script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"Cased type"}</script></head>
     <body><div itemscope><meta itemprop="datePublished" content="2021-03-04"><meta name="empty"></div>
     <time>no datetime</time></body></html>`,
  );
  expect(readMetadata(doc, '')).toMatchObject({
    canonicalUrl: 'https://a.com/one',
    title: 'Cased type',
    publishedTime: '2021-03-04',
    lang: 'de-AT',
  });
});

test('a byline is a name: a profile link in article:author or in JSON-LD is passed over', () => {
  const linked = page(`<meta property="article:author" content="https://www.facebook.com/jane.doe"><meta name="parsely-author" content="Jane Doe">`);
  expect(readMetadata(linked, '').byline).toBe('Jane Doe');
  expect(readMetadata(page(`<meta property="article:author" content="http://facebook.com/jane.doe">`), '').byline).toBeNull();
  const ld = { '@type': 'NewsArticle', author: [{ name: 'www.example.com/staff/jane' }, { name: 'B Two' }] };
  expect(readMetadata(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`), '').byline).toBe('B Two');
  // A name that only mentions a site is still a name.
  expect(readMetadata(page(`<meta name="author" content="Jane Doe, example.com">`), '').byline).toBe('Jane Doe, example.com');
});
