import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../lib/node/parse-page';
import { follow, pathFrom } from '../../../lib/pipeline/child-path';

describe('pathFrom and follow', () => {
  const html = '<html><body><header>Site</header><main><div><p>Intro</p><section id="s"><p>Story</p></section></div></main></body></html>';

  it('find an element’s copy in a clone of the page', () => {
    const page = parsePage(html);
    const clone = parsePage(html);
    const path = pathFrom(page.body, page.getElementById('s')!);
    expect(path).toEqual([1, 0, 1]);
    expect(follow(clone.body, path)).toBe(clone.getElementById('s'));
  });

  it('lead nowhere from the root itself or down a path the copy lacks', () => {
    const page = parsePage(html);
    expect(follow(page.body, pathFrom(page.body, page.body))).toBeNull();
    expect(follow(page.body, [1, 0, 7])).toBeNull();
  });
});
