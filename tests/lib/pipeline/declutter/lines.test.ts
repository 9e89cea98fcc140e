import { describe, expect, it } from 'vitest';
import { classifyLine, isCreditOrDate, isNewsletterAskLine, withoutLeadingDate } from '../../../../lib/pipeline/declutter/lines';
import { locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

function classify(before: string, after = '', byline: string | null = null) {
  const root = contentOf(`<div id="b">${before}</div>${storyParagraph(1)}${storyParagraph(2)}<div id="a">${after}</div>`);
  const story = locateStory(root);
  return {
    before: before ? classifyLine(root.querySelector('#b')!, story, byline) : null,
    after: after ? classifyLine(root.querySelector('#a')!, story, byline) : null,
  };
}

describe('classifyLine', () => {
  it('takes byline and date lines above the story', () => {
    expect(classify('GZERO Staff <time datetime="2024-08-13">August 13, 2024</time>').before).toBe('byline');
    expect(classify('By Jane Doe').before).toBe('byline');
    expect(classify('Updated 3 hours ago').before).toBe('byline');
    expect(classify('Reading Time: 8 minutes').before).toBe('byline');
    expect(classify('3 MIN. READ').before).toBe('byline');
    expect(classify('Written by Cassidy Horton').before).toBe('byline');
    expect(classify('By: Jane Doe').before).toBe('byline');
    expect(classify('Reviewed by: Brian Stormont, CFP®').before).toBe('byline');
    expect(classify('Last Updated').before).toBe('byline');
    expect(classify('Jane Doe', '', 'Jane Doe').before).toBe('byline');
  });

  it('takes a reading-time stamp wherever it stands, and not a sentence about reading', () => {
    const inside = (line: string) => {
      const root = contentOf(`${storyParagraph(1)}<p id="m">${line}</p>${storyParagraph(2)}${storyParagraph(3)}`);
      return classifyLine(root.querySelector('#m')!, locateStory(root), null);
    };
    for (const line of ['3 MIN. READ', '5 min read', 'Reading time: 4 minutes', 'Estimated read time 6 min', 'Lesezeit: ca. 3 Min.', 'Temps de lecture : 2 min']) {
      expect(inside(line), line).toBe('byline');
    }
    expect(inside('It took the clerk 3 minutes to read the verdict aloud.')).toBeNull();
    expect(inside('Reading time matters')).toBeNull();
  });

  it("takes a byline's lead word left on its own line, wherever it stands", () => {
    for (const line of ['By', 'By:', 'Edited by', 'Reviewed by', 'Fact-checked by', 'Von', 'Par']) {
      expect(classify(line, line), line).toEqual({ before: 'byline', after: 'byline' });
    }
    expect(classify('', 'By the way').after).toBeNull();
    expect(classify('', 'Edited').after).toBeNull();
  });

  it('takes a byline that closes the page, a name after its lead words, and no sentence', () => {
    for (const line of ['Written by Cassidy Horton', 'By Jane Doe', 'Von Claudia Lindner', 'Par Jacques Munier']) {
      expect(classify('', line).after, line).toBe('byline');
    }
    expect(classify('', 'By then the council had voted.').after).toBeNull();
    expect(classify('', 'by infuy').after).toBeNull();
    expect(classify('', 'Von Rechts wegen').after).toBeNull();
  });

  it('does not take a dated sentence for a byline', () => {
    expect(classify('Bern, 17.08.2007 - Rede des Bundesrates beim Städtegipfel in Basel über die Zukunft der Städte').before).toBeNull();
    expect(classify('Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019 akzeptiert').before).toBeNull();
    expect(classify('Montag, 5. August 2019').before).toBe('byline');
  });

  it('takes an update stamp or a view counter wherever it stands, but not a sentence that opens with one', () => {
    expect(classify('', 'Aktualisiert: 11.04.2020, 10:27').after).toBe('byline');
    expect(classify('', 'Stand: 05. Februar 2020').after).toBe('byline');
    expect(classify('', 'Stand 05.02.2020').after).toBe('byline');
    expect(classify('', 'Standing ovation on 5 May 2020').after).toBeNull();
    expect(classify('Stand der Dinge im Mai 2020').before).toBeNull();
    expect(classify('', 'Updated figures from 12 May 2020 show fewer cases').after).toBeNull();
    // The weekday is part of the date it names.
    expect(classify('', 'Erstellt am Dienstag 6. Mai 2014').after).toBe('byline');
    expect(classify('', 'Published Monday, May 5, 2014').after).toBe('byline');
    expect(classify('', 'Erstellt am Dienstag 6. Mai 2014 von der Stadtverwaltung').after).toBeNull();
    expect(classify('Last updated on September 16th, 2023 at 09:27 am').before).toBe('byline');
    expect(classify('', 'Last updated: 11.04.2020, 10:27').after).toBe('byline');
    expect(classify('', 'Last updated figures from 12 May 2020 show fewer cases').after).toBeNull();
    // The words a stamp sets around its date and time, an ordinal day too.
    expect(classify('', 'Last Updated on November 15th, 2025').after).toBe('byline');
    expect(classify('', 'Published on May 02, 2024 07:44 PM IST').after).toBe('byline');
    expect(classify('', 'Published on May 2, 2024 by the city council after a long debate').after).toBeNull();
    for (const counter of ['Post Views: 1.432', '1,693 views', 'Aufrufe: 1120']) expect(classify('', counter).after, counter).toBe('byline');
    expect(classify('', 'Views: mixed').after).toBeNull();
  });

  it('takes a follow ask inside the story too, but not a long paragraph that opens with one', () => {
    const inside = (text: string) => {
      const root = contentOf(`${storyParagraph(1)}<p id="m">${text}</p>${storyParagraph(2)}`);
      return classifyLine(root.querySelector('#m')!, locateStory(root), null);
    };
    expect(inside('Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.')).toBe('share');
    expect(inside(`Follow us on Instagram ${'and read the long story we tell there about the harbour and its boats '.repeat(2)}`)).toBeNull();
  });

  it('takes a button that asks for a click inside the story too, but not the same words under no link', () => {
    const inside = (html: string) => {
      const root = contentOf(`${storyParagraph(1)}<div id="m">${html}</div>${storyParagraph(2)}`);
      return classifyLine(root.querySelector('#m')!, locateStory(root), null);
    };
    expect(inside('<a class="button" href="https://shop.example.org/p/1">Check Price</a>')).toBe('share');
    expect(inside('<button>Book now</button> »')).toBe('share');
    expect(inside('<h3>Where to buy</h3>')).toBeNull();
    expect(inside('<a href="/guides/sleep">Learn more</a> about the sleep study')).toBeNull();
  });

  it('finds ad lines, image-viewer controls and plain newsletter asks inside the story too', () => {
    expect(classify('', 'ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:').after).toBe('ad');
    expect(classify('', 'Bild anzeigen Bild schließen').after).toBe('share');
    expect(classify('', 'Bild der Woche').after).toBeNull();
    for (const control of ['zurück', 'Zurück zur Listenansicht', 'Quellen ausblenden', 'Zum Vergrößern auf das Bild klicken', 'Zum Vergrößern bitte anklicken', 'Zum Vergrößern anklicken....', 'Click to expand...', 'Press enter or click to view image in full size', 'Valora esta noticia', 'Dieses Skript als PDF herunterladen', 'Nach oben']) {
      expect(classify('', control).after, control).toBe('share');
    }
    expect(classify('', 'Zurück in die Zukunft').after).toBeNull();
    for (const control of ['Rezept drucken Bei Pinterest speichern', 'Jump to Recipe', 'Print Recipe Pin Recipe']) expect(classify('', control).after, control).toBe('share');
    expect(classify('', 'Print the recipe cards and keep them in the kitchen.').after).toBeNull();
    expect(classify('', 'Click to expand the list of winners below.').after).toBeNull();
    for (const ask of [
      'Never miss the latest news by signing up to our newsletter today!',
      'By signing up, you agree to receive recurring automated SMS marketing messages at the number provided.',
    ]) {
      const root = contentOf(`${storyParagraph(1)}<p id="m">${ask}</p>${storyParagraph(2)}`);
      expect(classifyLine(root.querySelector('#m')!, locateStory(root), null), ask).toBe('newsletter');
    }
    expect(classify('', 'Show Caption').after).toBe('share');
    expect(classify('', 'Skip to bottom of list').after).toBe('share');
    for (const control of ['Zum Inhalt springen', 'Skip to main content', 'Loading...', 'Loading image...', 'Loading hub_pages…', 'mehr anzeigen', 'Show all 50', 'Imprimer Imprimer cette page', 'Go to Top', 'Page load link', 'No posts']) {
      expect(classify('', control).after, control).toBe('share');
    }
    expect(classify('', 'Show me the money, he shouted.').after).toBeNull();
    expect(classify('', 'No posts were made after the ban.').after).toBeNull();
    expect(classify('', 'Loading States & Performance UX').after).toBeNull();
  });

  it('takes a table of contents title left alone anywhere, but only the title', () => {
    const root = contentOf(`${storyParagraph(1)}<h2 id="t">Table of Contents</h2><h2 id="i">In this article you will learn why</h2><h2 id="c">Contents of the report</h2>${storyParagraph(2)}`);
    const story = locateStory(root);
    expect(classifyLine(root.querySelector('#t')!, story, null)).toBe('label');
    expect(classifyLine(root.querySelector('#i')!, story, null)).toBeNull();
    expect(classify('', 'Table of Content').after).toBe('label');
    expect(classifyLine(root.querySelector('#c')!, story, null)).toBeNull();
    expect(classify('', 'Loading the trucks took all night.').after).toBeNull();
  });

  it('finds share bars, newsletters, read-more lines, labels and ads', () => {
    expect(classify('<a href="/s">Share</a> <a href="/t">Tweet</a> <a href="/e">Email</a>').before).toBe('share');
    // Buttons whose words run together with single spaces, and a sentence that names them.
    expect(classify('', 'SMS Facebook Twitter Email').after).toBe('share');
    expect(classify('', 'Facebook Twitter Email ban').after).toBeNull();
    // Parted by bars or commas, after icon-only buttons too; one part that is no share word keeps the line.
    expect(classify('', 'Share | Facebook | Print').after).toBe('share');
    expect(classify('', '| | Share | Tweet').after).toBe('share');
    expect(classify('', 'Facebook, Twitter, the press').after).toBeNull();
    expect(classify('', 'Nachrichten | Facebook | Print').after).toBeNull();
    // Its links and buttons, in any order, must all be share words: one that is not keeps the line.
    const controls = (last: string) => `Weitersagen: <button>Facebook</button><a href="/t">Twitter</a><a href="/w">WhatsApp</a>${last}`;
    expect(classify('', controls('<a href="/l">LinkedIn</a>')).after).toBe('share');
    expect(classify('', controls('<a href="/l">Wikipedia</a>')).after).toBeNull();
    expect(classify('', controls('<button>Lesen</button>')).after).toBeNull();
    expect(classify('', 'Get GZERO Daily in your inbox').after).toBe('newsletter');
    expect(classify('The Morning Newsletter').before).toBe('newsletter');
    // A story about newsletters may open with a sentence that names one.
    expect(classify('I built my newsletter with two things: my voice and a repeatable system.').before).toBeNull();
    expect(classify('', 'Read more: <a href="/x">Why the vote failed</a>').after).toBe('readmore');
    expect(classify('', '<a href="/x">Read: Two disasters are worse than one</a>').after).toBe('readmore');
    expect(classify('', 'You may also like').after).toBe('label');
    expect(classify('', 'Post navigation').after).toBe('label');
    expect(classify('Already have an account? Log in').before).toBe('notice');
    expect(classify('', 'Get started by entering your email address below.').after).toBe('newsletter');
    expect(classify('Advertisement').before).toBe('ad');
    expect(classify('Table of Contents').before).toBe('label');
    expect(classify('', 'Table of Contents').after).toBe('label');
  });

  it('finds comment prompts and tag lines after the story', () => {
    expect(classify('', 'Leave a comment').after).toBe('comments');
    expect(classify('', 'This site uses Akismet to reduce spam.').after).toBe('notice');
    expect(classify('', 'This entry was posted in Allgemein. Bookmark the permalink.').after).toBe('notice');
    expect(classify('', 'For the latest stories download the Nationnews apps for iOS and Android.').after).toBe('notice');
    expect(classify('', 'Tags: <a href="/t/a">politics</a>, <a href="/t/b">Ukraine</a>').after).toBe('tags');
    expect(classify('', 'Tags: Employment, Health &amp; Fitness, Mid-sized Businesses').after).toBe('tags');
    // A sentence after a "Topics:" label is the story's.
    expect(classify('', 'Topics: the council will vote on the budget, the mayor said.').after).toBeNull();
  });
});

describe('isNewsletterAskLine', () => {
  const ASK = 'Sign up for our free weekly newsletter to get the best stories delivered to your inbox.';
  const LONG = `${'The council met on Tuesday and voted on the new budget for the library. '.repeat(5)}${ASK}`;

  it('takes an ask as short as a notice, with its words counted or given', () => {
    expect(isNewsletterAskLine(ASK)).toBe(true);
    expect(isNewsletterAskLine(ASK, 15)).toBe(true);
    expect(isNewsletterAskLine(ASK, 61)).toBe(false);
  });

  it('leaves a story paragraph that ends with one, and a line that asks nothing', () => {
    expect(isNewsletterAskLine(LONG)).toBe(false);
    expect(isNewsletterAskLine('The newsletter went out to four thousand readers on Monday.')).toBe(false);
  });
});

describe('isCreditOrDate', () => {
  it('reads a byline or a date, alone', () => {
    for (const text of ['By Jane Doe', 'Von Fanny Guénon des Mesnards', '20. Juni 2022', 'Montag, 5. August 2019']) expect(isCreditOrDate(text), text).toBe(true);
  });

  it('leaves headlines, those that start with "by" or a date too', () => {
    for (const text of ['By the numbers: how the city spends', 'Von der Leyen warns of a trade war', 'Pressemitteilung Nr. 34 vom 08. November 2021', '14.12.2021 Podcasts zählen zu den Trend-Medien Nummer 1 in Europa']) {
      expect(isCreditOrDate(text), text).toBe(false);
    }
  });
});

describe('withoutLeadingDate', () => {
  it('takes off the date a teaser opens with, glued on or set apart', () => {
    expect(withoutLeadingDate('11.01.2022Pünktlich zum Jahresbeginn wechseln die Teams.')).toBe('Pünktlich zum Jahresbeginn wechseln die Teams.');
    expect(withoutLeadingDate('19.12.20212021 war seine beste Saison.')).toBe('2021 war seine beste Saison.');
    expect(withoutLeadingDate('May 5, 2024 | Talks resume in Riyadh')).toBe('Talks resume in Riyadh');
  });

  it('leaves a text that does not open with a date', () => {
    for (const text of ['2021 war seine beste Saison.', 'Talks resume on May 5, 2024', '24/7 news from the region']) expect(withoutLeadingDate(text), text).toBe(text);
  });
});
