// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { fromTree, toTree } from '../../lib/dom-tree';

const build = (tree: unknown) => {
  const root = document.createElement('div');
  const node = fromTree(tree, document);
  if (node) root.append(node);
  return root;
};

test('a subtree round-trips through JSON: tags, attributes, text and the values set as properties', () => {
  const root = document.createElement('div');
  root.innerHTML = '<main class="panel" inert><p role="status" aria-live="polite">2 &lt;of&gt; 3</p><a href="https://example.com/a?b=1" target="_blank" rel="noopener">Open</a><select aria-label="Site"><option value="">All</option><option value="B">B</option></select><input type="search" placeholder="Search"></main>';
  root.querySelector('select')!.value = 'B';
  root.querySelector('input')!.value = 'kursk';
  const copy = build(JSON.parse(JSON.stringify(toTree(root.firstChild!))));
  expect(copy.querySelector('main')!.outerHTML).toBe(root.querySelector('main')!.outerHTML);
  expect(copy.querySelector('select')!.value).toBe('B');
  expect(copy.querySelector('input')!.value).toBe('kursk');
  expect(copy.querySelector('p')!.textContent).toBe('2 <of> 3');
});

test('what could run is left out: other tags, handlers, styles and script addresses', () => {
  const copy = build([
    'div',
    { class: 'entry', onclick: 'globalThis.ran = 1', style: 'background:url(https://x.test/)', srcdoc: '<script>1</script>' },
    [
      ['script', {}, ['globalThis.ran = 2']],
      ['iframe', { src: 'https://x.test/' }, []],
      ['a', { href: 'javascript:globalThis.ran = 3' }, ['link']],
      ['img', { src: 'x', onerror: 'globalThis.ran = 4' }, []],
      '<b>text</b>',
    ],
  ]);
  expect(copy.innerHTML).toBe('<div class="entry"><a>link</a>&lt;b&gt;text&lt;/b&gt;</div>');
});

test('values that are not trees draw nothing', () => {
  for (const value of [null, 7, {}, [], ['div'], ['div', null, []], ['div', {}, 'text'], [1, {}, []]]) expect(build(value).childNodes.length, JSON.stringify(value)).toBe(0);
});
