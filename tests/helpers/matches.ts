import { hasBit } from '../../lib/search/bitset';
import { findMatches } from '../../lib/search/find-words';
import type { WordIndex } from '../../lib/search/word-index';

/** How a brief matches a search, read from findMatches' bits: on its card, in its story only, or not at all. */
export type How = 'card' | 'story' | 'none';

export function matcher(index: WordIndex, query: string[]): (id: number) => How {
  const { card, any } = findMatches(index, query);
  return (id) => (hasBit(card, id) ? 'card' : hasBit(any, id) ? 'story' : 'none');
}
