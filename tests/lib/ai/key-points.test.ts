import { describe, expect, it } from 'vitest';
import { makeKeyPoints, parsePoints, splitToFit } from '../../../lib/ai/key-points';
import { fakeSummarizer } from './fake-summarizer';

const story = { title: 'Kyiv confirms Kursk push', text: 'First paragraph.\n\nSecond paragraph.', lang: 'en' };

describe('makeKeyPoints', () => {
  it('streams the points of a story that fits, then frees the session', async () => {
    const { api, calls } = fakeSummarizer();
    const streamed: string[] = [];
    const result = await makeKeyPoints(api, story, { onText: (t) => streamed.push(t) });
    expect(result).toEqual({ points: ['First point.', 'Second point.'], method: 'chrome-summarizer' });
    expect(streamed).toEqual(['* First point.\n', '* First point.\n* Second point.\n']);
    expect(calls.streamed).toEqual([story.text]);
    expect(calls.destroyed).toBe(1);
  });

  it('reads the standfirst with the story', async () => {
    const { api, calls } = fakeSummarizer();
    await makeKeyPoints(api, { ...story, standfirst: 'The dek.' });
    expect(calls.streamed).toEqual([`The dek.\n\n${story.text}`]);
  });

  it('reports download progress when the model must be downloaded first', async () => {
    const { api } = fakeSummarizer({ availability: 'downloadable' });
    const progress: number[] = [];
    await makeKeyPoints(api, story, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('rejects when the API is absent or unavailable', async () => {
    await expect(makeKeyPoints(undefined, story)).rejects.toThrow(/no built-in summarizer/);
    await expect(makeKeyPoints(fakeSummarizer({ availability: 'unavailable' }).api, story)).rejects.toThrow();
  });

  it('rejects when the model fails half-way, and still frees the session', async () => {
    const { api, calls } = fakeSummarizer({ failMidStream: true });
    const streamed: string[] = [];
    await expect(makeKeyPoints(api, story, { onText: (t) => streamed.push(t) })).rejects.toThrow('The model stopped.');
    expect(streamed).toEqual(['* First point.\n']);
    expect(calls.destroyed).toBe(1);
  });

  it('summarizes a story over the quota chunk by chunk, then the chunk summaries', async () => {
    const { api, calls } = fakeSummarizer({ inputQuota: 100 });
    const text = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} tells a part of the story.`).join('\n\n');
    const result = await makeKeyPoints(api, { ...story, text });
    expect(calls.summarized.length).toBeGreaterThan(1);
    for (const chunk of calls.summarized) expect(chunk.length).toBeLessThanOrEqual(90);
    expect(calls.summarized.join('\n\n')).toBe(text);
    expect(calls.streamed).toHaveLength(1);
    expect(result.points).toEqual(['First point.', 'Second point.']);
  });

  it('gives up when the parts do not summarize shorter', async () => {
    // The fake answers every part with "* part N", longer than these parts.
    const { api } = fakeSummarizer({ inputQuota: 10 });
    const text = 'A.\n\nB.\n\nC.\n\nD.';
    await expect(makeKeyPoints(api, { ...story, text })).rejects.toThrow(/did not get shorter/);
  });
});

describe('splitToFit', () => {
  it('halves a paragraph that alone is over the budget', async () => {
    const session = { measureInputUsage: async (t: string) => t.length };
    const text = 'One sentence here. Another one there. A third one follows. And a fourth.';
    const chunks = await splitToFit(session, text, 40, text.length);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(40);
    expect(chunks.join(' ')).toBe(text);
  });
});

describe('parsePoints', () => {
  it('strips bullets, numbers and bold marks', () => {
    expect(parsePoints('* **One**\n- Two\n\n• Three\n1. Four')).toEqual(['One', 'Two', 'Three', 'Four']);
  });
});
