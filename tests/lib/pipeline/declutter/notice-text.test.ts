import { describe, expect, it } from 'vitest';
import { isDisclosureText, isNoticeText, isPlaceholderText } from '../../../../lib/pipeline/declutter/notice-text';

describe('notice-text', () => {
  it('knows blog post footers, closed comments, cookie banners, follow asks and ad disclosures', () => {
    for (const notice of [
      'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.',
      '© 2fly4 - Alle Angaben ohne Gewähr!',
      'Kommentarfeed | Kommentare geschlossen | Trackback-URL',
      'Comments are closed.',
      'We use cookies on our website to give you the most relevant experience.',
      'Diese Webseite verwendet Cookies. Mit der Nutzung unserer Dienste erklären Sie sich damit einverstanden.',
      'Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.',
      '*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.',
      'Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links',
      'When you purchase through links in our articles, we may earn a small commission.',
      'We earn a commission for products purchased through some links in this article.',
      'We earn commissions from links on our site, enabling us to deliver independent reviews.',
      'Purchases made through links earn us a small commission, at no extra cost to you.',
      'If you make a purchase through these links, we will earn a commission at no extra cost to you.',
      'AIA®, G702®, and G703® are registered trademarks owned by The American Institute of Architects.',
      'Certified Financial Planner Board of Standards Inc. owns the certification marks CFP® in the U.S.',
      'Advertisements in this newsletter have paid to be promoted, and as a result, I receive direct financial compensation.',
      'Be sure to follow me on social media HERE to stay up to date on all the latest tips.',
    ]) {
      expect(isNoticeText(notice), notice).toBe(true);
    }
    expect(isNoticeText('Victims will receive financial compensation, the court said.')).toBe(false);
    expect(isNoticeText('The company filed a trademark for the name in May.')).toBe(false);
    expect(isNoticeText('Support our mission to keep content open and free.')).toBe(true);
    expect(isNoticeText('Browsers store cookies for each site a reader visits.')).toBe(false);
    expect(isNoticeText('Sales agents earn a commission on every policy they sell, the report found.')).toBe(false);
  });

  it('tells ad and affiliate disclosures from other notices', () => {
    expect(isDisclosureText('This post contains references to products from our advertisers. We may receive compensation when you click on links to those products.')).toBe(true);
    expect(isDisclosureText('Dieser Beitrag enthält Werbung für MYMARINI.')).toBe(true);
    expect(isDisclosureText('© 2025 GZERO Media. All Rights Reserved.')).toBe(false);
    expect(isDisclosureText('You must be logged in to post a comment.')).toBe(false);
    expect(isDisclosureText('Sales agents earn a commission on every policy they sell, the report found.')).toBe(false);
  });

  it('knows a template’s dummy text, not a story that quotes it', () => {
    expect(isPlaceholderText('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.')).toBe(true);
    expect(isPlaceholderText('Lorem ipsum 2')).toBe(true);
    expect(isPlaceholderText('Designers still fill empty layouts with “Lorem ipsum”, a scrambled passage of Cicero.')).toBe(false);
  });

  it('knows editorial disclosures and browser warnings, not a story about either', () => {
    for (const note of [
      'We may be compensated when you click on a link, when an application is approved, or when an account is opened.',
      'Taking Cara Babies is committed to providing you with the most up-to-date and accurate information possible.',
      'Explore our Editorial Policy to learn more about our standards for content creation.',
      'We noticed that you are using Internet Explorer 11 or older that is not support any longer.',
      'You are using an outdated browser. Please upgrade your browser to improve your experience.',
    ]) {
      expect(isDisclosureText(note), note).toBe(true);
    }
    expect(isDisclosureText('The council is committed to building 400 homes by 2027.')).toBe(false);
    expect(isDisclosureText('Microsoft retired Internet Explorer in 2022, and most users moved to Edge.')).toBe(false);
    expect(isDisclosureText('Workers may be paid overtime, the court said.')).toBe(false);
  });

  it('knows donation asks, advice disclaimers, republishing notes, tip forms and transcript notes', () => {
    for (const notice of [
      'Since you made it to the bottom of this article, we have a small favor to ask.',
      'If you believe stories like the one you just finished matter, please consider pitching in what you can.',
      'We’re in the midst of our end-of-year campaign, our most important fundraising effort of the year.',
      'This story is funded by readers like you',
      'Our reporting is made possible by members like you. Join today.',
      'This article is intended for educational purposes and is not a substitute for professional medical advice.',
      'This story was republished with permission from The Conversation.',
      'Fill out the form below or email your questions, issues, or story ideas to our team.',
      'Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors.',
      'This article is for informational purposes. This content is not legal advice.',
      'The information on this blog is for informational purposes and should not be considered medical advice.',
      'Editor’s Note: This article also appeared in the May/June 2024 issue of Consumer Reports magazine.',
    ]) {
      expect(isNoticeText(notice), notice).toBe(true);
    }
    for (const story of [
      'The charity asked donors to consider giving more, the director said.',
      'The museum was funded by donors like the Smith family, the director said.',
      'The page was originally published on Wednesday, March 2, 2022.',
      'Doctors said the app was a substitute for nothing, and patients agreed.',
      'The court transcript showed the witness changed her account twice.',
      'The agency said the data had been gathered for informational and planning use.',
      'Her first poem appeared in a school magazine when she was twelve.',
    ]) {
      expect(isNoticeText(story), story).toBe(false);
    }
  });

  it('knows opinion and advertising disclaimers, letters calls, membership and channel asks', () => {
    for (const notice of [
      'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
      'The views expressed do not necessarily reflect those of the publisher.',
      'Note: The views expressed on Mises.org are not necessarily those of the Mises Institute.',
      'NOTE: The advertising disclaimer below does not apply to this article.',
      'GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.',
      'Submit your letter to the editor via this form.',
      'First-time subscribers also receive a special welcome gift!',
      'HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS',
      'Deshalb unterstütze uns (monatlich oder auch einmalig) und wir sorgen weiterhin für Journalismus im Internet.',
      'Um unabhängiger von Werbeeinnahmen zu sein, brauchen wir deine Unterstützung.',
      'JETZT MIT PAYPAL SPENDEN!',
      'Donate',
      'Apoya el periodismo incómodo',
      'Your one-off or monthly donations play a crucial role in supporting our newsroom.',
      '¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular.',
      'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum.',
      'The post AI-Powered SEO: How AI Is Transforming Search appeared first on SEO Services Madurai.',
    ]) {
      expect(isNoticeText(notice), notice).toBe(true);
    }
    expect(isNoticeText('The minister said the report reflects the views of the whole cabinet.')).toBe(false);
    expect(isNoticeText('Readers wrote hundreds of letters after the vote.')).toBe(false);
    expect(isNoticeText('Der Bund will die Kommunen beim Ausbau unterstützen, sagt die Ministerin.')).toBe(false);
    expect(isNoticeText('Fans were asked to donate blood after the crash.')).toBe(false);
    expect(isNoticeText('The post about the shooting appeared first on Facebook, then on X, police said.')).toBe(false);
  });

  it('knows affiliate disclosures by what they say, not by the word "commission" alone', () => {
    expect(isNoticeText('Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.')).toBe(true);
    expect(isNoticeText('Für Käufe über diese Links erhalten wir eine Provision.')).toBe(true);
    expect(isNoticeText('Mit Provisionslinks gekennzeichnet.')).toBe(true);
    // A sales pitch and a clause of a law use the word as story text.
    expect(isNoticeText('Wir wollen auch Provisionen - dafür ist das Fixum moderater')).toBe(false);
    expect(isNoticeText('Provision of study materials or patients: C. Dobkin.')).toBe(false);
  });

  it('knows log-in rules, rights lines and the credit of a story made with a partner', () => {
    expect(isNoticeText('You must be logged in to post a comment.')).toBe(true);
    expect(isNoticeText('© 2025 GZERO Media. All Rights Reserved.')).toBe(true);
    expect(isNoticeText('The council approved the plan.')).toBe(false);
    expect(isNoticeText('This story about tutoring was written by Jill Barshay and produced by The Hechinger Report, a nonprofit news organization.')).toBe(true);
    expect(isNoticeText('This story was developed in partnership with Ferah Catering by our branded content team.')).toBe(true);
    expect(isNoticeText('This post was written by Vanessa Mendez, MD.')).toBe(false);
    expect(isNoticeText('The report was produced by the county auditors over two years.')).toBe(false);
  });

  it('takes a link marked "(affiliate link)" in a story sentence for story text, not a disclosure', () => {
    expect(isDisclosureText('I use this liquid castile soap or this natural dish soap, just in case you were wondering (both are affiliate links).')).toBe(false);
    expect(isNoticeText('We love this blender (affiliate link) for smoothies.')).toBe(false);
    // A disclosure set all in brackets, or one that only opens with an aside, is still one.
    expect(isDisclosureText('(This post contains affiliate links.)')).toBe(true);
    expect(isDisclosureText('(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links.')).toBe(true);
  });
});
