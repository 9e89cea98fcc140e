import { describe, expect, it } from 'vitest';
import { isStoryPointer, labelledList } from '../../../../lib/pipeline/declutter/pointers';
import { textOf } from '../../../../lib/pipeline/declutter/text';
import { contentOf } from './dom';

const PAGE = 'https://news.example.com/politics/budget-vote';
const pointer = (html: string) => {
  const el = contentOf(html).firstElementChild!;
  return isStoryPointer(el, textOf(el), PAGE);
};

describe('isStoryPointer', () => {
  it('finds a link to another story of the site behind a short label, in any language', () => {
    expect(pointer('<p>Lea también: <a href="/world/talks-fail">Why the talks in Riyadh failed again</a></p>')).toBe(true);
    expect(pointer('<p>PUEDES VER: <a href="https://news.example.com/x/1">¿Qué es la Sunedu y para qué sirve?</a></p>')).toBe(true);
    expect(pointer('<p><strong>Dowiedz się więcej:</strong> <a href="/kraj/glosowanie">Kto jak głosował ws. unijnych funduszy?</a></p>')).toBe(true);
    expect(pointer('<p>Das könnte Sie auch interessieren: <a href="/ratgeber/heizung">So sparen Sie beim Heizen im Winter</a></p>')).toBe(true);
    expect(pointer('<p>» <a href="https://m.example.com/sport/match">Spielabbruch in der Kreisliga am Sonntag</a></p>')).toBe(true);
    expect(pointer('<p>[ Also read <a href="/work/remote-risks">Remote work: 3 cultural benefits and potential risks</a>. ]</p>')).toBe(true);
    expect(pointer('<p>(as reported in <a href="/work/remote-risks">Remote work: 3 cultural benefits and potential risks</a>)</p>')).toBe(false);
  });

  it('finds a line that sends the reader to the site’s own full piece, with no separator', () => {
    expect(pointer('<p>Read our full <a href="/article/2791410/lenovo-yoga-9i-review.html">Lenovo Yoga 9i 2-in-1 review</a></p>')).toBe(true);
    expect(pointer('<p>See the complete <a href="/guides/rail-pass">guide to the Japan Rail Pass</a></p>')).toBe(true);
    expect(pointer('<p>Check out our <a href="/reviews/backpacks">best backpacks for long treks</a></p>')).toBe(true);
    // A verb without the determiner opens a sentence; the same line linking elsewhere points out of the site.
    expect(pointer('<p>Read <a href="/politics/statement">what the council said about the budget</a></p>')).toBe(false);
    expect(pointer('<p>Read the full <a href="https://court.example.org/opinion">opinion of the Supreme Court here</a></p>')).toBe(false);
  });

  it('finds a paragraph that is nothing but such a link', () => {
    expect(pointer('<p><a href="/sport/live">Manchester United vs. Brighton, en vivo</a></p>')).toBe(true);
    expect(pointer('<p>&gt;&gt; <a href="/people/closure">Wegen Corona: Danni muss ihr Lokal schließen</a> &lt;&lt;</p>')).toBe(true);
  });

  it('finds a list of one item that is nothing but such a link', () => {
    const lone = contentOf('<ul><li><a href="/20200310/timeline"><strong>The latest news about the coronavirus outbreak</strong></a></li></ul>');
    const item = lone.querySelector('li')!;
    expect(isStoryPointer(item, textOf(item), PAGE)).toBe(true);
  });

  it('leaves a list of links alone, as list items or as a run of paragraphs: inside a story it is the story’s own', () => {
    expect(pointer('<li><a href="/guides/movers">All Around Moving Services Company, Inc.</a></li>')).toBe(false);
    const list = contentOf('<ul><li><a href="/guides/movers">All Around Moving Services Company, Inc.</a></li><li><a href="/guides/vans">Two Men and a Truck of Austin</a></li></ul>');
    expect(isStoryPointer(list.querySelector('li')!, textOf(list.querySelector('li')!), PAGE)).toBe(false);
    const run = ['Brooks Ghost 17 running shoe review', 'Hoka Clifton 10 running shoe review'].map((t, i) => `<p><a href="/reviews/${i}">${t}</a></p>`).join('');
    expect(pointer(run)).toBe(false);
    expect(pointer(`<p>Lea también: <a href="/world/talks">Why the talks in Riyadh failed again</a></p>${run}`)).toBe(true);
  });

  it('leaves the headings of a roundup whose items are linked mostly to other sites', () => {
    const item = (href: string, head: string) =>
      `<p><a href="${href}">${head}</a></p><p>The deal was announced on Monday and is expected to close next year.</p>`;
    const own = item('/deals/jamf-private', 'Francisco Partners to take Jamf private');
    const elsewhere = [
      item('https://finance.example.org/imprivata', 'Imprivata acquires Verosint for its AI'),
      item('https://wire.example.net/levelblue', 'LevelBlue acquires Cybereason in a big deal'),
    ];
    const isPointer = (html: string) => {
      const el = contentOf(html).querySelector('a[href="/deals/jamf-private"]')!.parentElement!;
      return isStoryPointer(el, textOf(el), PAGE);
    };
    expect(isPointer(elsewhere.join('') + own)).toBe(false);
    // One link elsewhere is a source; more links to the site's own stories are its pointers.
    expect(isPointer(elsewhere[0] + own)).toBe(true);
    const more = item('/deals/nso-sold', 'NSO to be acquired by US investors') + item('/deals/veeam', 'Veeam Software to acquire Securiti AI');
    expect(isPointer(elsewhere.join('') + own + more)).toBe(true);
  });

  it('leaves links to other sites, to the page itself, and short links such as names', () => {
    expect(pointer('<p>Lea también: <a href="https://other.org/report">Why the talks in Riyadh failed again</a></p>')).toBe(false);
    expect(pointer(`<p>See: <a href="${PAGE}#votes">How each member of the council voted</a></p>`)).toBe(false);
    expect(pointer('<p>Photo: <a href="/staff/jane">Jane Doe</a></p>')).toBe(false);
  });

  it('leaves a caption that links what its photo shows, however long the link', () => {
    expect(pointer('<p>Pictured: <a href="/plants/bold-belles-criss-cross">Bold Belles® Criss Cross™ begonia</a></p>')).toBe(false);
    expect(pointer('<p>Above: <a href="/travel/harbour-at-dawn">The old harbour of Valletta at dawn</a></p>')).toBe(false);
    expect(pointer('<p>Figure 2: <a href="/data/sales-by-region">Sales by region across the last decade</a></p>')).toBe(false);
    // The same link behind a pointer's label is one.
    expect(pointer('<p>See also: <a href="/plants/bold-belles-criss-cross">Bold Belles® Criss Cross™ begonia</a></p>')).toBe(true);
  });

  it('leaves a sentence with a link in it, and a long label', () => {
    expect(pointer('<p>The mayor <a href="/politics/mayor-speech">explained her reasons in a speech</a> on Tuesday.</p>')).toBe(false);
    expect(pointer('<p>The council said on Monday evening: <a href="/politics/statement">Our full statement on the budget</a></p>')).toBe(false);
    expect(pointer('<p><a href="/a">Why the talks in Riyadh failed</a> and <a href="/b">what comes next for the region</a></p>')).toBe(false);
  });
});

