import { describe, expect, it } from 'vitest';
import { bioPerson, findBioSections, findClosingBios, findOpeningBios } from '../../../../lib/pipeline/declutter/bio';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { contentOf, storyParagraph } from './dom';

const BIO = '<p>Jane Doe covers city politics for the paper. Before that she reported from Brussels for ten years, and she still writes about the European Union.</p>';
const texts = (sections: Element[][]) => sections.map((s) => s.map((el) => el.textContent?.trim().slice(0, 20)));

describe('findBioSections', () => {
  it('finds a heading that names the author, with the short text under it', () => {
    for (const heading of ['About the author', 'Über Jane Doe', 'About Jane Doe', 'Jane Doe']) {
      const root = contentOf(`${storyParagraph(1)}<div><h3>${heading}</h3>${BIO}</div>`);
      expect(texts(findBioSections(root, 'Jane Doe')), heading).toEqual([[heading.slice(0, 20), 'Jane Doe covers city']]);
    }
  });

  it("finds a heading that only links to the author's page, without a byline", () => {
    for (const href of ['https://news.example.com/author/jane-doe/', '/autoren/jane-doe', '/staff/jdoe?ref=box']) {
      const root = contentOf(`${storyParagraph(1)}<div><h3><a href="${href}">Jane Doe</a></h3>${BIO}</div>`);
      expect(texts(findBioSections(root, null)), href).toEqual([['Jane Doe', 'Jane Doe covers city']]);
    }
    // A heading linking to a story, or a section page, or with more than the link, is the story's.
    for (const heading of ['<a href="/2024/05/vote">Jane Doe</a>', '<a href="/author/">Our newsroom</a>', 'Interview with <a href="/author/jane-doe">Jane Doe</a>']) {
      expect(findBioSections(contentOf(`<div><h3>${heading}</h3>${BIO}</div>`), null), heading).toEqual([]);
    }
  });

  it('ends the box at a "More by" label, which opens the author\'s teasers', () => {
    for (const label of ['<p>More from Jane Doe</p>', '<h4>More from Jane Doe</h4>']) {
      const root = contentOf(`<div><h3>About Jane Doe</h3>${BIO}${label}<p><a href="/b">Another story by her</a></p></div>`);
      expect(texts(findBioSections(root, null)), label).toEqual([['About Jane Doe', 'Jane Doe covers city']]);
    }
  });

  it('leaves section headings, long sections and sections followed by another heading', () => {
    expect(findBioSections(contentOf(`<h3>Jane Doe</h3>${BIO}`), null)).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About the vote</h3>${BIO}`), 'Jane Doe')).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About Jane Doe</h3>${[1, 2, 3, 4].map(storyParagraph).join("")}`), null)).toEqual([]);
    expect(findBioSections(contentOf(`<h3>About Jane Doe</h3>${BIO}<h3>What comes next</h3>${storyParagraph(2)}`), null)).toEqual([]);
  });
});

