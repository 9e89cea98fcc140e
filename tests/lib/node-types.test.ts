import { expect, test } from 'vitest';
import { parsePage } from '../../lib/node/parse-page';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from '../../lib/node-types';

test('the node type numbers are those of the DOM the pipeline walks', () => {
  const p = parsePage('<html><body><p>Text</p></body></html>').body.firstElementChild!;
  expect(p.nodeType).toBe(ELEMENT_NODE);
  expect(p.firstChild!.nodeType).toBe(TEXT_NODE);
  expect([p.ELEMENT_NODE, p.TEXT_NODE, p.DOCUMENT_NODE, p.DOCUMENT_FRAGMENT_NODE]).toEqual([ELEMENT_NODE, TEXT_NODE, DOCUMENT_NODE, DOCUMENT_FRAGMENT_NODE]);
  expect(p.ownerDocument.nodeType).toBe(DOCUMENT_NODE);
});
