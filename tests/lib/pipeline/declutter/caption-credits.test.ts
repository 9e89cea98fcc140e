import { describe, expect, it } from 'vitest';
import { creditTailStart, cutTextFrom, findFigureCredits, isCaptionLike } from '../../../../lib/pipeline/declutter/caption-credits';
import { declutterStory } from '../../../../lib/pipeline/declutter';
import { contentOf, storyParagraph } from './dom';

const kept = (text: string) => (creditTailStart(text) < 0 ? text : text.slice(0, creditTailStart(text)).trimEnd());

describe('creditTailStart', () => {
  it('finds the credit that closes a caption, after a sentence, a bar, a dash or in brackets', () => {
    expect(kept('Lee Elder in 1975. | © Augusta National/Getty Images')).toBe('Lee Elder in 1975.');
    expect(kept('Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings')).toBe('Guests pick their pastries from glass cabinets.');
    expect(kept('Das FWR reagiert mit Entsetzen. (Quelle: Fleischmann/Unsplash/DJV)')).toBe('Das FWR reagiert mit Entsetzen.');
    expect(kept('GdP-Vize René Klemmer. Foto: GdP/Hagen Immel')).toBe('GdP-Vize René Klemmer.');
    expect(kept('Das Hermelin ist gut getarnt. (mlharing / iStock.com)')).toBe('Das Hermelin ist gut getarnt.');
    expect(kept('Crowds at the border – REUTERS/Jane Doe')).toBe('Crowds at the border');
    expect(kept('. Imagen: Télam')).toBe('.');
    expect(kept('Stapel mit Mauerziegeln. - © jollier_ - stock.adobe.com')).toBe('Stapel mit Mauerziegeln.');
    expect(kept('Der Hirschkäfer (Lucanus cervus). Foto © Jörg Gemsch, Heidi Jost')).toBe('Der Hirschkäfer (Lucanus cervus).');
    // A line break between them leaves no space in textContent.
    expect(kept('Joona Luoto bejubelt das 2:0 für Tappara Tampere.Foto: City-Press')).toBe('Joona Luoto bejubelt das 2:0 für Tappara Tampere.');
  });

  it('reads the credit at the end of a long text, after its markup whitespace too', () => {
    const padded = `${' '.repeat(30_000)}The harbour at dawn. | Foto: dpa${' \n'.repeat(5_000)}`;
    expect(padded.slice(0, creditTailStart(padded)).trim()).toBe('The harbour at dawn.');
    const bars = `${'|'.repeat(30_000)} Foto: dpa`;
    expect(creditTailStart(bars)).toBe(bars.lastIndexOf('|'));
  });

  it('leaves captions that end in a sentence, a place in brackets or no credit', () => {
    for (const text of ['Soldiers in Kyiv. AP reported that the soldiers left the city.', 'Soldiers in Kyiv.AP reported that the soldiers left the city.', 'A quiet street in Rome (Italy)', 'The mayor at the council meeting.', 'Photo: a view of the harbour at dawn, taken by a reader from the pier on Sunday morning.']) {
      expect(creditTailStart(text), text).toBe(-1);
    }
  });
});

describe('cutTextFrom', () => {
  it('cuts the text from a point to the end, with the elements it leaves empty', () => {
    const root = contentOf('<p id="c">The harbour at dawn. <em>(Photo: <b>Jane Doe</b>/AP)</em> </p>');
    const p = root.querySelector('#c')!;
    cutTextFrom(p, creditTailStart(p.textContent!));
    expect(p.outerHTML).toBe('<p id="c">The harbour at dawn.</p>');
    const broken = contentOf('<p id="c">The harbour at dawn.<br>Foto: City-Press</p>').querySelector('#c')!;
    cutTextFrom(broken, creditTailStart(broken.textContent!));
    expect(broken.textContent).toBe('The harbour at dawn.');
  });
});

describe('isCaptionLike and findFigureCredits', () => {
  it('knows a caption by its figure, its mark or the picture above it', () => {
    const root = contentOf('<figure><figcaption id="a">x</figcaption></figure><a><img src="a.jpg"></a><p id="b">x</p><p id="c">x</p>');
    expect(['a', 'b', 'c'].map((id) => isCaptionLike(root.querySelector(`#${id}`)!))).toEqual([true, true, false]);
    const more = contentOf(
      '<figure><div><p id="d">x</p></div></figure><p id="e"><span data-sift-hint="caption">x</span></p><div><span><picture></picture></span></div><p id="f">x</p><p id="g">x</p>',
    );
    const at = (id: string) => more.querySelector(`#${id}`)!;
    expect(['d', 'e', 'f', 'g'].map((id) => isCaptionLike(at(id)))).toEqual([true, true, true, false]);
    // Under a picture is a sign only when asked for: a story paragraph may follow one.
    expect([isCaptionLike(at('f'), false), isCaptionLike(at('e'), false)]).toEqual([false, true]);
  });

  it('finds elements in a figure that only credit its photo', () => {
    const root = contentOf('<figure><div><img src="a.jpg"><figcaption>Will Smith and his son (Photo: <a href="/x">Unsplash</a>)</figcaption></div><span>Judy Eddy/WENN.com</span></figure>');
    expect(findFigureCredits(root).map((el) => el.textContent)).toEqual(['Judy Eddy/WENN.com']);
  });
});

describe('declutterStory with credited captions', () => {
  it('keeps each caption and drops its credit', () => {
    const html = `${storyParagraph(1)}<figure><img src="a.jpg"><figcaption>The harbour at dawn. Foto: Jane Doe</figcaption><span>Getty Images</span></figure>${storyParagraph(2)}`;
    const result = declutterStory({ content: contentOf(html), pageUrl: 'https://news.example.com/a', title: '', byline: null });
    expect(result.html).toContain('The harbour at dawn.');
    expect(result.html).not.toContain('Jane Doe');
    expect(result.html).not.toContain('Getty');
    expect(result.removed.filter((r) => r.kind === 'credit').map((r) => r.text)).toEqual(['Getty Images', 'Foto: Jane Doe']);
  });
});
