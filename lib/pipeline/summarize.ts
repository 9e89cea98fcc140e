const MAX_SENTENCES = 3;

/** The story's opening sentences (Lead-3), split with `Intl.Segmenter` in the page's language. */
export function summarize(text: string, lang: string | null): string[] {
  const segmenter = new Intl.Segmenter(safeLocale(lang), { granularity: 'sentence' });
  const out: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const sentence = segment.replace(/\s+/g, ' ').trim();
      if (sentence) out.push(sentence);
      if (out.length === MAX_SENTENCES) return out;
    }
  }
  return out;
}

function safeLocale(lang: string | null): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang.replace('_', '-'))[0];
  } catch {
    return undefined;
  }
}