describe('declutterStory with an author box', () => {
  const run = (html: string) => declutterStory({ content: contentOf(html), pageUrl: 'https://news.example.com/a', title: '', byline: 'Jane Doe' });

  it('removes the box after the story, though its text reads like a story paragraph', () => {
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}<div><h4>Über Jane Doe</h4>${BIO}</div>`);
    expect(result.text).toContain('Story paragraph 2');
    expect(result.text).not.toContain('Brussels');
    expect(result.removed.filter((r) => r.kind === 'bio')).toHaveLength(2);
  });

  it('keeps a section about a person in the middle of the story', () => {
    const result = run(`${storyParagraph(1)}<div><h4>About Jane Doe</h4>${BIO}</div>${storyParagraph(2)}`);
    expect(result.text).toContain('Brussels');
  });
});

describe('bioPerson', () => {
  it('knows a paragraph that names a writer by trade, in several languages', () => {
    for (const [bio, person] of [
      ['Rebecca Norris is a full-time freelance writer living in the Washington area. Over the past ten years she has covered health and money.', 'rebeccanorris'],
      ['Catherine Boeckmann is the Executive Digital Editor of the Almanac. She covers the weather, the night sky and gardening for readers.', 'catherineboeckmann'],
      ['Jane Doe ist Redakteurin im Ressort Politik. Sie berichtet seit zehn Jahren aus Berlin und schreibt über die Europäische Union.', 'janedoe'],
      ['Jean Dupont est journaliste au service économie. Il suit les marchés, les banques et la politique monétaire depuis vingt ans.', 'jeandupont'],
      ['Dr Marna van der Merwe, the Lead Subject Matter Expert, is a published author on talent, employee experience and HR skills.', 'drmarnavandermerwe'],
      ['Ursula von der Leyen is a former journalist who writes on trade, energy and the single market for the weekly edition.', 'ursulavonderleyen'],
    ]) {
      expect(bioPerson(bio, null), bio).toBe(person);
    }
  });

  it("knows the byline's own name whatever the trade", () => {
    const bio = 'Matt Frankel, CFP, has been a contributing stock market analyst since 2013, specializing in the real estate and financial sectors.';
    expect(bioPerson(bio, 'By Matt Frankel')).toBe('mattfrankel');
    // The byline may give the longer first name.
    expect(bioPerson(bio, 'Matthew Frankel, CFP')).toBe('mattfrankel');
    expect(bioPerson(bio, 'Matthew Smith')).toBeNull();
    expect(bioPerson(bio, 'Frankel Matthews')).toBeNull();
    expect(bioPerson(bio, 'Jane Doe')).toBeNull();
    const manages = "Ashley Biancuzzo manages all laptop and Chromebook coverage for PCWorld. She's been covering consumer tech since 2016.";
    expect(bioPerson(manages, 'Author: Ashley Biancuzzo, Associate Editor, PCWorld')).toBe('ashleybiancuzzo');
    expect(bioPerson(manages, null)).toBeNull();
    const appositive = 'Geri Mileva, an experienced IP network engineer and distinguished writer at Influencer Marketing Hub, specializes in the Creator Economy.';
    expect(bioPerson(appositive, 'Geri Mileva')).toBe('gerimileva');
  });

  it("knows a first name, a post between commas and what a person did, under the byline's name only", () => {
    const irene = "Irene is an experienced writer with five years' experience in the tech and food niches. She currently writes for two sites.";
    expect(bioPerson(irene, 'Irene Okpanachi')).toBe('irene');
    expect(bioPerson(irene, null)).toBeNull();
    // A name the byline only contains is not the byline's: "She" is not Shepard Smith.
    expect(bioPerson('She is an experienced writer with five years of experience in the tech and food niches of the web.', 'Shepard Smith')).toBeNull();
    const started = 'Jean-Luc started CNX Software in 2010 as a part-time endeavor, before quitting his job to write daily news and reviews.';
    expect(bioPerson(started, 'Jean-Luc Aufranc (CNXSoft)')).toBe('jeanluc');
    expect(bioPerson(started, null)).toBeNull();
    const studied = 'Jule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg zog. In ihrer Freizeit findet man sie oft im Schwimmbecken.';
    expect(bioPerson(studied, 'Jule Radeck')).toBe('juleradeck');
    expect(bioPerson(studied, null)).toBeNull();
    const post = 'Amanda Furrer, Editor, Running Reviews, studied journalism at NYU and writing at Emerson College, and has reviewed gear since 2015.';
    expect(bioPerson(post, 'Amanda Furrer')).toBe('amandafurrer');
    expect(bioPerson(post, null)).toBeNull();
    // A one-word byline may be a first name, with "she" or "his"; without them, a company's or a brand's.
    expect(bioPerson('Lauren has written for The Events Calendar blog since 2018. She is a writer and editor with a background in journalism.', 'Lauren')).toBe('lauren');
    expect(bioPerson('Budlong is dedicated to empowering clients with expert plumbing engineering services across the region.', 'Budlong')).toBeNull();
    expect(bioPerson('QCY is already embracing many of these trends with its innovative range of wireless headphones and earbuds.', 'QCY Official')).toBeNull();
    expect(bioPerson('Maria Lopez, 34, lives in the city with her two children and says the rent has doubled since the landlord sold the building.', 'Jane Doe')).toBeNull();
  });

  it('knows a paragraph that its own label opens, whatever the person does', () => {
    const bio = 'About the author: Craig Hull is a photographer and videographer based in Eastern Europe. You can find more of his work on his website.';
    expect(bioPerson(bio, null)).toBe('craighull');
    expect(bioPerson('Zur Person Max Muster leitet seit 2019 das Institut für Verkehrsforschung und lehrt an der Universität Kassel.', null)).toBe('maxmuster');
    // The label must stand apart: a sentence about the author of a book goes on in lower case.
    expect(bioPerson('About the author of the report, little is known beyond his years at the ministry and two earlier books on the budget.', null)).toBeNull();
    expect(bioPerson('About the author: Craig Hull.', null)).toBeNull();
  });

  it('leaves story sentences about people who are not writers, short lines and long paragraphs', () => {
    expect(bioPerson('The mayor is a former teacher who has lived in the city for thirty years and says the budget will pass next week.', null)).toBeNull();
    expect(bioPerson('The New York Times has reported that the editor of the paper will resign after the vote on the new budget next week.', null)).toBeNull();
    expect(bioPerson('Jane Doe is a reporter.', null)).toBeNull();
    expect(bioPerson(`Jane Doe is a reporter who ${'covered the war and then the peace talks, '.repeat(20)}and now lives in Rome.`, null)).toBeNull();
  });
});

describe('findClosingBios', () => {
  it("takes the story's last paragraphs while they are bios, with the name line above one", () => {
    const bio = 'Jane Doe is a staff writer covering city politics. Before joining the paper she reported from Brussels for ten years, and she still writes about the European Union.';
    const root = contentOf(`${storyParagraph(1)}<p>Jane Doe</p><p>${bio}</p>${storyParagraph(2)}<p>${bio}</p>`);
    const cores = [...root.querySelectorAll('p')].filter((p) => p.textContent!.length > 60);
    expect(texts(findClosingBios(cores, null))).toEqual([['Jane Doe is a staff ']]);
    expect(texts(findClosingBios(cores.slice(0, 2), null))).toEqual([['Jane Doe', 'Jane Doe is a staff ']]);
    expect(texts(findClosingBios([cores[1], cores[3]], null))).toHaveLength(2);
    expect(findClosingBios(cores.slice(0, 1), null)).toEqual([]);
  });

  it('takes the paragraphs that go on about the person by name, and only below their bio', () => {
    const bio = 'Karina Cohen is the owner of CR Maids, a cleaning company serving the Greater Denver area, and writes about running a small business.';
    const holds = 'Karina holds an MBA from Duke University and a Bachelor of Science in Finance and Marketing from Fordham University.';
    const spare = "When she's not leading CR Maids, Karina homeschools her daughter and serves on the board of a local charity.";
    const other = 'The mayor said the new cleaning rules would apply to every company in the city from the first of January next year.';
    const paragraphs = (...texts: string[]) => {
      const root = contentOf(`${storyParagraph(1)}${texts.map((t) => `<p>${t}</p>`).join('')}`);
      return [...root.querySelectorAll('p')];
    };
    expect(texts(findClosingBios(paragraphs(bio, holds, spare), 'Karina Cohen'))).toEqual([['Karina Cohen is the ', 'Karina holds an MBA ', "When she's not leadi"]]);
    // A paragraph that does not name the person ends the box: the bio above it is the story's.
    expect(findClosingBios(paragraphs(bio, holds, other), 'Karina Cohen')).toEqual([]);
    // Paragraphs naming someone with no bio above them are the story's.
    expect(findClosingBios(paragraphs(holds, spare), 'Karina Cohen')).toEqual([]);
    expect(findClosingBios(paragraphs(bio, holds, holds, spare), 'Karina Cohen')).toEqual([]);
  });
  it("takes a closing bio that greets the reader, and none that opens the story", () => {
    const greeting = "Hi there! I'm Shivya, and I started this travel blog back in 2011, when travel wasn't trendy and nobody had heard of slow travel.";
    const hallo = 'Hallo, ich bin Foodbloggerin, Backbuchautorin und Journalistin, und backe seit meiner Kindheit leidenschaftlich gern Kuchen und Torten.';
    for (const bio of [greeting, hallo]) {
      const root = contentOf(`<p>${bio}</p>${storyParagraph(1)}${storyParagraph(2)}<p>${bio}</p>`);
      const cores = [...root.querySelectorAll('p')];
      expect(findClosingBios(cores, null)).toEqual([[cores[3]]]);
      expect(findClosingBios(cores.slice(0, 3), null)).toEqual([]);
    }
    // "Hi, I'm Ryan." is too short to be a box; a greeting inside a sentence is not one.
    const short = contentOf(`${storyParagraph(1)}<p>Hi, I'm Ryan.</p>`);
    expect(findClosingBios([...short.querySelectorAll('p')], null)).toEqual([]);
  });
});

