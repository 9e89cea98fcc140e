import type { LineKind } from './lines';

export type RemovedKind = LineKind | 'headline' | 'teaser' | 'credit' | 'duplicate' | 'next-story' | 'form' | 'contact' | 'contents' | 'placeholder' | 'nosnippet';

export interface RemovedBlock {
  kind: RemovedKind;
  text: string;
}

/** Takes one block out of the story and records it as `kind`. */
export type Drop = (el: Element, kind: RemovedKind) => void;