describe('labelledList', () => {
  const item = (href: string, text: string) => `<li><a href="${href}">${text}</a></li>`;
  const links = `${item('/world/talks', 'Why the talks in Riyadh failed')}${item('/world/vote', 'Who voted for the budget')}`;
  const listAfter = (html: string) => labelledList(contentOf(html).querySelector('.label')!, PAGE);

  it('finds the list of links to other stories of the site under a label, also when the label has a wrapper of its own', () => {
    expect(listAfter(`<h3 class="label">Related stories</h3><ul>${links}</ul>`)?.tagName).toBe('UL');
    expect(listAfter(`<div><span class="label">Lesen Sie auch</span></div><ol>${links}</ol>`)?.tagName).toBe('OL');
    // A line of teaser text may follow each headline.
    const teased = `<li><a href="/world/talks">Why the talks in Riyadh failed again</a> Both sides left early.</li><li><a href="/world/vote">Who voted for the council budget</a> A close count.</li>`;
    expect(listAfter(`<p class="label">See also:</p><ul>${teased}</ul>`)).not.toBeNull();
  });

  it('leaves a list that is not only links to other stories of the site, or that is one item long', () => {
    expect(listAfter(`<p class="label">Related:</p><p>Some text</p><ul>${links}</ul>`)).toBeNull();
    expect(listAfter(`<p class="label">Related:</p><ul>${item('/world/talks', 'Why the talks in Riyadh failed')}</ul>`)).toBeNull();
    expect(listAfter(`<p class="label">Related:</p><ul>${links}${item('https://other.org/a', 'A report elsewhere')}</ul>`)).toBeNull();
    expect(listAfter(`<p class="label">Related:</p><ul>${links}<li>Budget talks resume on Monday, when the council meets again.</li></ul>`)).toBeNull();
    const twoStories = '<li><a href="/world/talks">Talks</a> and <a href="/world/vote">the vote</a></li>';
    expect(listAfter(`<p class="label">Related:</p><ul>${links}${twoStories}</ul>`)).toBeNull();
  });
});
