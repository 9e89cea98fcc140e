import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { checkDomBudget, DOM_BUDGET } from '../../../lib/pipeline/budget';

const story = '<p>The council met until midnight and voted on the budget for the coming year.</p>'.repeat(10);
const nested = (depth: number) => parsePage(`<html><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`);
const wide = (count: number) => parsePage(`<html><body><ul>${'<li>x</li>'.repeat(count)}</ul></body></html>`);

test('a story under 5,000 nested divs is over budget, with a message that says why', () => {
  expect(checkDomBudget(nested(5000))).toEqual({
    ok: false,
    reason: 'over-budget',
    message: 'This page is too big for Sift to read safely: its markup is nested more than 256 levels deep. Nothing was saved.',
  });
});

test('a page with more elements than the budget is over it', () => {
  const verdict = checkDomBudget(wide(2000), { maxElements: 1000, maxDepth: 100 });
  expect(verdict?.message).toMatch(/more than 1,000 elements/);
});

test('limits are inclusive: exactly at the budget passes, one more fails', () => {
  // html, head (a browser always makes one), body, ul and the items: the items sit at depth 3.
  expect(checkDomBudget(wide(96), { maxElements: 100, maxDepth: 3 })).toBeNull();
  expect(checkDomBudget(wide(97), { maxElements: 100, maxDepth: 3 })?.reason).toBe('over-budget');
  expect(checkDomBudget(wide(1), { maxElements: 100, maxDepth: 2 })?.message).toMatch(/more than 2 levels/);
});

test('depth is counted along each branch, not summed over siblings', () => {
  const doc = parsePage(`<html><body>${'<section><div><p>x</p></div></section>'.repeat(50)}</body></html>`);
  expect(checkDomBudget(doc, { maxElements: 1000, maxDepth: 4 })).toBeNull();
});

test('the bundled news fixtures are well within the default budget', () => {
  for (const name of ['gzero--kursk', 'gzero--kursk-inline', 'plain--not-article']) {
    const html = readFileSync(resolve(__dirname, '../../fixtures/pages', `${name}.html`), 'utf8');
    expect(checkDomBudget(parsePage(html)), name).toBeNull();
  }
  expect(checkDomBudget(nested(DOM_BUDGET.maxDepth - 2))).toBeNull();
});

test('a form field named like a DOM property a walk relies on is refused: it would send the walk in circles', () => {
  const doc = parsePage(`<html><body><form><input name="nextElementSibling"></form><p>${story}</p></body></html>`);
  expect(checkDomBudget(doc)?.message).toBe('This page names a form field "nextElementSibling", which would send Sift\'s reader in circles. Nothing was saved.');
  for (const field of ['<img id="parentNode">', '<input name="tagName">', '<select name="attributes"></select>']) {
    expect(checkDomBudget(parsePage(`<html><body><form>${field}</form></body></html>`))?.reason, field).toBe('over-budget');
  }
});

test('a form field named like a method or text the reader calls on every element is refused: the reader would throw', () => {
  const doc = parsePage(`<html><body><form><input name="getAttribute"></form><p>${story}</p></body></html>`);
  expect(checkDomBudget(doc)?.message).toBe('This page names a form field "getAttribute", which would stop Sift\'s reader. Nothing was saved.');
  for (const field of ['<input name="hasAttribute">', '<input id="textContent">', '<button name="querySelectorAll"></button>', '<input name="removeAttribute">']) {
    expect(checkDomBudget(parsePage(`<html><body><form>${field}</form></body></html>`))?.reason, field).toBe('over-budget');
  }
});

test('common field names and ids on other elements are fine', () => {
  const doc = parsePage('<html><body><div id="children">Kids</div><form><input name="id"><input name="title"><input name="action"><input name="style"><textarea name="comment"></textarea></form></body></html>');
  expect(checkDomBudget(doc)).toBeNull();
});
