import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../lib/node/parse-page';
import { originsOf } from '../../../../lib/pipeline/declutter/origins';
import { boxLabel, findCardGroups, headlinedCards, isTeaserList } from '../../../../lib/pipeline/declutter/teasers';
import { elementsOf } from '../../../../lib/pipeline/elements';
import { contentOf } from './dom';

const PAGE = 'https://news.example.com/story';
const card = (n: number, cls: string) =>
  `<div class="${cls}"><img src="/i${n}.jpg" alt=""><h3><a href="/other-${n}">Headline number ${n}</a></h3><p>Short blurb.</p></div>`;

describe('findCardGroups', () => {
  it('finds three or more sibling cards of one shape, whatever their class names', () => {
    const root = contentOf([1, 2, 3].map((n) => card(n, `x${n}`)).join(''));
    expect(findCardGroups(root, PAGE)[0]).toHaveLength(3);
  });

  it('takes in a sibling card that lacks the photo', () => {
    const odd = '<div><h3><a href="/other-9">No photo here</a></h3></div>';
    const root = contentOf([1, 2, 3].map((n) => card(n, '')).join('') + odd);
    expect(findCardGroups(root, PAGE)[0]).toHaveLength(4);
  });

  it('leaves out a sibling that holds a list in its own words: the story\'s last checklist beside the cards', () => {
    const checklist = '<div><ul><li>Write and send thank-you cards.</li><li>Complete your <a href="/registry">registry</a>.</li><li>Have your dress cleaned.</li></ul></div>';
    const root = contentOf(checklist + [1, 2, 3].map((n) => card(n, '')).join(''));
    expect(findCardGroups(root, PAGE)[0]).toEqual([...root.children].slice(1));
  });

  it('leaves out a short sibling with neither link nor picture: a checklist between photo cards', () => {
    const list = '<div><ul><li>Allow plenty of time to get ready.</li><li>Take a deep breath.</li></ul></div>';
    const video = '<div><video src="/v.mp4"></video><h3>Watch the clip</h3></div>';
    const root = contentOf([1, 2, 3].map((n) => card(n, '')).join('') + list + video);
    expect(findCardGroups(root, PAGE)[0]).toEqual([...root.children].filter((c) => c.tagName === 'DIV' && !c.querySelector('ul')));
  });

  it('ignores links set in a paragraph, however alike', () => {
    const names = [1, 2, 3, 4].map((n) => `<span><a href="/users/${n}">Reader ${n}</a></span><span>, </span>`).join('');
    expect(findCardGroups(contentOf(`<p><span>Thanks to everyone who wrote in: </span>${names}</p>`), PAGE)).toEqual([]);
  });

  it('ignores two cards, links to other sites, and story paragraphs that cite sources', () => {
    expect(findCardGroups(contentOf(card(1, '') + card(2, '')), PAGE)).toEqual([]);
    const external = [1, 2, 3].map((n) => `<div><a href="https://elsewhere.org/${n}">Elsewhere ${n}</a></div>`);
    expect(findCardGroups(contentOf(external.join('')), PAGE)).toEqual([]);
    const cited = [1, 2, 3].map((n) => `<p>The council said in a <a href="/doc-${n}">report</a> that costs rose.</p>`);
    expect(findCardGroups(contentOf(cited.join('')), PAGE)).toEqual([]);
  });

  it('reads a card in the page when Readability dropped its headline link, but not for a photo link alone', () => {
    const headline = (n: number) => `<div class="title"><a href="/other-${n}">Headline number ${n}</a></div>`;
    const photo = (n: number) => `<a href="/other-${n}"><img src="/i${n}.jpg" alt="Headline ${n}"></a>`;
    const cards = (head: (n: number) => string) =>
      [1, 2, 3].map((n) => `<article>${head(n)}<p>Front Page</p><p>The council met on Tuesday to vote on the budget for ${n}...</p></article>`).join('');
    for (const [head, found] of [[headline, 3], [photo, 0]] as const) {
      const doc = parsePage(`<html><body><div id="content">${cards(head)}</div></body></html>`);
      const clone = doc.cloneNode(true) as Document;
      const origins = originsOf(elementsOf(doc), elementsOf(clone));
      // Readability takes out a link-dense wrapper and leaves the rest of the card.
      for (const wrapper of [...clone.querySelectorAll('.title, a')]) wrapper.remove();
      const root = clone.getElementById('content')!;
      expect(findCardGroups(root, PAGE)).toEqual([]);
      expect(findCardGroups(root, PAGE, origins).flat()).toHaveLength(found);
    }
  });

  it('takes long cards when each dates a linked headline, but not long cards without, or dated ones that link a name', () => {
    const blurb = 'They say the older you get, the faster time seems to pass, and this year did not just pass, it flew by with new desks, new shelves, a new workshop and a team that doubled. '.repeat(2);
    // Its headline set in no heading: a headline that is a heading's whole link is an excerpt's, long or not (below).
    const longCard = (n: number, link: string, date: string) => `<div><figure><img src="/i${n}.jpg" alt=""></figure><div>${link}</div><p>${blurb}</p><p>${date}</p></div>`;
    const headline = (n: number) => `<a href="/blogs/news/post-${n}">How to set up a home office, part ${n}</a>`;
    const name = (n: number) => `<a href="/about/people/writer-${n}">Kanae’s Review</a>`;
    const cards = (link: (n: number) => string, date: string) => contentOf([1, 2, 3].map((n) => longCard(n, link(n), date)).join(''));
    expect(findCardGroups(cards(headline, 'Dec 28, 2025'), PAGE).flat()).toHaveLength(3);
    expect(findCardGroups(cards(headline, ''), PAGE)).toEqual([]);
    expect(findCardGroups(cards(headline, '10:42'), PAGE)).toEqual([]);
    expect(findCardGroups(cards(name, 'Dec 28, 2025'), PAGE)).toEqual([]);
  });

  it('takes long cards that are each a linked headline over one paragraph and short lines, but not a partly linked heading, two paragraphs or another site', () => {
    const blurb = 'Long in the shadow of the big hubs, the city has grown into a gateway for skiing, hiking and the five national parks, and its new airport makes the trip easier than ever before. '.repeat(2);
    const excerpt = (heading: string, body: string) => contentOf([1, 2, 3].map((n) => `<div><h3>${heading.replace('N', `${n}`)}</h3>${body}</div>`).join(''));
    const linked = '<a href="/travel/city-guide-N">City guide, part N</a>';
    expect(findCardGroups(excerpt(linked, `<p>${blurb}</p>`), PAGE).flat()).toHaveLength(3);
    // A short line beside the blurb (its section, its date) is no second paragraph.
    expect(findCardGroups(excerpt(linked, `<p>Travel Guides</p><p>${blurb}</p>`), PAGE).flat()).toHaveLength(3);
    expect(findCardGroups(excerpt(`Step N: read the ${linked}`, `<p>${blurb}</p>`), PAGE)).toEqual([]);
    expect(findCardGroups(excerpt(linked, `<p>${blurb}</p><p>${blurb}</p>`), PAGE)).toEqual([]);
    expect(findCardGroups(excerpt(linked.replace('/travel', 'https://elsewhere.org'), `<p>${blurb}</p>`), PAGE)).toEqual([]);
    // A staff review's heading links its writer's name, not a story.
    expect(findCardGroups(excerpt('<a href="/about/people/writer-N">Kanae’s Review</a>', `<p>${blurb}</p><p>Dec 28, 2025</p>`), PAGE)).toEqual([]);
  });

  it("leaves a hub page's cards of its own parts (a course's modules), as it takes the same cards elsewhere", () => {
    const hub = 'https://web.example.com/learn';
    const module = (n: number) => `<div><img src="/m${n}.png" alt=""><span>Course</span><h3><a href="/learn/module-${n}">Learn module ${n}</a></h3><div>A solid overview of module ${n}.</div></div>`;
    const root = () => contentOf([1, 2, 3].map(module).join(''));
    expect(findCardGroups(root(), hub)).toEqual([]);
    expect(findCardGroups(root(), 'https://web.example.com/learn/module-4').flat()).toHaveLength(3);
    expect(findCardGroups(root(), 'https://web.example.com/').flat()).toHaveLength(3);
  });

  it("finds a grid's cards set in rows of two, but not the links in a list's items", () => {
    const row = (a: number, b: number) => `<div>${card(a, '')}${card(b, '')}</div>`;
    const grid = contentOf(`<div>${row(1, 2)}${row(3, 4)}</div>`);
    expect(findCardGroups(grid, PAGE).flat().map((c) => c.querySelector('a')!.getAttribute('href'))).toEqual([1, 2, 3, 4].map((n) => `/other-${n}`));
    const model = 'This theory names the situations a leader meets and the styles that suit each of them, and it weighs the bond between leader and team, the shape of the task and the power the role gives. ';
    const item = (n: number) => `<li><strong>Model ${n}:</strong> ${model.repeat(2)}For more, follow the link:<br><span><a href="/model-${n}">Model ${n} explained</a></span></li>`;
    expect(findCardGroups(contentOf(`<ol>${item(1)}${item(2)}${item(3)}</ol>`), PAGE)).toEqual([]);
  });
});

