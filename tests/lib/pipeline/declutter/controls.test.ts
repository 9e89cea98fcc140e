import { describe, expect, it } from 'vitest';
import { buttonWords, isAdLabel, isAdLine, isClickAsk, isControlLine, isPageJump } from '../../../../lib/pipeline/declutter/controls';

describe('controls', () => {
  it('knows the words of a link back up the page, in several languages, not a sentence', () => {
    for (const line of ['Back to our top picks', 'Back up to the list', 'Zurück zum Inhaltsverzeichnis', 'Retour au sommaire', 'Volver al índice']) {
      expect(isPageJump(line), line).toBe(true);
    }
    expect(isPageJump('Backed by the council, the plan passed.')).toBe(false);
    expect(isPageJump('Back then, nobody knew.')).toBe(false);
  });

  it('knows a skip link\'s words, whatever it skips to, not a sentence that opens with "skip"', () => {
    for (const line of ['Skip Course introduction and Topic navigation block', 'Skip navigation', 'Springe zu Hauptnavigation', 'Aller au menu', 'Saltar al pie de página']) {
      expect(isPageJump(line), line).toBe(true);
    }
    expect(isPageJump('Skipping breakfast makes no difference, the study found.')).toBe(false);
    expect(isPageJump('Skiplagged found the cheapest fare.')).toBe(false);
  });

  it('knows the words of buttons that ask for a click, not a sentence or a heading that uses them', () => {
    for (const ask of ['Check Price', 'Read full review', 'BOOK NOW', 'Learn more.', 'Where to buy', 'View Deal »', 'Mehr erfahren', 'Ver más', 'Get Started', 'Schedule your Demo!', 'Book a demo', 'Start your free trial', 'Try it free']) {
      expect(isClickAsk(ask), ask).toBe(true);
    }
    expect(isClickAsk('Learn more about the council’s budget plans here.')).toBe(false);
    expect(isClickAsk('Check the price of a ticket before you travel')).toBe(false);
    expect(isClickAsk('Read the report')).toBe(false);
    expect(isClickAsk('Getting started with Rust')).toBe(false);
    expect(isClickAsk('Try it for yourself')).toBe(false);
  });

  it('knows ad labels and the markers ad slots leave, not a sentence that says “continues below”', () => {
    expect(isAdLabel('- Anzeige -')).toBe(true);
    for (const marker of ['Story continues below advertisement', 'Article Continues Below', 'Continue reading below', 'Weiterlesen nach der Anzeige', 'Der Artikel wird nach der Anzeige fortgesetzt', 'La suite après cette publicité', "L'articolo continua dopo la pubblicità"]) {
      expect(isAdLine(marker), marker).toBe(true);
    }
    expect(isAdLine('The story continues below the fold of public attention, where it has always been.')).toBe(false);
    expect(isAdLine('Article continues below the waterline')).toBe(false);
  });

  it('knows lines made only of in-page controls, not a sentence that starts with one', () => {
    for (const line of ['Bild anzeigen Bild schließen', 'Zurück', 'Print Recipe Pin Recipe', 'Skip to content', 'Loading image...', 'Press enter or click to view image in full size', 'Tap to view photo']) expect(isControlLine(line), line).toBe(true);
    expect(isControlLine('Click to view the full report on the council’s website')).toBe(false);
    expect(isControlLine('Print editions fell by a third last year.')).toBe(false);
    expect(isControlLine('Zoom calls replaced meetings')).toBe(false);
    expect(isControlLine('')).toBe(false);
  });

  it('reads a button’s words without the stop or arrow it ends with', () => {
    expect(buttonWords('  View   Deal » ')).toBe('View Deal');
    expect(buttonWords('Learn more.')).toBe('Learn more');
    expect(buttonWords('»')).toBe('');
  });
});
