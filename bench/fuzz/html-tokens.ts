import type { Random } from './random';

// Comments, tags (also one cut short by the end of the text), text runs, and a lone "<".
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[a-zA-Z/!?][^>]*>?|[^<]+|</g;
const OPEN = /^<([a-zA-Z][\w-]*)[^>]*>$/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Past this many tokens a missing end tag is taken as missing, which bounds the scan.
const MAX_SCAN = 20_000;

/** Splits HTML into tags, comments and text; joining the tokens gives the input back. */
export function tokenizeHtml(html: string): string[] {
  return html.match(TOKEN) ?? [];
}

/** The token range [start, end) of the element whose start tag is at `start` (the tag alone if unclosed). */
export function elementRange(tokens: string[], start: number): [number, number] {
  const name = OPEN.exec(tokens[start])?.[1].toLowerCase();
  if (!name || VOID.has(name) || tokens[start].endsWith('/>')) return [start, start + 1];
  const open = new RegExp(`^<${name}[\\s>/]`, 'i');
  const close = new RegExp(`^</${name}\\s*>$`, 'i');
  let depth = 0;
  for (let i = start; i < tokens.length && i - start < MAX_SCAN; i++) {
    if (open.test(tokens[i])) depth++;
    else if (close.test(tokens[i]) && --depth === 0) return [start, i + 1];
  }
  return [start, start + 1];
}

/** A random element's range, or null when the page has no start tags. */
function randomElement(tokens: string[], random: Random): [number, number] | null {
  const starts = tokens.flatMap((t, i) => (OPEN.test(t) ? [i] : []));
  return starts.length ? elementRange(tokens, random.pick(starts)) : null;
}

/** Removes a random element with everything inside it. */
export function dropElement(tokens: string[], random: Random): string[] {
  const range = randomElement(tokens, random);
  return range ? [...tokens.slice(0, range[0]), ...tokens.slice(range[1])] : tokens;
}

/** Repeats a random element right after itself. */
export function duplicateElement(tokens: string[], random: Random): string[] {
  const range = randomElement(tokens, random);
  return range ? [...tokens.slice(0, range[1]), ...tokens.slice(...range), ...tokens.slice(range[1])] : tokens;
}

/** Moves a random element to a random place elsewhere in the page. */
export function moveElement(tokens: string[], random: Random): string[] {
  const range = randomElement(tokens, random);
  if (!range) return tokens;
  const element = tokens.slice(...range);
  const rest = [...tokens.slice(0, range[0]), ...tokens.slice(range[1])];
  const at = random.below(rest.length + 1);
  return [...rest.slice(0, at), ...element, ...rest.slice(at)];
}
