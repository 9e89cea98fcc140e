import type { Readability } from '@mozilla/readability';
import { isStoryParagraph } from './page-chrome';
import { listed } from './elements';

/** The methods of Readability 0.6.0 this watches, with their arguments. */
interface CleanUp {
  _cleanConditionally(e: Element, tag: string): void;
  _getClassWeight(e: Element): number;
}

/** What Readability's clean-ups did to blocks for their names. */
export interface NamedCleanUp {
  /** Whether `content`, Readability's result, lacks a story paragraph of a block removed only for its class or id. */
  droppedStoryFrom(content: Element | null | undefined): boolean;
}

/**
 * Readability's last clean-up removes any block (a div, list, table or form) whose class or id
 * holds a word it counts against ("widget", "media", "meta", "promo", "hidden" …) and none it
 * counts for, whatever the block holds: page builders name each section of a story a widget, and
 * a checklist set in a "media-block" went with its story. With `spare`, those names count for
 * nothing in that clean-up, and such a block is weighed by its text and links as any other is.
 * Either way, the answer tells whether the names cost the read a story paragraph.
 */
export function watchNamedCleanUp<T>(reader: Readability<T>, spare: boolean): NamedCleanUp {
  const own = reader as unknown as CleanUp;
  const cleanConditionally = own._cleanConditionally.bind(own);
  const classWeight = own._getClassWeight.bind(own);
  // Each removed block's first story paragraph: a block removed in a read that came out short may
  // be back in the read Readability makes again with looser rules, and so in its result.
  const dropped: Element[] = [];
  let cleaning = false;
  own._cleanConditionally = (e, tag) => {
    cleaning = true;
    try {
      cleanConditionally(e, tag);
    } finally {
      cleaning = false;
    }
  };
  // There a weight below zero removes the block (one in or with a data table, or in code, is kept
  // before its weight is asked) before its text and links are weighed.
  own._getClassWeight = (node) => {
    const weight = classWeight(node);
    if (!cleaning || weight >= 0) return weight;
    if (spare) return 0;
    const story = listed(node.getElementsByTagName('p')).find(isStoryParagraph);
    if (story) dropped.push(story);
    return weight;
  };
  return {
    droppedStoryFrom: (content) => {
      if (!dropped.length) return false;
      const text = content?.textContent ?? '';
      return dropped.some((p) => !text.includes(p.textContent ?? ''));
    },
  };
}
