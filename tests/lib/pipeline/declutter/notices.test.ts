import { describe, expect, it } from 'vitest';
import { closingNoticesAt, dropBoxRests, dropDanglingLabel, dropNoticeCores, dropSignUpRests, openingDisclosures } from '../../../../lib/pipeline/declutter/notices';
import type { Drop, RemovedKind } from '../../../../lib/pipeline/declutter/removed';
import { locateStory } from '../../../../lib/pipeline/declutter/story';
import { contentOf, storyParagraph } from './dom';

// Long enough to read as story paragraphs (core paragraphs), as such notices do on real pages.
const DISCLOSURE = '<p id="disclosure">This article contains affiliate links, and we may earn a small commission when you buy through them, at no extra cost to you, which helps us keep our reviews free for every reader.</p>';
const SUPPORT = '<p id="support">If you enjoyed this article, please consider supporting our journalism with a donation today, because reporting like this takes months of work and is free for every reader in the city.</p>';
const RIGHTS = '<p id="rights">Copyright © 2025 Example News. All rights reserved.</p>';

/** A `drop` that records what went, as the declutter stage does, and takes it out. */
function recorder(): { drop: Drop; dropped: [string, RemovedKind][] } {
  const dropped: [string, RemovedKind][] = [];
  return { dropped, drop: (el, kind) => (dropped.push([el.id || el.textContent!.slice(0, 20), kind]), el.remove()) };
}

describe('closingNoticesAt and openingDisclosures', () => {
  it('find the run of notices that closes the story and of disclosures that opens it', () => {
    const root = contentOf(DISCLOSURE + storyParagraph(1) + storyParagraph(2) + SUPPORT);
    const cores = locateStory(root).cores;
    expect(cores).toHaveLength(4);
    expect(closingNoticesAt(cores)).toBe(3);
    expect(openingDisclosures(cores, 3).map((el) => el.id)).toEqual(['disclosure']);
  });

  it('never take the first core for a closing notice, nor the last for an opening disclosure', () => {
    const root = contentOf(SUPPORT + DISCLOSURE);
    const cores = locateStory(root).cores;
    expect(closingNoticesAt(cores)).toBe(1);
    expect(openingDisclosures(cores.slice(1), 1)).toEqual([]);
  });
});

describe('dropNoticeCores', () => {
  it('drops the notices that close the story, a shorter one above them, and a disclosure that opens it', () => {
    const root = contentOf(DISCLOSURE + storyParagraph(1) + storyParagraph(2) + RIGHTS + SUPPORT);
    const { drop, dropped } = recorder();
    dropNoticeCores(locateStory(root), root, drop, (el) => el.textContent!.trim());
    expect(dropped).toEqual([
      ['support', 'notice'],
      ['rights', 'notice'],
      ['disclosure', 'notice'],
    ]);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps a story whose every paragraph reads like a notice', () => {
    const root = contentOf(SUPPORT + SUPPORT.replace('support', 'support2'));
    const { drop, dropped } = recorder();
    dropNoticeCores(locateStory(root), root, drop, (el) => el.textContent!.trim());
    expect(dropped).toHaveLength(1);
    expect(root.textContent).toContain('please consider supporting');
  });
});

describe('dropBoxRests', () => {
  it('drops the few words a support box keeps once two asks went from it, and only after the story', () => {
    const root = contentOf(`${storyParagraph(1)}<div id="box"><p id="ask1">Ask</p><p id="ask2">Ask</p><p>Thank you. Liz, Editor</p></div><div id="early"><p>Thanks</p></div>${storyParagraph(2)}`);
    const story = locateStory(root);
    const [box, early] = [root.querySelector('#box')!, root.querySelector('#early')!];
    root.querySelector('#ask1')!.remove();
    root.querySelector('#ask2')!.remove();
    const { drop, dropped } = recorder();
    dropBoxRests(story, root, new Map([[box, 2], [early, 2]]), drop);
    expect(dropped).toEqual([]);
    root.append(box);
    dropBoxRests(story, root, new Map([[box, 2], [early, 1]]), drop);
    expect(dropped).toEqual([['box', 'notice']]);
    expect(root.contains(early)).toBe(true);
  });
});

describe('dropSignUpRests', () => {
  const PITCH = '<p>Sign up to join 800,000+ other subscribers and receive regular emails on health tools.</p>';
  const SMALL_PRINT = '<p>By submitting your email to subscribe, you agree to our Privacy Policy.</p>';

  it('drops the pitch and small print a sign-up box keeps once its ask went, within the story too', () => {
    const root = contentOf(`${storyParagraph(1)}<div id="box"><p id="ask">Subscribe to the Neural Network Newsletter</p>${PITCH}${SMALL_PRINT}</div>${storyParagraph(2)}`);
    const box = root.querySelector('#box')!;
    root.querySelector('#ask')!.remove();
    const { drop, dropped } = recorder();
    dropSignUpRests(root, new Map([[box, 1], [root.firstElementChild!, 1]]), drop);
    expect(dropped).toEqual([['box', 'newsletter']]);
    expect(root.textContent).toContain('Story paragraph 2');
  });

  it('keeps a box that holds anything but sign-up text, or more than a few lines of it', () => {
    const story = '<p>Readers who subscribe get the annual report.</p><p>The council approved the budget on Tuesday.</p>';
    const long = [1, 2, 3, 4, 5, 6].map(() => PITCH).join('');
    const root = contentOf(`<div id="mixed">${story}</div><div id="long">${long}</div>`);
    const { drop, dropped } = recorder();
    dropSignUpRests(root, new Map([[root.querySelector('#mixed')!, 1], [root.querySelector('#long')!, 1]]), drop);
    expect(dropped).toEqual([]);
  });
});

describe('dropDanglingLabel', () => {
  it('drops a short colon-ended line that closes the text after the story, nothing else', () => {
    const root = contentOf(`${storyParagraph(1)}<p id="label">Weitere Informationen:</p>`);
    const { drop, dropped } = recorder();
    dropDanglingLabel(locateStory(root), root, drop);
    expect(dropped).toEqual([['label', 'label']]);

    const sentence = contentOf(`${storyParagraph(1)}<p>The mayor listed three reasons for the delay, all of them about the budget:</p>`);
    dropDanglingLabel(locateStory(sentence), sentence, drop);
    expect(dropped).toHaveLength(1);
  });
});