describe('headlinedCards, boxLabel and isTeaserList', () => {
  const cardsOf = (root: Element) => [...root.querySelectorAll('.card')];

  it('know teaser cards by a linked headline, links or pictures, and the heading of their box', () => {
    const root = contentOf(`<section><h2 id="label">Refresh your skills</h2><div>${[1, 2, 3].map((n) => card(n, 'card')).join('')}</div></section>`);
    const cards = cardsOf(root);
    expect(headlinedCards(cards, PAGE)).toBe(true);
    expect(isTeaserList(cards)).toBe(true);
    expect(boxLabel(cards)?.id).toBe('label');
  });

  it('tell steps under plain headings from headlined cards, a section heading from a box label, text cards from teasers', () => {
    // Headed steps look illustrated to isTeaserList: within the story, headlinedCards is what keeps them.
    const step = (n: number) => `<div class="card"><h3>Step ${n}</h3><p>Mix the flour and the water for ${n} minutes, then let the dough rest.</p></div>`;
    const root = contentOf(`<h2>Method</h2><div>${[1, 2, 3].map(step).join('')}</div><p>Serve warm.</p>`);
    const cards = cardsOf(root);
    expect(headlinedCards(cards, PAGE)).toBe(false);
    expect(isTeaserList(cards)).toBe(true);
    expect(boxLabel(cards)).toBeNull();
    const plain = contentOf([1, 2, 3].map((n) => `<div class="card"><p>Mix the flour and the water for ${n} minutes, then <a href="/rest">rest</a> it.</p></div>`).join(''));
    expect(isTeaserList(cardsOf(plain))).toBe(false);
  });
});
