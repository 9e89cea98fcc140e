import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractInPage, type HandOff } from '../../lib/pipeline/in-page';
import type { PageExtract } from '../../lib/save-page';

// Injected on demand by the background (never on every page); the return value of main()
// is what `scripting.executeScript` resolves with.
export default defineContentScript({
  registration: 'runtime',
  main(): PageExtract | HandOff {
    const contentType = document.contentType || 'text/html';
    if (!/html/i.test(contentType)) return { ok: false, reason: 'not-html', contentType };
    return extractInPage(document, location.href);
  },
});
