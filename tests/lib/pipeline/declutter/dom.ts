import { parsePage } from '../../../../lib/node/parse-page';

/** A `<div>` holding `html`, in a linkedom document: the shape Readability hands the declutter stage. */
export function contentOf(html: string): Element {
  return parsePage(`<!DOCTYPE html><html><body><div id="content">${html}</div></body></html>`).getElementById('content')!;
}

/** A story paragraph: long, ends like a sentence, no links. */
export function storyParagraph(n: number): string {
  return `<p>Story paragraph ${n} explains at some length what happened in the city council on Tuesday evening, why the vote mattered to residents, and what the mayor said about the budget next year.</p>`;
}
