// The slice of Chrome's built-in Summarizer API (Chrome 138+, Gemini Nano) that Sift uses.
// Callers pass the global in (`globalThis.Summarizer`), so tests can pass a fake instead.

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

export interface SummarizerSession {
  readonly inputQuota: number;
  measureInputUsage(text: string, options?: { context?: string }): Promise<number>;
  summarize(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  summarizeStreaming(text: string, options?: { context?: string; signal?: AbortSignal }): AsyncIterable<string>;
  destroy(): void;
}

export interface SummarizerApi {
  availability(options?: Partial<SummarizerOptions>): Promise<Availability>;
  create(
    options: SummarizerOptions & { signal?: AbortSignal; monitor?(monitor: EventTarget): void },
  ): Promise<SummarizerSession>;
}

// The languages Chrome's Summarizer writes in; it answers "unavailable" for others.
const OUTPUT_LANGUAGES = new Set(['en', 'es', 'ja']);

/** The Summarizer API when `value` looks like it, else null (older browsers, Firefox, Node). */
export function asSummarizerApi(value: unknown): SummarizerApi | null {
  const api = value as Partial<SummarizerApi> | null | undefined;
  return typeof api?.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

/** Options for key points of a story in `lang`, in that language when Chrome can write it. */
export function keyPointOptions(lang: string | null): SummarizerOptions {
  const base = lang?.toLowerCase().split('-')[0] ?? 'en';
  const output = OUTPUT_LANGUAGES.has(base) ? base : 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    sharedContext: 'A news story saved to read later.',
    expectedInputLanguages: [base],
    outputLanguage: output,
  };
}

/**
 * Whether the browser can make key points for a story in `lang`: "available" now,
 * "downloadable"/"downloading" after a model download, or "unavailable". Never throws.
 */
export async function checkAvailability(summarizer: unknown, lang: string | null): Promise<Availability> {
  const api = asSummarizerApi(summarizer);
  if (!api) return 'unavailable';
  try {
    return await api.availability(keyPointOptions(lang));
  } catch {
    return 'unavailable';
  }
}