describe('findOpeningBios', () => {
  const bio = 'Jane Doe is a staff writer covering city politics. Before joining the paper she reported from Brussels for ten years, and she still writes about the European Union.';
  const cores = () => [...contentOf(`<p>${bio}</p>${storyParagraph(1)}${storyParagraph(2)}`).querySelectorAll('p')];

  it("takes the story's first paragraph when it is the byline's own bio", () => {
    expect(texts(findOpeningBios(cores(), 'By Jane Doe'))).toEqual([['Jane Doe is a staff ']]);
  });

  it('leaves an opening about anyone else, and a story of one paragraph', () => {
    // "Jane Doe is a reporter who was detained …" opens news about her, not a bio of its writer.
    expect(findOpeningBios(cores(), 'John Roe')).toEqual([]);
    expect(findOpeningBios(cores(), null)).toEqual([]);
    expect(findOpeningBios(cores().slice(0, 1), 'Jane Doe')).toEqual([]);
  });
});

describe('declutterStory with a bio paragraph', () => {
  const BIO_PARAGRAPH = '<p>Jane Doe is a staff writer covering city politics. Before joining the paper she reported from Brussels for ten years, and she still writes about the European Union.</p>';
  const run = (html: string) => declutterStory({ content: contentOf(html), pageUrl: 'https://news.example.com/a', title: '', byline: null });

  it('removes it after the story, though it reads like a story paragraph', () => {
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}${BIO_PARAGRAPH}`);
    expect(result.text).toContain('Story paragraph 2');
    expect(result.text).not.toContain('Brussels');
    expect(result.removed.filter((r) => r.kind === 'bio')).toHaveLength(1);
  });

  it('removes a short one after the story, which is no story paragraph', () => {
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}<p>Jane Doe is a staff writer who covers city politics and the state budget for the paper.</p>`);
    expect(result.text).not.toContain('staff writer');
    expect(result.removed.filter((r) => r.kind === 'bio')).toHaveLength(1);
  });

  it('removes it above a closing site notice, which goes too', () => {
    // As long as a story paragraph, so it would otherwise mark the story's end below the bio.
    const notice = '<p>Support our journalism! Please consider supporting us with a donation of any size, or become a member for ad-free reading, our weekly letter and invitations to our events.</p>';
    const result = run(`${storyParagraph(1)}${storyParagraph(2)}${BIO_PARAGRAPH}${notice}`);
    expect(result.text).toContain('Story paragraph 2');
    expect(result.text).not.toContain('Brussels');
    expect(result.text).not.toContain('donation');
    expect(result.removed.map((r) => r.kind)).toEqual(['bio', 'notice']);
  });

  it("removes the byline's own bio above the story", () => {
    const result = declutterStory({ content: contentOf(`${BIO_PARAGRAPH}${storyParagraph(1)}${storyParagraph(2)}`), pageUrl: 'https://news.example.com/a', title: '', byline: 'Jane Doe' });
    expect(result.text).toContain('Story paragraph 1');
    expect(result.text).not.toContain('Brussels');
    expect(run(`${BIO_PARAGRAPH}${storyParagraph(1)}${storyParagraph(2)}`).text).toContain('Brussels');
  });

  it('keeps it where the story goes on after it', () => {
    expect(run(`${storyParagraph(1)}${BIO_PARAGRAPH}${storyParagraph(2)}`).text).toContain('Brussels');
  });
});
