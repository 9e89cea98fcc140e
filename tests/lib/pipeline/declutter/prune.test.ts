import { describe, expect, it } from 'vitest';
import { pruneEmpty } from '../../../../lib/pipeline/declutter/prune';
import { contentOf } from './dom';

describe('pruneEmpty', () => {
  it('takes out the containers left empty, up to the first that still holds text', () => {
    const root = contentOf('<section id="s"><div id="outer"><div id="inner"></div></div><p>Kept text.</p></section>');
    pruneEmpty(root, new Set([root.querySelector('#inner')!]));
    expect(root.querySelector('#outer')).toBeNull();
    expect(root.querySelector('#s')?.textContent).toBe('Kept text.');
  });

  it('keeps a container that holds media, and never the root', () => {
    const root = contentOf('<div id="figure"><img src="/a.jpg" alt=""></div><div id="svg"><svg></svg></div>');
    pruneEmpty(root, new Set([root.querySelector('#figure')!, root.querySelector('#svg')!]));
    expect(root.querySelector('#figure img')).not.toBeNull();
    expect(root.querySelector('#svg')).not.toBeNull();

    const empty = contentOf('<div id="only"></div>');
    pruneEmpty(empty, new Set([empty.querySelector('#only')!]));
    expect(empty.isConnected).toBe(true);
    expect(empty.children).toHaveLength(0);
  });

  it('touches nothing it was not pointed at', () => {
    const root = contentOf('<div id="a"></div><div id="b"></div>');
    pruneEmpty(root, new Set([root.querySelector('#a')!]));
    expect([...root.children].map((el) => el.id)).toEqual(['b']);
  });
});
