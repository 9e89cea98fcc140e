import type { Availability, SummarizerApi, SummarizerSession } from '../../../lib/ai/summarizer';

/** A stand-in for Chrome's `Summarizer` global: one token per character, scripted answers. */
export function fakeSummarizer(
  opts: { availability?: Availability; inputQuota?: number; failMidStream?: boolean; points?: string[] } = {},
) {
  const availability = opts.availability ?? 'available';
  const points = opts.points ?? ['First point.', 'Second point.'];
  const calls = { created: 0, destroyed: 0, summarized: [] as string[], streamed: [] as string[] };
  const session: SummarizerSession = {
    inputQuota: opts.inputQuota ?? 10_000,
    measureInputUsage: async (text) => text.length,
    summarize: async (text) => {
      calls.summarized.push(text);
      return `* part ${calls.summarized.length}`;
    },
    summarizeStreaming: (text) =>
      (async function* () {
        calls.streamed.push(text);
        for (const [i, point] of points.entries()) {
          if (opts.failMidStream && i === 1) throw new Error('The model stopped.');
          yield `* ${point}\n`;
        }
      })(),
    destroy: () => void calls.destroyed++,
  };
  const api: SummarizerApi = {
    availability: async () => availability,
    create: async (options) => {
      calls.created++;
      if (availability === 'unavailable') throw new Error('NotSupportedError');
      if (availability !== 'available') {
        const monitor = new EventTarget();
        options.monitor?.(monitor);
        for (const loaded of [0, 0.5, 1]) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      return session;
    },
  };
  return { api, calls };
}
