import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [relative(ROOT, path)] : [];
  });
}

// A module that exports only types has nothing to run, so nothing to test.
const hasRuntimeExport = (source: string) => /^export\s+(async\s+)?(function|const|let|class)\b/m.test(source);

test('every lib module with runtime code has a mirror test in tests/lib', () => {
  const missing = filesUnder(join(ROOT, 'lib'), /\.ts$/)
    .filter((file) => hasRuntimeExport(readFileSync(join(ROOT, file), 'utf8')))
    .map((file) => `tests/${file.replace(/\.ts$/, '.test.ts')}`)
    .filter((test) => !existsSync(join(ROOT, test)));
  expect(missing).toEqual([]);
});

test('tests use one extension, .test.ts or .test.tsx', () => {
  const odd = filesUnder(join(ROOT, 'tests'), /\.(spec|test)\.[cm]?[jt]sx?$/).filter((f) => !/\.test\.tsx?$/.test(f));
  expect(odd).toEqual([]);
});

test('lib stays framework-free: no Preact and no WXT globals', () => {
  const offenders = filesUnder(join(ROOT, 'lib'), /\.ts$/).filter((file) =>
    /from ['"]preact|from ['"]wxt\/utils|defineBackground|defineContentScript/.test(readFileSync(join(ROOT, file), 'utf8')),
  );
  expect(offenders).toEqual([]);
});

// Every way code can turn a string into live DOM: HTML setters (also `+=` and bracket access),
// React-style props, document.write, contextual fragments, srcdoc, the *HTMLUnsafe APIs, and
// moving nodes out of another document (adopt/import, or a parsed document's nodes inserted).
const WRITES_HTML =
  /dangerouslySetInnerHTML|\binnerHTML\s*:|(\.|\[\s*['"`])(inner|outer)HTML(['"`]\s*\])?\s*\+?=(?!=)|insertAdjacentHTML|document\.write(ln)?\s*\(|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|\.srcdoc\s*=|\b(importNode|adoptNode)\s*\(/;
const PARSES_HTML = /new\s+DOMParser|parseFromString\s*\(/;
const INSERTS_NODES = /\.(append|appendChild|prepend|replaceChildren|insertBefore|replaceWith|before|after)\s*\(/;

/** True when `source` can put HTML from a string into a live document. */
function writesHtml(source: string): boolean {
  return WRITES_HTML.test(source) || (PARSES_HTML.test(source) && INSERTS_NODES.test(source));
}

test('the HTML-writing check catches every way to write HTML and ignores reading it', () => {
  const writes = [
    'el.innerHTML = html',
    'el.innerHTML += html',
    "el['innerHTML'] = html",
    'el.outerHTML = html',
    "el.insertAdjacentHTML('beforeend', html)",
    '<div dangerouslySetInnerHTML={{ __html: html }} />',
    'Object.assign(el, { innerHTML: html })',
    'document.write(html)',
    'document.writeln(html)',
    'range.createContextualFragment(html)',
    'el.setHTMLUnsafe(html)',
    'Document.parseHTMLUnsafe(html)',
    'frame.srcdoc = html',
    'document.adoptNode(parsed.body)',
    'document.importNode(parsed.body, true)',
    "const doc = new DOMParser().parseFromString(html, 'text/html');\nroot.append(...doc.body.childNodes);",
  ];
  const reads = [
    'const html = root.innerHTML;',
    'if (el.innerHTML === before) return;',
    'node.outerHTML.length',
    "const text = new DOMParser().parseFromString(html, 'text/html').body.textContent;",
  ];
  expect(writes.filter((source) => !writesHtml(source))).toEqual([]);
  expect(reads.filter(writesHtml)).toEqual([]);
});

// The content script copies the page it reads into a document of its own with `importNode`, as
// `cloneNode(true)` would: that document has no browsing context, so nothing in it loads, runs or shows.
const INERT_COPIES = ['lib/pipeline/lean-clone.ts'];

test('only SafeHtml writes HTML into an extension page', () => {
  const sources = ['components', 'entrypoints', 'lib'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.tsx?$/));
  const writers = sources.filter((file) => writesHtml(readFileSync(join(ROOT, file), 'utf8')));
  expect(writers).toEqual(['components/SafeHtml.tsx', ...INERT_COPIES]);
});

test('the inert copies write no HTML but by importNode into the clone they make', () => {
  for (const file of INERT_COPIES) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(writesHtml(source.replace(/\bclone\.importNode\(/g, 'clone.copyOf(')), file).toBe(false);
    expect(source, file).toMatch(/const clone = doc\.cloneNode\(false\)/);
  }
});

// The house style: aim for 150 lines, split a lib module or component before 250, keep entrypoints to 60.
test('lib modules and components stay under 250 lines, entrypoint scripts under 60', () => {
  const lines = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
  const long = [
    ...filesUnder(join(ROOT, 'lib'), /\.ts$/).filter((file) => lines(file) > 250),
    ...filesUnder(join(ROOT, 'components'), /\.tsx?$/).filter((file) => lines(file) > 250),
    ...filesUnder(join(ROOT, 'entrypoints'), /\.tsx?$/).filter((file) => lines(file) > 60),
  ];
  expect(long).toEqual([]);
});
