import { expect, test } from 'vitest';
import { decodePage, parsePage } from '../../../lib/node/parse-page';

const encode = (s: string) => new TextEncoder().encode(s);

test('parsePage gives a queryable document', () => {
  const doc = parsePage('<!doctype html><html lang="de"><head><title>T</title></head><body><p id=x>Hallo</p></body></html>');
  expect(doc.title).toBe('T');
  expect(doc.querySelector('#x')?.textContent).toBe('Hallo');
  expect(doc.documentElement.getAttribute('lang')).toBe('de');
});

test('parsePage roots every document at <html>, as a browser does, even for bare text or a cut-off page', () => {
  for (const html of ['', 'just text', '<p>x</p>', '<!doctype html><ht', '<\u0000h\u0000t\u0000m\u0000l\u0000>']) {
    const doc = parsePage(html);
    expect(doc.documentElement?.localName, JSON.stringify(html)).toBe('html');
    expect(doc.body).not.toBeNull();
  }
  expect(parsePage('<p>x</p>').body.innerHTML).toBe('<p>x</p>');
});

test('parsePage keeps the <head> of a page that leaves out the <html> tag, title and metadata with it', () => {
  const doc = parsePage('<!DOCTYPE html>\n<head><title>Vibe coding</title><meta name="description" content="Notes."></head>\n<body class="post"><p>x</p></body>');
  expect(doc.title).toBe('Vibe coding');
  expect(doc.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Notes.');
  expect(doc.body.getAttribute('class')).toBe('post');
  expect(doc.body.textContent?.trim()).toBe('x');
});

test("parsePage puts what a <template> holds in its content, apart from the page's text, as a browser does", () => {
  const doc = parsePage('<body><p>Story.</p><template id="t"><div>[["Easy to understand","thumb-up"]]</div><template><b>inner</b></template></template></body>');
  const template = doc.getElementById('t') as HTMLTemplateElement;
  expect(template.childNodes).toHaveLength(0);
  expect(doc.body.textContent).toBe('Story.');
  expect(template.content.childNodes).toHaveLength(2);
  expect((template.content.firstChild as Element).outerHTML).toBe('<div>[["Easy to understand","thumb-up"]]</div>');
});

test('parsePage puts the rows a table holds directly into a <tbody> for each run of them, as a browser does', () => {
  const doc = parsePage('<table><caption>c</caption><tr><td>a</td></tr>\n<tr><td>b</td></tr><tbody><tr><td>x</td></tr></tbody><tr><td>z</td></tr></table><table><thead><tr><th>h</th></tr></thead></table>');
  const [rows, head] = [...doc.querySelectorAll('table')];
  expect([...rows.children].map((el) => `${el.localName}:${el.textContent}`)).toEqual(['caption:c', 'tbody:a\nb', 'tbody:x', 'tbody:z']);
  expect(head.innerHTML).toBe('<thead><tr><th>h</th></tr></thead>');
});

test('parsePage reads HTML attribute names in lower case, as a browser does, and leaves SVG its own', () => {
  const doc = parsePage('<html><body><span itemProp="author" CLASS="byline" class="second">Kaspersky</span><svg viewBox="0 0 2 2"></svg></body></html>');
  const span = doc.querySelector('[itemprop="author"]');
  expect(span?.textContent).toBe('Kaspersky');
  // The first of two spellings counts.
  expect(span?.getAttribute('class')).toBe('byline');
  expect(doc.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 2 2');
});

test('parsePage builds one text node across character references, as a browser does', () => {
  const doc = parsePage('<html><body><div>I&#39;m building a rover &amp; here&#39;s why<b>!</b>a&lt;b</div></body></html>');
  const texts = [...doc.querySelector('div')!.childNodes].map((node) => node.nodeValue ?? (node as Element).outerHTML);
  expect(texts).toEqual(["I'm building a rover & here's why", '<b>!</b>', 'a<b']);
});

test('decodePage follows the BOM, a declared charset, then UTF-8, then windows-1252', () => {
  expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Grüße')]))).toBe('Grüße');
  const latin1 = new Uint8Array([...encode('<meta charset="iso-8859-1"><p>Gr'), 0xfc, 0xdf, 0x65]);
  expect(decodePage(latin1)).toContain('Grüße');
  expect(decodePage(encode('<p>Grüße</p>'))).toBe('<p>Grüße</p>');
  expect(decodePage(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBe('Grüße');
  expect(decodePage(new Uint8Array([0x93, 0x68, 0x69, 0x94]), 'windows-1252')).toBe('“hi”');
});

test('an unknown declared charset falls back to detection', () => {
  expect(decodePage(encode('<meta charset="x-unknown"><p>Grüße</p>'))).toContain('Grüße');
});

test('parsePage moves body content that linkedom left in <head> into <body>, as a browser does', () => {
  const doc = parsePage('<html><head><title>T</title><div id="story"><p>Text</p></div><p>More</p></head><body><p>Body</p></body></html>');
  expect([...doc.head.children].map((el) => el.localName)).toEqual(['title']);
  expect([...doc.body.children].map((el) => el.id || el.textContent)).toEqual(['story', 'More', 'Body']);
});

test('parsePage builds one <head> and one <body> when the page puts tags between them or repeats them', () => {
  const between = parsePage('<html><head><title>T</title></head><script>var a;</script><body class="post"><p>Story</p></body></html>');
  expect([...between.documentElement.children].map((el) => el.localName)).toEqual(['head', 'body']);
  expect(between.body.className).toBe('post');
  expect(between.body.textContent).toContain('Story');

  const twice = parsePage('<html><head><meta charset="utf-8"><html lang="de"><head><title>T</title></head><body id="b"><p>Erster</p></body></html></head><body class="x"><p>Zweiter</p></body></html>');
  expect(twice.documentElement.getAttribute('lang')).toBe('de');
  expect([...twice.documentElement.children].map((el) => el.localName)).toEqual(['head', 'body']);
  expect([...twice.head.children].map((el) => el.localName)).toEqual(['meta', 'title']);
  expect([...twice.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Erster', 'Zweiter']);
  expect([twice.body.id, twice.body.className]).toEqual(['b', 'x']);

  const split = parsePage('<!-- a comment --><html><head></head><body class="a"><p>One</p></body><p>Two</p><body class="b" id="c"><p>Three</p></body></html>');
  expect([...split.body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['One', 'Two', 'Three']);
  expect([split.body.className, split.body.id]).toEqual(['a', 'c']);
  expect(split.querySelectorAll('body')).toHaveLength(1);
});
