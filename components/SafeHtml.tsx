import DOMPurify from 'dompurify';
import { useMemo } from 'preact/hooks';
import { keyOf } from '../lib/pipeline/declutter/text';

// Stored story HTML comes from web pages: anything active or that could restyle the page goes
// (`background` too: a legacy attribute that loads an image and restyles like `style`).
const PURIFY_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta'],
  FORBID_ATTR: ['style', 'background', 'srcset', 'ping', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    // Links open outside the extension page, without telling the site where the click came from.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
        if (altRepeatsCaption(node)) node.setAttribute('alt', '');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/**
 * An image whose alt text its figure's caption already says: read out twice by a screen reader,
 * and shown twice where the image cannot load (offline), once in its place and once below.
 */
function altRepeatsCaption(img: Element): boolean {
  const alt = keyOf(img.getAttribute('alt') ?? '');
  const caption = img.closest('figure')?.querySelector('figcaption');
  return !!alt && !!caption && keyOf(caption.textContent ?? '').includes(alt);
}

/** Sanitizes untrusted page HTML with DOMPurify; the result is safe to put in an extension page. */
export function sanitizeHtml(html: string): string {
  return purifier().sanitize(html, PURIFY_CONFIG) as string;
}

/** The only component that writes HTML into the DOM, and only after sanitizing it. */
export function SafeHtml({ html, class: className }: { html: string; class?: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
