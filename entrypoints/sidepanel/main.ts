import { fromTree } from '../../lib/dom-tree';
import { takeOpenPending } from '../../lib/open-request';
import { readSnapshot } from '../../lib/panel-snapshot';
import '../../components/sift.css';

// The list as it last looked, drawn from localStorage before the app (Preact, Dexie, search, the
// reader) has loaded: opening the panel shows cards at once. Not when it opens on a brief or on
// the popup's search.
const opening = takeOpenPending(localStorage) || location.hash !== '';
const snapshot = opening ? null : readSnapshot(localStorage);
const start = () => void import('./app').then(({ startApp }) => startApp(snapshot));
if (snapshot) {
  document.documentElement.dataset.theme = snapshot.theme;
  const app = document.getElementById('app')!;
  for (const tree of snapshot.firstScreen) {
    const node = fromTree(tree, document);
    if (node) app.append(node);
  }
  whenOnScreen(() => {
    // The cards are on screen (bench:list).
    if (snapshot.entries.length) performance.mark('sift:snapshot-cards');
    start();
  });
} else start();

/**
 * Runs `then` once the page is on screen, which the browser reports as its first contentful
 * paint: the app, loaded as soon as the first screen's frame was drawn, held it back from the
 * screen by tens of ms. A page that never paints (hidden) gets `then` after a moment all the same.
 */
function whenOnScreen(then: () => void) {
  let waiting = true;
  const go = () => {
    if (!waiting) return;
    waiting = false;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, 250);
}
