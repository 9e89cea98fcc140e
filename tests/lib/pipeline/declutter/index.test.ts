import { describe, expect, it } from 'vitest';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { parsePage } from '../../../../lib/node/parse-page';
import { contentOf, storyParagraph } from './dom';

const PAGE = 'https://news.example.com/world/story';
const run = (html: string) => declutterStory({ content: contentOf(html), pageUrl: PAGE, title: 'The Story', byline: null });

describe('declutterStory', () => {
  it('keeps the story and reports each block it took away', () => {
    const result = run(`
      <h1>The Story</h1><p>By Jane Doe</p>
      <figure><img src="a.jpg" alt=""><figcaption>A tank near the border on Tuesday morning.</figcaption></figure>
      <p>A tank near the border on Tuesday morning.</p><p>REUTERS/Jane Doe</p>
      ${storyParagraph(1)}<p>Read more: <a href="/world/other">Why talks failed</a></p>${storyParagraph(2)}
      <h2>More from News</h2>
      <div><a href="/world/a">Teaser A</a></div><div><a href="/world/b">Teaser B</a></div>`);
    expect(result.text.split('\n\n')).toEqual([expect.stringMatching(/^Story paragraph 1/), expect.stringMatching(/^Story paragraph 2/)]);
    // The figure keeps one caption, shown under its photo; the text is the prose alone.
    expect(result.html.split('A tank near the border').length - 1).toBe(1);
    expect(result.html).toContain('<figcaption>A tank near the border on Tuesday morning.</figcaption>');
    expect(result.removed.map((r) => r.kind).sort()).toEqual(
      ['byline', 'credit', 'duplicate', 'headline', 'label', 'readmore', 'teaser', 'teaser'].sort(),
    );
    expect(result.related.map((r) => r.url)).toEqual([
      'https://news.example.com/world/a',
      'https://news.example.com/world/b',
      'https://news.example.com/world/other',
    ]);
  });

  it('removes blocks the page named as clutter, and no stamp reaches the HTML', () => {
    const doc = parsePage(`<html><body><div id="c">${storyParagraph(1)}<div class="social-share"><a href="/x">Facebook</a></div>${storyParagraph(2)}</div></body></html>`);
    const result = declutterStory({ content: doc.getElementById('c')!, pageUrl: PAGE, title: '', byline: null });
    expect(result.removed).toEqual([{ kind: 'share', text: 'Facebook' }]);
    expect(result.html).not.toContain('data-sift');
    expect(result.html).not.toContain('class=');
  });

  it('takes out a block the page keeps out of search snippets, but not one that holds the story', () => {
    const card = '<div class="display-card" data-nosnippet><h5><a href="/tools">4 automation tools that save time</a></h5><p>Save time with these tools.</p></div>';
    const doc = parsePage(`<html><body><div id="c">${storyParagraph(1)}${card}${storyParagraph(2)}<div data-nosnippet>${storyParagraph(3)}</div></div></body></html>`);
    const result = declutterStory({ content: doc.getElementById('c')!, pageUrl: PAGE, title: '', byline: null });
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2', 'Story paragraph 3']);
    expect(result.removed.map((r) => r.kind)).toEqual(['nosnippet']);
  });

  it('keeps a subhead whose class says tag, and takes the tag list after the story', () => {
    const doc = parsePage(`<html><body><div id="c">${storyParagraph(1)}<h3 class="edTag">How the plan may help</h3>${storyParagraph(2)}<div class="tags"><a href="/t/a">Health</a> <a href="/t/b">Science</a></div></div></body></html>`);
    const result = declutterStory({ content: doc.getElementById('c')!, pageUrl: PAGE, title: '', byline: null });
    expect(result.text).toContain('How the plan may help');
    expect(result.removed).toEqual([{ kind: 'tags', text: 'Health Science' }]);
  });

  it('does not remove most of the text when a rule misfires', () => {
    const list = Array.from({ length: 8 }, (_, i) => `<li><a href="/world/s${i}">Section ${i} of the guide</a> with a short note</li>`).join('');
    const result = run(`<p>A short intro.</p><ul>${list}</ul>`);
    expect(result.text).toContain('Section 7 of the guide');
  });

  it('takes out a control line after a teaser list that spent the removal budget', () => {
    // Sixteen teasers are 84 % of the text: the list goes, and leaves too little budget for a line.
    const teasers = Array.from({ length: 16 }, (_, i) => `<div><h3><a href="/world/s${i}">Teaser headline number ${i} about the week</a></h3><p>A short blurb for teaser ${i}.</p></div>`).join('');
    const result = run(`${storyParagraph(1)}<div>${teasers}</div><p>Rate this article</p>`);
    expect(result.text.split('\n\n')).toEqual([expect.stringMatching(/^Story paragraph 1/)]);
    expect(result.removed.filter((r) => r.kind === 'teaser')).toHaveLength(16);
    expect(result.removed.at(-1)).toEqual({ kind: 'share', text: 'Rate this article' });
  });

  it('takes out a short colon line that closes the text, which introduces nothing left', () => {
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}<p>Weitere Informationen zum Thema:</p>`);
    expect(result.text).not.toContain('Weitere Informationen');
    expect(result.removed).toEqual([{ kind: 'label', text: 'Weitere Informationen zum Thema:' }]);
    // With its list after it, or as a long sentence, it stays.
    expect(run(`${storyParagraph(1)}${storyParagraph(2)}<p>What you need:</p><ul><li>Two eggs</li><li>Flour</li></ul>`).text).toContain('What you need:');
    const long = 'The mayor listed what the city will fund next year in the new budget:';
    expect(run(`${storyParagraph(1)}${storyParagraph(2)}<p>${long}</p>`).text).toContain(long);
  });

  it('keeps one copy of a story the page shipped twice, though the copy is half the text', () => {
    const story = [1, 2, 3].map(storyParagraph).join('');
    const result = run(`<div class="desktop">${story}</div><div class="mobile">${story}</div>`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2', 'Story paragraph 3']);
    expect(result.removed.map((r) => r.kind)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });

  it('takes out forms beside the story, and keeps a form that wraps the whole story', () => {
    const signup = '<form><p>Fill out the form to get a copy of our ebook.</p><div>First Name*</div><div>Email*</div><p>This field is for validation purposes and should be left unchanged.</p></form>';
    const beside = run(`${storyParagraph(1)}${signup}${storyParagraph(2)}`);
    expect(beside.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(beside.removed).toEqual([expect.objectContaining({ kind: 'form' })]);
    // ASP.NET pages set everything inside one <form>.
    const wrapped = run(`<form id="aspnetForm">${storyParagraph(1)}${storyParagraph(2)}</form>`);
    expect(wrapped.text).toContain('Story paragraph 2');
    expect(wrapped.removed).toEqual([]);
  });

  it('takes out skip links and other in-page controls set inline, outside any block', () => {
    const result = run(`<a href="#content">Skip to content</a><div>${storyParagraph(1)}${storyParagraph(2)}</div><a href="#top">Back to top</a>`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed).toEqual([{ kind: 'share', text: 'Skip to content' }, { kind: 'share', text: 'Back to top' }]);
    // A link to another page that says the same is not a control of this one; nor is a jump link that names a section.
    const kept = run(`<a href="/content">Skip to content</a><a href="#methods">Methods</a>${storyParagraph(1)}${storyParagraph(2)}`);
    expect(kept.removed).toEqual([]);
    // A link back up the page says where it leads.
    const back = run(`${storyParagraph(1)}<p><a href="#picks"><span>Back to our top GPS Watches for Running Picks</span></a></p>${storyParagraph(2)}`);
    expect(back.removed).toEqual([{ kind: 'share', text: 'Back to our top GPS Watches for Running Picks' }]);
    // A skip link says what it skips, not where it leads.
    const skip = run(`${storyParagraph(1)}<a class="skip-block" href="#sb-1">Skip Course introduction and Topic navigation block</a>${storyParagraph(2)}`);
    expect(skip.removed).toEqual([{ kind: 'share', text: 'Skip Course introduction and Topic navigation block' }]);
  });

  it('takes out site notices that close the story, though they read like its paragraphs', () => {
    const rights = '<p>This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media. Reprinting content without permission is theft and punishable by law.</p>';
    const closing = run(`${storyParagraph(1)}${storyParagraph(2)}${rights}`);
    expect(closing.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(closing.removed).toEqual([expect.objectContaining({ kind: 'notice' })]);
    // A paragraph that opens the story, or sits inside it, may be about rights and log-ins.
    for (const html of [`${rights}${storyParagraph(1)}${storyParagraph(2)}`, `${storyParagraph(1)}${rights}${storyParagraph(2)}`]) {
      expect(run(html).text).toContain('copyrighted property');
    }
    // Nor is a story of one paragraph ever left empty.
    expect(run(rights).text).toContain('copyrighted property');
  });

  it('takes out a short notice that sat above a closing one, once the closing one has gone', () => {
    const copyright = '<p>Copyright © 2023 NPR. All rights reserved. Visit our website <a href="/terms">terms of use</a> for further information.</p>';
    const transcript = '<p>Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. Audio on npr.org may be edited after its original broadcast or publication. The authoritative record of NPR’s programming is the audio record.</p>';
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}<p>For NPR News, I'm Jane Doe in Austin.</p>${copyright}${transcript}`);
    expect(result.text).not.toContain('Copyright');
    expect(result.text).toContain('For NPR News');
    expect(result.removed.map((r) => r.kind)).toEqual(['notice', 'notice']);
    // Between story paragraphs it is the story's, as any notice is.
    expect(run(`${storyParagraph(1)}${copyright}${storyParagraph(2)}${transcript}`).text).toContain('Copyright © 2023 NPR');
  });

  it('takes out what a support box whose asks went leaves after the story: its sign-off', () => {
    const asks = [
      '<p>We’re in the midst of our end-of-year campaign, our most important fundraising effort of the year. Thanks to NewsMatch, every dollar you give will be doubled through December 31.</p>',
      '<p>If you believe stories like the one you just finished matter, please consider pitching in what you can. This effort helps ensure our reporting and resources stay free and accessible to everyone.</p>',
    ];
    const signOff = '<p>Thank you.<br>Jane Roe<br>Editor in chief</p>';
    const story = `<div>${storyParagraph(1)}${storyParagraph(2)}</div>`;
    const result = run(`${story}<div>${asks.join('')}${signOff}</div>`);
    expect(result.text).not.toContain('Editor in chief');
    expect(result.removed.map((r) => r.kind)).toEqual(['notice', 'notice', 'notice']);
    // One ask is no box of them; a longer rest is more than a sign-off; a box that holds the story's end is the story's.
    expect(run(`${story}<div>${asks[1]}${signOff}</div>`).text).toContain('Editor in chief');
    const longer = '<p>Thank you, from all of us: the reporters, editors and photographers who spent the year in your schools and towns.</p>';
    expect(run(`${story}<div>${asks.join('')}${longer}</div>`).text).toContain('Thank you, from all of us');
    expect(run(`<div>${storyParagraph(1)}${storyParagraph(2)}${asks.join('')}${signOff}</div>`).text).toContain('Editor in chief');
    // Inside the story, what a box of newsletter asks leaves is the story's to keep.
    const newsletters = [
      "<p>Love movies? Live for TV? USA TODAY's Watch Party newsletter has all the best recommendations for the weekend and the week ahead, delivered right to your inbox. Sign up now.</p>",
      '<p>Get the morning briefing from Example News delivered to your inbox every weekday: the five stories you need to know. Sign up for our free newsletter today.</p>',
    ];
    const inside = run(`${storyParagraph(1)}<div>${newsletters.join('')}<p>Jane Roe, audience editor</p></div>${storyParagraph(2)}`);
    expect(inside.removed.map((r) => r.kind)).toEqual(['newsletter', 'newsletter']);
    expect(inside.text).toContain('Jane Roe, audience editor');
  });

  it('takes out a newsletter ask long enough to read like a paragraph, wherever it stands', () => {
    const ask = "<p>Love movies? Live for TV? USA TODAY's Watch Party newsletter has all the best recommendations for the weekend and the week ahead, delivered right to your inbox. Sign up now.</p>";
    const result = run(`${storyParagraph(1)}${ask}${storyParagraph(2)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed).toEqual([expect.objectContaining({ kind: 'newsletter' })]);
    expect(run(ask).text).toContain('Watch Party');
  });

  it('takes out the pitch and small print a sign-up box keeps once its ask went, inside the story too', () => {
    const box = [
      '<p>Subscribe to the Neural Network Newsletter</p>',
      '<p>Sign up to join 800,000+ other subscribers and receive regular emails on neuroscience and health tools.</p>',
      "<p>By submitting your email to subscribe, you agree to Scicomm Media's Privacy Policy.</p>",
    ].join('');
    const result = run(`${storyParagraph(1)}<div>${box}</div>${storyParagraph(2)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed.map((r) => r.kind)).toEqual(['newsletter', 'newsletter']);
  });

  it('takes out a disclosure or browser warning that opens the story, but never the story’s only paragraph', () => {
    const disclosure = '<p>This post may contain affiliate links. If you buy something through them, we may earn a small commission at no extra cost to you, which helps keep the site running.</p>';
    const opened = run(`${disclosure}${storyParagraph(1)}${storyParagraph(2)}`);
    expect(opened.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(opened.removed).toEqual([expect.objectContaining({ kind: 'notice', text: expect.stringMatching(/^This post may contain affiliate links/) })]);
    expect(run(disclosure).text).toContain('affiliate links');
    // An editorial note or a browser warning above the story goes the same way.
    for (const note of [
      '<p>Accounting.com is committed to delivering content that is objective and actionable. To that end, a network of professionals reviews it.</p>',
      '<p>We noticed that you are using Internet Explorer 11 or older, which is no longer supported. Please consider using Microsoft Edge, Chrome or Firefox.</p>',
    ]) {
      expect(run(`${note}${storyParagraph(1)}${storyParagraph(2)}`).removed.map((r) => r.kind), note).toEqual(['notice']);
    }
  });

  it('reads the date line under an opening disclosure as above the story, not inside it', () => {
    const disclosure = '<p>This post may contain affiliate links. If you buy something through them, we may earn a small commission at no extra cost to you, which helps keep the site running.</p>';
    const stamped = run(`${disclosure}<p>Last updated on September 16th, 2023 at 09:27 am</p>${storyParagraph(1)}${storyParagraph(2)}`);
    expect(stamped.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(stamped.removed.map((r) => r.kind).sort()).toEqual(['byline', 'notice']);
  });

  it('takes out a notice under its own label wherever it stands, but not a label alone', () => {
    const disclaimer = '<p>Disclaimer: This article is intended for educational purposes only and is not a substitute for medical advice. Always consult a qualified healthcare provider.</p>';
    const disclosure = '<p>Disclosure: some of my posts contain affiliate links. If you buy through one of them I may earn a small commission, at no cost to you.</p>';
    for (const notice of [disclaimer, disclosure]) {
      const result = run(`${storyParagraph(1)}${notice}${storyParagraph(2)}`);
      expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
      expect(result.removed).toEqual([expect.objectContaining({ kind: 'notice' })]);
    }
    // Unlabelled, or labelled without a notice's words, it is the story's inside it.
    expect(run(`${storyParagraph(1)}${disclaimer.replace('Disclaimer: ', '')}${storyParagraph(2)}`).text).toContain('not a substitute');
    const note = '<p>Note: the council meets again on Monday, when the budget and the new parking rules are both on the agenda for a final vote.</p>';
    expect(run(`${storyParagraph(1)}${note}${storyParagraph(2)}`).text).toContain('the council meets again');
    expect(run(disclaimer).text).toContain('not a substitute');
  });

  it('takes out pointers to other stories set between the paragraphs, and lists where they lead', () => {
    const result = run(`${storyParagraph(1)}<p>Lea también: <a href="/world/talks">Why the talks in Riyadh failed again</a></p>
      ${storyParagraph(2)}<p><a href="/sport/derby?utm_source=inline">Derby called off after crowd trouble on Sunday</a></p>${storyParagraph(3)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2', 'Story paragraph 3']);
    expect(result.removed.map((r) => r.kind)).toEqual(['readmore', 'readmore']);
    expect(result.related.map((r) => r.url)).toEqual(['https://news.example.com/world/talks', 'https://news.example.com/sport/derby']);
  });

  it('takes out a template’s dummy text, however much it reads like the story', () => {
    const lorem = '<h3>Lorem ipsum 2</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.</p>';
    const result = run(`${storyParagraph(1)}${lorem}${storyParagraph(2)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed.map((r) => r.kind)).toEqual(['placeholder', 'placeholder']);
  });

  it('takes out a related label inside the story with the list of links it opens, and lists them under the label', () => {
    const list = '<ul><li><a href="/world/talks">Why the talks in Riyadh failed</a></li><li><a href="/world/vote">Who voted for the budget</a></li></ul>';
    const result = run(`${storyParagraph(1)}<div class="title">Veja também:</div>${list}${storyParagraph(2)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed.map((r) => r.kind)).toEqual(['label', 'teaser']);
    expect(result.related).toEqual([
      { title: 'Why the talks in Riyadh failed', url: 'https://news.example.com/world/talks', section: 'Veja também:' },
      { title: 'Who voted for the budget', url: 'https://news.example.com/world/vote', section: 'Veja também:' },
    ]);
    // Under any other line, a list of links inside the story is the story's own.
    expect(run(`${storyParagraph(1)}<p>The documents:</p>${list}${storyParagraph(2)}`).text).toContain('Who voted for the budget');
  });

  it('takes out a sentence that opens a list of related links, with its list, and keeps it with no list', () => {
    const intro = '<p>You may also be interested in the following articles:</p>';
    const list = '<ul><li><a href="/world/talks">Why the talks in Riyadh failed</a></li><li><a href="/world/vote">Who voted for the budget</a></li></ul>';
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}${intro}${list}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed.map((r) => r.kind)).toEqual(['label', 'teaser']);
    expect(result.related.map((r) => [r.url, r.section])).toEqual([
      ['https://news.example.com/world/talks', 'You may also be interested in the following articles:'],
      ['https://news.example.com/world/vote', 'You may also be interested in the following articles:'],
    ]);
    // The same sentence before a paragraph, or before a list of steps without links, is the story's.
    expect(run(`${storyParagraph(1)}${intro}${storyParagraph(2)}`).text).toContain('You may also be interested');
    expect(run(`${storyParagraph(1)}${intro}<ul><li>Step one</li><li>Step two</li></ul>${storyParagraph(2)}`).text).toContain('You may also be interested');
  });

  it('takes out teaser cards set inside the story when each card leads with a linked headline', () => {
    const card = (slug: string, title: string) =>
      `<li><div><p>Course</p><h2><a href="/learn/${slug}">${title}</a></h2><p>A short line on what the ${slug} course covers.</p></div></li>`;
    const cards = `<ul>${card('seo', 'Search Engine Optimization')}${card('ux', 'UX Design for Marketers')}${card('mobile', 'Mobile Marketing')}</ul>`;
    // The box's heading goes with its cards, and names them in the related list.
    const result = run(`${storyParagraph(1)}<div><h2>Refresh Your Skills</h2>${cards}</div>${storyParagraph(2)}`);
    expect(result.text.split('\n\n').map((p) => p.slice(0, 17))).toEqual(['Story paragraph 1', 'Story paragraph 2']);
    expect(result.removed.map((r) => r.kind)).toEqual(['label', 'teaser', 'teaser', 'teaser']);
    expect(result.related).toContainEqual({ title: 'UX Design for Marketers', url: 'https://news.example.com/learn/ux', section: 'Refresh Your Skills' });
    // The story's own list of links inside it, with no headline to each item, stays.
    const steps = ['seo', 'ux', 'mobile'].map((slug) => `<li><div><p>Step</p><p><a href="/learn/${slug}">Read the ${slug} guide</a> before you start.</p></div></li>`).join('');
    expect(run(`${storyParagraph(1)}<ul>${steps}</ul>${storyParagraph(2)}`).text).toContain('Read the mobile guide');
  });
});
