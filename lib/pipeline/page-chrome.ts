// A page's menus and footers are never its story, yet Readability scores them like any other
// block: a footer's "about us" blurb or newsletter box can outscore a short story. Taken out of
// the clone first, they cannot be picked, and Readability has less of the page to walk.
const CHROME_TAGS = ['nav', 'footer'];
// Some pages misuse them as wrappers; one that holds the page's main content or an article stays.
const CONTENT_TAGS = ['main', 'article'];

/** Removes the menus and footers in `root` (a clone about to go to Readability). */
export function dropPageChrome(root: Document | Element): void {
  for (const tag of CHROME_TAGS) {
    for (const el of [...root.getElementsByTagName(tag)]) {
      if (!CONTENT_TAGS.some((inner) => el.getElementsByTagName(inner).length)) el.remove();
    }
  }
}
