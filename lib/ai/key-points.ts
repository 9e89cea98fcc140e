import { readerText, type RawArticle } from '../brief';
import { asSummarizerApi, keyPointOptions, type SummarizerSession } from './summarizer';

export interface KeyPoints {
  points: string[];
  method: 'chrome-summarizer';
}

export interface KeyPointCallbacks {
  /** Model download progress, 0 to 1; called only while Chrome downloads the model. */
  onProgress?(fraction: number): void;
  /** The final summary's text so far, as it streams in. */
  onText?(text: string): void;
  signal?: AbortSignal;
}

// Room left for the context string and the API's own instructions.
const QUOTA_SHARE = 0.9;

/**
 * Key points of a story with Chrome's on-device Summarizer.
 *
 * Call it from a click handler: `Summarizer.create()` needs transient user activation
 * whenever the model still has to be downloaded, so a call from a timer or a message fails.
 * A story longer than the model's input quota is cut into chunks that fit; the chunks'
 * summaries are then summarized in turn. Rejects with the API's error on failure.
 */
export async function makeKeyPoints(
  summarizer: unknown,
  story: Pick<RawArticle, 'title' | 'text' | 'standfirst' | 'lang'>,
  callbacks: KeyPointCallbacks = {},
): Promise<KeyPoints> {
  const api = asSummarizerApi(summarizer);
  if (!api) throw new Error('This browser has no built-in summarizer.');
  const { onProgress, onText, signal } = callbacks;
  const session = await api.create({
    ...keyPointOptions(story.lang),
    signal,
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => onProgress?.((event as ProgressEvent).loaded));
    },
  });
  try {
    const context = story.title ? `Headline: ${story.title}` : undefined;
    const text = await summarizeWithin(session, readerText(story), { context, signal }, onText);
    return { points: parsePoints(text), method: 'chrome-summarizer' };
  } finally {
    session.destroy();
  }
}

/** Map-reduce over the input quota: one streamed call when the text fits, else chunk by chunk. */
async function summarizeWithin(
  session: SummarizerSession,
  text: string,
  options: { context?: string; signal?: AbortSignal },
  onText?: (text: string) => void,
): Promise<string> {
  const budget = session.inputQuota * QUOTA_SHARE;
  const usage = await session.measureInputUsage(text, options);
  if (usage <= budget) {
    let out = '';
    for await (const chunk of session.summarizeStreaming(text, options)) {
      out += chunk;
      onText?.(out);
    }
    return out;
  }
  const chunks = await splitToFit(session, text, budget, usage, options.context);
  const partials: string[] = [];
  for (const chunk of chunks) partials.push(await session.summarize(chunk, options));
  const joined = partials.join('\n\n');
  // Each round must shrink the text, or the recursion would never fit the quota.
  if (joined.length >= text.length) throw new Error('The summaries of the parts did not get shorter.');
  return summarizeWithin(session, joined, options, onText);
}

/**
 * Paragraph-aligned chunks of `text` that each fit `budget`: sized from the measured usage
 * per character, then checked and halved where the estimate was off.
 */
export async function splitToFit(
  session: Pick<SummarizerSession, 'measureInputUsage'>,
  text: string,
  budget: number,
  usage: number,
  context?: string,
): Promise<string[]> {
  const maxChars = Math.max(1, Math.floor((budget / usage) * text.length));
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n{2,}/)) {
    if (current && current.length + paragraph.length + 2 > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current) chunks.push(current);
  const fit = async (chunk: string): Promise<string[]> => {
    if (chunk.length < 2 || (await session.measureInputUsage(chunk, { context })) <= budget) return [chunk];
    const [head, tail] = halves(chunk);
    return [...(await fit(head)), ...(await fit(tail))];
  };
  return (await Promise.all(chunks.map(fit))).flat().filter(Boolean);
}

// Two halves, cut at a paragraph or sentence break before the middle when there is one.
function halves(text: string): [string, string] {
  const middle = Math.floor(text.length / 2);
  const paragraph = text.lastIndexOf('\n\n', middle);
  const sentence = text.lastIndexOf('. ', middle) + 1;
  const at = paragraph > 0 ? paragraph : sentence > 0 ? sentence : middle;
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/** The bullet lines of the model's answer, without their bullets or numbers. */
export function parsePoints(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•‣◦·]|\d+[.)])\s*/, '').replace(/\*\*/g, '').trim())
    .filter(Boolean);
}
