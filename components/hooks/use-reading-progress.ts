import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Brief } from '../../lib/brief';
import type { BriefChanges } from '../../lib/db/briefs';

const SAVE_EVERY_MS = 500;

const scrollable = () => document.documentElement.scrollHeight - window.innerHeight;

/**
 * Restores where the reader left this brief, saves the position while scrolling, and marks the
 * brief read once the end of the story comes into view.
 */
export function useReadingProgress(brief: Brief, end: RefObject<HTMLElement | null>, onChange: (changes: BriefChanges) => void) {
  const unread = useRef(false);
  unread.current = !brief.readAt && brief.kind !== 'link';
  useLayoutEffect(() => {
    window.scrollTo(0, (brief.readingProgress ?? 0) * scrollable());
  }, [brief.id]);

  // Listening from before the first paint: a scroll as soon as the story shows is saved too.
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const max = scrollable();
      if (max <= 0) return;
      const changes: BriefChanges = { readingProgress: Math.min(1, Math.round((window.scrollY / max) * 1000) / 1000) };
      // A jump (End key, scrollbar) can pass the end between two frames, unseen by the observer.
      const passedEnd = end.current && end.current.getBoundingClientRect().top <= window.innerHeight;
      if (unread.current && passedEnd) changes.readAt = Date.now();
      onChange(changes);
    };
    const onScroll = () => {
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [brief.id]);

  useEffect(() => {
    // A link-only brief has no story yet, so there is nothing to have read.
    if (brief.readAt || brief.kind === 'link' || !end.current) return;
    const observer = new IntersectionObserver(([seen]) => {
      if (seen?.isIntersecting) onChange({ readAt: Date.now() });
    });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [brief.id, brief.readAt]);
}
