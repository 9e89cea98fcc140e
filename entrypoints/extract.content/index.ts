import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractStory } from '../../lib/pipeline';
import type { PageExtract } from '../../lib/save-page';

// Injected on demand by the background (never on every page); the return value of main()
// is what `scripting.executeScript` resolves with.
export default defineContentScript({
  registration: 'runtime',
  main(): PageExtract {
    const contentType = document.contentType || 'text/html';
    if (!/html/i.test(contentType)) return { ok: false, reason: 'not-html', contentType };
    return extractStory(document, location.href);
  },
});
