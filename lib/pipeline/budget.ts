import { listed } from './elements';

/** The most of a page the pipeline takes on: Readability's work grows with elements × depth. */
export interface DomBudget {
  maxElements: number;
  maxDepth: number;
}

// Measured on the 1,980 pages of the dev corpora: at most 10,110 elements and 55 levels deep.
// Readability on linkedom takes ~27 µs per element (a 200,000-element page: 5 s, 750 MB) and
// grows with the square of depth (5,000 levels: 7 s; under 256 levels: < 0.1 s).
export const DOM_BUDGET: DomBudget = { maxElements: 100_000, maxDepth: 256 };

/** A page the pipeline refused to read because it is over the budget; `message` is for the user. */
export interface OverBudget {
  ok: false;
  reason: 'over-budget';
  message: string;
}

// Browsers let a form control's name or id shadow that property on its form
// (<input name="nextElementSibling">). Shadowing the properties a walk moves by or dispatches on
// sends any walk of the page, Readability's too, in circles and freezes the tab (the hostile
// corpus's tagName and attributes cases hang it). Shadowing a method or the text that Readability
// and Sift read of every element makes the reader throw, which told the user to reload the page.
// No real page names a field like these; "id", "title" or "action" are fine.
const WALKED = new Set([
  'firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling', 'parentNode', 'parentElement',
  'firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'childNodes', 'children',
  'tagName', 'nodeName', 'localName', 'nodeType', 'attributes',
]);
// Each of these, as a field of a form in the story, made the reader throw in Chromium; "remove",
// "querySelector" or "innerHTML" did not, and a shop's "remove" button is a real field. Only a
// form's own fields shadow: an image named "getElementsByTagName" outside a form is harmless.
const CALLED = new Set([
  'getAttribute', 'getAttributeNames', 'hasAttribute', 'hasAttributes', 'removeAttribute',
  'querySelectorAll', 'getElementsByTagName', 'textContent',
]);
// The elements a form exposes by name or id. One attribute query, then a tag test, is three times
// cheaper on linkedom than a list of eight tag selectors, and stays cheap on a huge page.
const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button', 'fieldset', 'object', 'output', 'img']);

/**
 * Whether the pipeline can read the page safely. Checks for form fields that shadow DOM properties,
 * then has the browser count the elements and look for one nested too deep: a walk of the page
 * from script took three times as long in Chromium. Null when the page is within budget.
 */
export function checkDomBudget(doc: Document, budget: DomBudget = DOM_BUDGET): OverBudget | null {
  for (const control of listed(doc.querySelectorAll('[name],[id]'))) {
    if (!FORM_CONTROLS.has(control.localName)) continue;
    const name = [control.getAttribute('name'), control.getAttribute('id')].find((n) => n && (WALKED.has(n) || (CALLED.has(n) && inForm(control))));
    if (name) return refuse(`This page names a form field "${name}", which would ${WALKED.has(name) ? "send Sift's reader in circles" : "stop Sift's reader"}. Nothing was saved.`);
  }
  if (doc.querySelectorAll('*').length > budget.maxElements) return tooManyElements(budget);
  if (doc.querySelector(nestedDeeperThan(budget.maxDepth))) return tooBig(`its markup is nested more than ${budget.maxDepth} levels deep`);
  return null;
}

// An element with more than `levels` elements above it: itself and `levels + 1` more, each the
// parent of the one after it.
function nestedDeeperThan(levels: number): string {
  return Array<string>(levels + 2).fill('*').join('>');
}

// `closest`, not a walk up by `parentElement`: the form's own fields may shadow that link.
function inForm(control: Element): boolean {
  return control.hasAttribute('form') || control.closest('form') !== null;
}

/** The refusal for a page with more elements than `budget` allows. */
export function tooManyElements(budget: DomBudget = DOM_BUDGET): OverBudget {
  return tooBig(`it has more than ${budget.maxElements.toLocaleString('en')} elements`);
}

function tooBig(why: string): OverBudget {
  return refuse(`This page is too big for Sift to read safely: ${why}. Nothing was saved.`);
}

function refuse(message: string): OverBudget {
  return { ok: false, reason: 'over-budget', message };
}
