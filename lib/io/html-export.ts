/**
 * The line of each `<a` tag in an HTML export, in document order, so a bad link found in the
 * parsed DOM can be reported by line. Export files are generated, so their links are plain tags.
 */
export function anchorLines(html: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of html.matchAll(/<a[\s>]/gi)) {
    for (let i = html.indexOf('\n', from); i !== -1 && i < match.index; i = html.indexOf('\n', i + 1)) line += 1;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

/** An attribute by its lower-case name; linkedom keeps the upper case bookmark files use, browsers do not. */
export function attribute(element: Element, name: string): string | null {
  return element.getAttribute(name) ?? element.getAttribute(name.toUpperCase());
}
