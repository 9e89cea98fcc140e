// Generated at run time, never checked in: a news story with a vast comment thread below it.

const PARAGRAPHS = [
  'The city council voted late on Tuesday to approve a new budget for the harbour district, ending months of argument over how to pay for the repairs to the sea wall.',
  'Residents had packed the public gallery for the debate, which ran past midnight after councillors proposed more than forty amendments to the plan.',
  'Under the approved plan, the city will borrow 60 million over ten years and raise parking charges near the waterfront to cover the interest.',
  'The leader of the opposition group said the borrowing would burden the next generation, while the mayor called the vote a turning point for the district.',
  'Work on the first section of the wall is due to begin in the spring, once the contractors have surveyed the foundations laid more than a century ago.',
  'Shop owners on the promenade said they were relieved that a decision had finally been made, though several asked for help with the months of disruption.',
];

/** Elements in one comment: the list item, the author, the text and the reply link. */
const PER_COMMENT = 4;
/** Elements outside the comments: html, head, its three children, body, the header, the story… */
const FIXED_ELEMENTS = 21;

/**
 * A page of about `elements` elements and `megabytes` MB: the story, then comments padded so the
 * page reaches its size. The defaults are the benchmark's: 200,000 elements, 10 MB.
 */
export function makeHugePage({ elements = 200_000, megabytes = 10 } = {}): string {
  const story = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves harbour budget</title>
<meta property="og:site_name" content="The Harbour Gazette"></head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Council approves harbour budget after all-night debate</h1>${story}</article><section class="comments"><ol>`;
  const tail = '</ol></section></main><footer>© The Harbour Gazette</footer></body></html>';
  const comments = Math.max(0, Math.floor((elements - FIXED_ELEMENTS) / PER_COMMENT));
  let bare = head.length + tail.length;
  for (let i = 0; i < comments; i++) bare += comment(i, '').length;
  const padding = 'x'.repeat(Math.max(0, Math.floor((megabytes * 1_000_000 - bare) / Math.max(comments, 1))));
  const parts = [head];
  for (let i = 0; i < comments; i++) parts.push(comment(i, padding));
  parts.push(tail);
  return parts.join('');
}

function comment(i: number, padding: string): string {
  return `<li id="c${i}"><b>reader${i}</b><p>Comment ${i} on the harbour budget ${padding}</p><a href="#r${i}">Reply</a></li>`;
}
