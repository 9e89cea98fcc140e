import { isListItem, itemNumbers } from '../list-numbers';
import { ELEMENT_NODE, TEXT_NODE } from '../node-types';

// Everything that is not text, structure or a plain link or image is left out of the Markdown.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO']);
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const BREAK = '\u0000';

/**
 * Markdown for a story's DOM (parsed inertly with DOMParser or linkedom). A whitelist walk:
 * paragraphs, headings, lists, quotes, code, emphasis, http(s) links and images; any other
 * markup is dropped and text is escaped, so no HTML survives into the Markdown.
 */
export function htmlToMarkdown(root: Node, baseUrl: string): string {
  return blocksOf(root, baseUrl).join('\n\n');
}

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
}

function blocksOf(parent: Node, base: string): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').replace(/ ?\u0000 ?/g, BREAK).trim().replaceAll(BREAK, '  \n');
    if (text) blocks.push(text.replace(/^([#>+-])(?= )/, '\\$1').replace(/^(\d+)\.(?= )/, '$1\\.'));
    run = '';
  };
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (BLOCK.test(tagOf(child))) {
      flush();
      blocks.push(...blockOf(child as Element, base));
    } else run += inlineOf(child, base);
  }
  flush();
  return blocks;
}

function blockOf(el: Element, base: string): string[] {
  const tag = tagOf(el);
  if (/^H[1-6]$/.test(tag)) {
    const text = blocksOf(el, base).join(' ');
    return text ? [`${'#'.repeat(Number(tag[1]))} ${text}`] : [];
  }
  if (tag === 'BLOCKQUOTE') return [blocksOf(el, base).join('\n\n').replace(/^/gm, '> ')].filter((b) => b.trim() !== '>');
  if (tag === 'UL' || tag === 'OL') return [listOf(el, base, tag === 'OL')].filter(Boolean);
  if (tag === 'PRE') return [fence(el.textContent ?? '')];
  if (tag === 'HR') return ['* * *'];
  if (tag === 'TR') return [[...el.children].map((cell) => blocksOf(cell, base).join(' ')).join(' | ')];
  return blocksOf(el, base);
}

function listOf(list: Element, base: string, ordered: boolean): string {
  const items = [...list.children].filter(isListItem);
  // The page's own numbers: Markdown starts a list at its first item's, and the text reads all.
  const numbers = ordered ? itemNumbers(list) : [];
  return items
    .map((item, i) => {
      const marker = ordered ? `${numbers[i]}. ` : '- ';
      const body = blocksOf(item, base).join('\n\n').replace(/\n(?=.)/g, `\n${' '.repeat(marker.length)}`);
      return marker + body;
    })
    .join('\n');
}

function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}\n${code.replace(/\n$/, '')}\n${marks}`;
}

function inlineOf(node: Node, base: string): string {
  if (node.nodeType === TEXT_NODE) return escapeMarkdown(node.nodeValue ?? '');
  const tag = tagOf(node);
  if (!tag || SKIP.has(tag)) return '';
  const el = node as Element;
  const inner = () => [...el.childNodes].map((child) => inlineOf(child, base)).join('');
  switch (tag) {
    case 'BR':
      return BREAK;
    case 'STRONG':
    case 'B':
      return wrap(inner(), '**');
    case 'EM':
    case 'I':
      return wrap(inner(), '*');
    case 'CODE':
      return el.textContent ? `\`${el.textContent.replace(/`/g, '')}\`` : '';
    case 'A': {
      const href = safeUrl(el.getAttribute('href'), base, /^(https?|mailto):$/);
      const text = inner();
      return href && text.trim() ? `[${text.trim()}](${href})` : text;
    }
    case 'IMG': {
      const src = safeUrl(el.getAttribute('src'), base, /^https?:$/);
      return src ? `![${escapeMarkdown(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return inner();
  }
}

// Emphasis markers must touch the text: "** bold **" is not bold in Markdown.
function wrap(text: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${mark}${match[2]}${mark}${match[3]}` : text;
}

function safeUrl(value: string | null, base: string, protocols: RegExp): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base || undefined);
    return protocols.test(url.protocol) ? url.href.replace(/[()\s]/g, (c) => encodeURIComponent(c)) : null;
  } catch {
    return null;
  }
}

/** Backslash-escapes the characters that would otherwise start Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
