import { describe, expect, it } from 'vitest';
import { collectRelated } from '../../../../lib/pipeline/declutter/related';
import { contentOf } from './dom';

const PAGE = 'https://news.example.com/world/story';

describe('collectRelated', () => {
  it('gives each teaser one readable title, once, without tracking and never the page itself', () => {
    const region = contentOf(`
      <div><h3><a href="/world/a?utm_source=rel">Talks in Riyadh</a></h3><a href="/world/a">Read more</a></div>
      <div><p>When it comes to Gaza, nobody agrees. More text follows here.</p><a href="/world/b">Read more</a></div>
      <div><a href="/world/story">This page</a></div>
      <div><a href="/world/a">Talks again</a></div>`);
    expect(collectRelated([{ el: region, section: 'More from X' }], PAGE)).toEqual([
      { title: 'Talks in Riyadh', url: 'https://news.example.com/world/a', section: 'More from X' },
      { title: 'When it comes to Gaza, nobody agrees.', url: 'https://news.example.com/world/b', section: 'More from X' },
    ]);
  });

  it('leaves out links the page marks as an author or topic page', () => {
    const region = contentOf(`<div><a href="/author/bob" rel="author">More about Bob Fischer</a></div>
      <div><a href="/tag/aviation" rel="tag">All about aviation</a></div><div><a href="/world/c">Pilots trained in Italy</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.url)).toEqual(['https://news.example.com/world/c']);
  });

  it('leaves out listing pages by their address: a category, a tag, an author, a topic', () => {
    const region = contentOf(`<div><a href="/category/hotels">All posts filed under Hotels</a></div>
      <div><a href="/tag/energy-crisis/page/2/">Articles on the energy crisis</a></div><div><a href="/autor/anna-weber">Anna Weber</a></div>
      <div><a href="/topic/ai">Latest news on artificial intelligence</a></div>
      <div><a href="/topic/ai/pilots-trained-in-italy">Pilots trained in Italy</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.url)).toEqual(['https://news.example.com/topic/ai/pilots-trained-in-italy']);
  });

  it('leaves out the index of all authors or topics, search results, and links that share the page or answer a comment', () => {
    const region = contentOf(`<div><a href="/authors">Alle Autoren</a></div>
      <div><a href="/world/story?share=email">Klick, um dies einem Freund per E-Mail zu senden</a></div>
      <div><a href="/world/story?replytocom=12">Reply to Anna</a></div>
      <div><a href="/search/searchResult?field=author&amp;criteria=Chong+Lee">Chong Lee, PhD</a></div>
      <div><a href="/suche?author=Julia+Lauter">Interview: Julia Lauter</a></div>
      <div><a href="/author//tim-clark">Tim Clark, senior editor</a></div>
      <div><a href="/world/authors-in-exile">Authors in exile meet in Berlin</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.url)).toEqual(['https://news.example.com/world/authors-in-exile']);
  });

  it('leaves out affiliate redirects, which lead to a shop', () => {
    const region = contentOf(`<div><a href="/go/wix-pricing">$15.30 with code TAKE10</a></div>
      <div><a href="https://go.example.com/aff_c?offer_id=3453&aff_id=1005">Colonial Van Lines</a></div>
      <div><a href="/recommends/kettle">Our pick of kettles</a></div><div><a href="/world/go-slow">Why the city wants to go slow</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.url)).toEqual(['https://news.example.com/world/go-slow']);
  });

  it('titles a card by its headline when its link only asks for a click', () => {
    const region = contentOf(`<div><h4>The best hiking boots of 2025</h4><p>Tested on 300 miles of trail.</p><a href="/gear/boots">Read full review</a></div>
      <div><img src="/k.jpg" alt="A gooseneck kettle on a stove"><a href="/gear/kettle">Check price on Amazon</a></div>
      <div><p>Spain's new rail line opens in May and cuts the trip to three hours.</p><a href="/world/rail">Ver más</a></div>
      <div><a href="/world/deals">Get the best deals on trains this summer</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'The best hiking boots of 2025',
      'A gooseneck kettle on a stove',
      "Spain's new rail line opens in May and cuts the trip to three hours.",
      'Get the best deals on trains this summer',
    ]);
  });

  it('titles a card by the heading that links where the card does, not the section heading above it', () => {
    const card = (slug: string, kind: string, headline: string) =>
      `<div><a href="/${slug}" class="image"></a><h5>${kind}</h5><h3><a href="/${slug}">${headline}</a></h3><p>A blurb that runs on for a while about it.</p></div>`;
    const region = contentOf(card('golf', 'Sponsored Content', 'Ireland: The Pinnacle of Golf') + card('chalet', 'Hotels', 'Rosewood London Unveils The Chalet'));
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual(['Ireland: The Pinnacle of Golf', 'Rosewood London Unveils The Chalet']);
    // Without a linked heading, the first heading titles it, as before.
    const plain = contentOf('<div><h4>The best hiking boots of 2025</h4><h5>Gear</h5><a href="/gear/boots">Read full review</a></div>');
    expect(collectRelated([{ el: plain }], PAGE).map((l) => l.title)).toEqual(['The best hiking boots of 2025']);
  });

  it('titles a card by its headline, not its byline or date, and leaves one with neither', () => {
    const region = contentOf(`<div><a href="/travel/warm"><img src="/w.jpg" alt="Warm places to spend the winter"></a><a href="/travel/warm">Von Micol Passariello</a></div>
      <div><a href="/news/battery">22. Juni 2022</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual(['Warm places to spend the winter']);
  });

  it('cuts a long teaser at its first sentence, not at a date\'s day or an abbreviation', () => {
    const region = contentOf(`<div><a href="/press/34">Press release no. 34 of 08. November 2021 on the border with Belarus. The police reported 150 crossings.</a></div>`);
    expect(collectRelated([{ el: region }], PAGE)[0].title).toBe('Press release no. 34 of 08. November 2021 on the border with Belarus.');
    const titles = ['Solar Panel Wiring Basics: Series vs. Parallel', 'Key facts and trends in the U.S. electronics trade', 'Un an à l’atelier Sciences Po de Delacroix, ép. 5 : éprouvante oralité'];
    const cards = contentOf(titles.map((t, i) => `<div><a href="/blog/${i}">${t}</a></div>`).join(''));
    expect(collectRelated([{ el: cards }], PAGE).map((l) => l.title)).toEqual(titles);
  });

  it('titles a card without the date or "Read:" before its headline and the "mehr" or arrow after it', () => {
    const region = contentOf(`<div><a href="/world/a"><span>11.01.2022</span>Teams change for the new season.</a></div>
      <p><a href="/world/b">Read: Two disasters are worse than one</a></p>
      <div><a href="/world/c">Weather of the past years… mehr •••</a></div>
      <div><a href="/world/d">The ultimate guide to tides »</a></div>
      <div><a href="/world/e">Mehr «Leben»</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'Teams change for the new season.',
      'Two disasters are worse than one',
      'Weather of the past years…',
      'The ultimate guide to tides',
      'Mehr «Leben»',
    ]);
  });

  it('reads a kicker and its headline apart when no space sets them apart, but not a word in two tags', () => {
    const region = contentOf(`<div><a href="/world/a"><span>Einfacher Trick</span><span>So stellst du Sauerkraut selbst her</span></a></div>
      <div><a href="/world/b"><span><p>Advanced online security</p></span><span><p>Discover tips for your privacy online.</p></span></a></div>
      <div><a href="/world/c"><span>Vorsicht, giftig!</span><span>Diese acht Lebensmittel nie roh essen</span></a></div>
      <div><a href="/world/d">Why Linked<b>In</b> bought the startup</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'Einfacher Trick: So stellst du Sauerkraut selbst her',
      'Advanced online security: Discover tips for your privacy online.',
      'Vorsicht, giftig! Diese acht Lebensmittel nie roh essen',
      'Why LinkedIn bought the startup',
    ]);
  });

  it('titles a list item that links only its last words by the whole item, not one with a label or a source', () => {
    const region = contentOf(`<ul><li>Chris Evans <a href="/world/a">goes to Washington</a></li>
      <li>Lesetipp: <a href="/world/b">Welche Sternzeichen passen zusammen?</a></li>
      <li>Also read <a href="/world/c">how to save money on car repairs</a>.</li>
      <li>Read our full <a href="/world/g">Acer Nitro V 16 AI review</a></li>
      <li><a href="/world/d">Talks resume in Riyadh</a> (Reuters)</li>
      <li>👉 <a href="/world/e">I will show you how to fix all of it.</a></li>
      <li>zzgl. <a href="/world/f">Versandkosten</a></li></ul>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'Chris Evans goes to Washington',
      'Welche Sternzeichen passen zusammen?',
      'how to save money on car repairs',
      'Acer Nitro V 16 AI review',
      'Talks resume in Riyadh',
      'I will show you how to fix all of it.',
    ]);
  });

  it('does not list a link on a phrase inside a sentence of prose, which names no story', () => {
    const region = contentOf(`<p>Most movers expect a tip, and our guide to <a href="/world/a">tipping movers</a> says how much.</p>
      <p>[ Also read <a href="/world/b">Remote work: 3 cultural benefits</a>. ]</p>
      <p>Related: <a href="/world/c">Talks resume in Riyadh</a> (video)</p>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual(['Remote work: 3 cultural benefits', 'Talks resume in Riyadh']);
  });

  it('leaves out a link back to the listing, behind its arrow, and keeps headlines that begin the same way', () => {
    const region = contentOf(`<div><a href="/events">« Zurück zu den Veranstaltungen</a></div>
      <div><a href="/world/f">Back to school: what changes this year</a></div>
      <div><a href="/world/g">Powrót do szkół we wrześniu</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'Back to school: what changes this year',
      'Powrót do szkół we wrześniu',
    ]);
  });

  it('leaves out a link that shows its own address, which names no story', () => {
    const region = contentOf(`<div><a href="https://news.example.com/4856">Short link: https://news.example.com/4856</a></div>
      <div><a href="/world/h">Floods close the coast road again</a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual(['Floods close the coast road again']);
  });

  it('leaves out what a link tells screen readers about where it opens', () => {
    const region = contentOf(`<div><a href="/press/34">Press release on the border (Öffnet neues Fenster)</a></div>
      <div><a href="/press/35">Second release on the border<span>(opens in a new tab)</span></a></div>`);
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual(['Press release on the border', 'Second release on the border']);
  });

  it('does not title three stories alike: a text on each card names the site, not the story', () => {
    const region = contentOf(['loft-wedding', 'boathouse-wedding', 'castle-wedding'].map((slug) =>
      `<figure><img src="/${slug}.jpg" alt="${slug.replace('-', ' ')} photo shoot"><figcaption>Image via <a href="/${slug}">One Fab Day</a></figcaption></figure>`).join('') +
      '<div><a href="/other">One Fab Day</a></div>');
    expect(collectRelated([{ el: region }], PAGE).map((l) => l.title)).toEqual([
      'loft wedding photo shoot', 'boathouse wedding photo shoot', 'castle wedding photo shoot',
    ]);
  });

  it('takes only links after the label when given one', () => {
    const region = contentOf('<a href="/world/before">Before the label</a><h2 id="l">Related</h2><a href="/world/after">After the label</a>');
    const links = collectRelated([{ el: region, after: region.querySelector('#l')! }], PAGE);
    expect(links.map((l) => l.url)).toEqual(['https://news.example.com/world/after']);
  });
});
