import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';

// Tests run from the repository root, as the other fixture readers assume.
const DIR = resolve('tests/fixtures/hostile');

/** The global a payload sets if it runs, and the start of the console line it writes. */
export const CANARY_FLAG = '__siftCanary';
export const CANARY_LOG = 'sift-canary:';

type Slot = 'title' | 'headline' | 'byline' | 'head' | 'story' | 'related' | 'htmlAttrs';
/** A rendered field that must show a case's markup as literal text. */
export type ShownField = 'title' | 'site' | 'byline' | 'related';

export interface HostileCase {
  id: string;
  group: string;
  slots: Partial<Record<Slot, string>>;
  shows: Partial<Record<ShownField, string>>;
}

const DEFAULTS: Record<Slot, string> = {
  title: 'Harbour plan approved after a nine-hour session ({{ID}})',
  headline: 'Harbour plan approved after a nine-hour session',
  byline: 'By Ana Ruiz',
  head: '',
  story: '',
  related: '',
  htmlAttrs: '',
};

const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');

/** Every `on*` handler attribute name the corpus tries, one case each. */
export function eventHandlerNames(): string[] {
  return read('event-handlers.txt')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The whole corpus: story payloads, one case per event handler, and metadata cases. */
export function hostileCases(): HostileCase[] {
  const story = yaml.load(read('story.yaml')) as Record<string, Record<string, string>>;
  const metadata = yaml.load(read('metadata.yaml')) as Record<string, Partial<Record<Slot, string>> & { shows?: HostileCase['shows'] }>;
  return [
    ...Object.entries(story).flatMap(([group, cases]) => Object.entries(cases).map(([id, html]) => ({ id, group, slots: { story: html }, shows: {} }))),
    ...eventHandlerNames().map((name) => ({
      id: `handler-${name}`,
      group: 'handlers',
      slots: {
        story: `<p ${name}="{{JS}}">The harbour master said the tides would not delay the work.</p><img src="dock.jpg" alt="The dock" ${name}="{{JS}}">`,
      },
      shows: {},
    })),
    ...Object.entries(metadata).map(([id, { shows = {}, ...slots }]) => ({ id, group: 'metadata', slots, shows })),
  ];
}

/** The script a payload runs if anything lets it: flag, console line and a request to the canary. */
export function canaryScript(id: string, canaryOrigin: string): string {
  return `globalThis.${CANARY_FLAG}=1;console.log(\`${CANARY_LOG}${id}\`);${canaryFetch(id, canaryOrigin)}`;
}

function canaryFetch(id: string, canaryOrigin: string): string {
  return `fetch(\`${canaryUrl(id, canaryOrigin)}\`)`;
}

function canaryUrl(id: string, canaryOrigin: string): string {
  return `${canaryOrigin}/canary?${id}`;
}

/** The case as a whole news page, its placeholders pointing at the canary listener. */
export function hostilePage(hostile: HostileCase, canaryOrigin: string): string {
  const slots = { ...DEFAULTS, ...hostile.slots };
  const page = read('article.html').replace(/\{\{(TITLE|HEADLINE|BYLINE|HEAD|STORY|RELATED|HTML_ATTRS)\}\}/g, (_, name: string) =>
    slots[name === 'HTML_ATTRS' ? 'htmlAttrs' : (name.toLowerCase() as Slot)],
  );
  return fillPlaceholders(page, hostile.id, canaryOrigin);
}

/** `html` with the corpus placeholders filled for case `id`. */
export function fillPlaceholders(html: string, id: string, canaryOrigin: string): string {
  return html
    .replaceAll('{{JS}}', canaryScript(id, canaryOrigin))
    .replaceAll('{{FETCH}}', canaryFetch(id, canaryOrigin))
    .replaceAll('{{URL}}', canaryUrl(id, canaryOrigin))
    .replaceAll('{{ID}}', id);
}

/**
 * What in rendered markup could run, load, submit or restyle: such elements, `on*` handlers,
 * script and data URLs, and attributes that would load the canary without a click. Outside the
 * story (`inStory` false) the extension's own form controls and inline styles are expected.
 * Template contents are checked too. Self-contained, so browser tests can pass it to `page.evaluate`.
 */
export function findDangers(root: ParentNode, { inStory = true, canaryOrigin = '' } = {}): string[] {
  const active = 'script,iframe,frame,frameset,object,embed,applet,portal,base,meta,link,style,noscript,animate,set,foreignObject,use';
  const forbidden = inStory ? `${active},form,input,button,textarea,select` : active;
  const urlAttributes = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'codebase', 'lowsrc', 'dynsrc'];
  const problems: string[] = [];
  const elements = (node: ParentNode): Element[] =>
    [...node.querySelectorAll('*')].flatMap((el) => (el instanceof HTMLTemplateElement ? [el, ...elements(el.content)] : [el]));
  for (const el of elements(root)) {
    const tag = el.localName;
    if (el.matches(forbidden)) problems.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      const attr = name.toLowerCase();
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (attr.startsWith('on')) problems.push(`${tag}[${attr}]`);
      if (inStory && ['style', 'srcset', 'srcdoc', 'ping'].includes(attr)) problems.push(`${tag}[${attr}]`);
      const imageData = tag === 'img' && attr === 'src' && url.startsWith('data:image/');
      if (urlAttributes.includes(attr) && /^(javascript|vbscript|data):/.test(url) && !imageData) problems.push(`${tag}[${attr}=${value.slice(0, 40)}]`);
      const link = attr === 'href' && (tag === 'a' || tag === 'area');
      const loads = url.startsWith(canaryOrigin) || (['style', 'srcset'].includes(attr) && value.includes(canaryOrigin));
      if (canaryOrigin && loads && !link) problems.push(`${tag}[${attr}] loads the canary`);
    }
  }
  return problems;
}
