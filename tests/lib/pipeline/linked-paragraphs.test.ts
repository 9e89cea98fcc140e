import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { readBoth } from '../../helpers/read-both';
import { unwrapLinkedParagraphs } from '../../../lib/pipeline/linked-paragraphs';

const CITING = 'It focuses on whole foods and puts plants first. <a href="https://journal.example/1">Studies show</a> that such diets ' +
  'help with <a href="https://journal.example/2">weight loss</a> and <a href="https://journal.example/3">heart health</a>.';
const para = (n: number) => `<div><p>Part ${n}: the council met on Tuesday night and voted to keep the old library open for another year, ` +
  'after more than two hundred residents wrote in and a petition gathered four thousand names.</p></div>';

describe('unwrapLinkedParagraphs', () => {
  it('takes a paragraph that cites in links out of the div that holds it alone', () => {
    const doc = parsePage(`<body><div id="w"><p id="c">${CITING}</p></div></body>`);
    unwrapLinkedParagraphs(doc);
    expect(doc.getElementById('w')).toBeNull();
    expect(doc.getElementById('c')?.parentElement).toBe(doc.body);
  });

  it('leaves link lists, few links, short lines and shared wrappers as they are', () => {
    const doc = parsePage(`<body>
      <div id="list"><p><a href="/a">A story about the council and its budget for next year</a>.</p></div>
      <div id="plain"><p>The council met on Tuesday night and voted to keep the old library open, <a href="/v">the vote</a> says.</p></div>
      <div id="short"><p>See <a href="/a">the study</a> and <a href="/b">its data</a>.</p></div>
      <div id="shared"><p>${CITING}</p><p>Another paragraph.</p></div>
      <div id="texted">Note: <p>${CITING}</p></div></body>`);
    unwrapLinkedParagraphs(doc);
    for (const id of ['list', 'plain', 'short', 'shared', 'texted']) expect(doc.getElementById(id), id).not.toBeNull();
  });
});

describe('extractArticle with a paragraph that cites in links', () => {
  it('keeps the paragraph Readability alone drops with its wrapper', () => {
    const page = parsePage(`<html><head><title>Library stays open</title></head><body><article>${[1, 2].map(para).join('')}
      <div><p>${CITING}</p></div>${[3, 4, 5].map(para).join('')}</article></body></html>`);
    const { alone, article } = readBoth(page, 'https://town.example/news/library');
    expect(alone).not.toContain('puts plants first');
    expect(article.text).toContain('It focuses on whole foods and puts plants first. Studies show that such diets help');
    expect(page.body.innerHTML).toContain(`<div><p>${CITING}</p></div>`);
  });
});
