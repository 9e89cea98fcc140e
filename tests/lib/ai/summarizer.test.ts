import { describe, expect, it } from 'vitest';
import { asSummarizerApi, checkAvailability, keyPointOptions } from '../../../lib/ai/summarizer';
import { fakeSummarizer } from './fake-summarizer';

describe('checkAvailability', () => {
  it.each(['available', 'downloadable', 'downloading', 'unavailable'] as const)('passes on "%s"', async (state) => {
    expect(await checkAvailability(fakeSummarizer({ availability: state }).api, 'en')).toBe(state);
  });

  it('is "unavailable" without the API or when it throws', async () => {
    expect(await checkAvailability(undefined, 'en')).toBe('unavailable');
    expect(await checkAvailability({ foo: 1 }, 'en')).toBe('unavailable');
    const throwing = { availability: async () => Promise.reject(new Error('no')), create: async () => ({}) };
    expect(await checkAvailability(throwing, 'en')).toBe('unavailable');
  });
});

describe('asSummarizerApi', () => {
  it('accepts only something with availability() and create()', () => {
    expect(asSummarizerApi(null)).toBeNull();
    expect(asSummarizerApi({ availability() {} })).toBeNull();
    expect(asSummarizerApi(fakeSummarizer().api)).not.toBeNull();
  });
});

describe('keyPointOptions', () => {
  it('asks for short plain-text key points in the story language Chrome can write', () => {
    expect(keyPointOptions('es-MX')).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'es', expectedInputLanguages: ['es'] });
    expect(keyPointOptions('de').outputLanguage).toBe('en');
    expect(keyPointOptions(null).expectedInputLanguages).toEqual(['en']);
  });
});
