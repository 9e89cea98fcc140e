import { fromTree } from '../../lib/dom-tree';
import { takeOpenPending } from '../../lib/open-request';
import { readSnapshot } from '../../lib/panel-snapshot';
import '../../components/sift.css';

// The list as it last looked, drawn from localStorage before the app (Preact, Dexie, search, the
// reader) has loaded: opening the panel shows cards at once. Not when it opens on a brief or on
// the popup's search.
const opening = takeOpenPending(localStorage) || location.hash !== '';
const snapshot = opening ? null : readSnapshot(localStorage);
if (snapshot) {
  document.documentElement.dataset.theme = snapshot.theme;
  for (const tree of snapshot.firstScreen) {
    const node = fromTree(tree, document);
    if (node) document.getElementById('app')!.append(node);
  }
}
const start = () => void import('./app').then(({ startApp }) => startApp(snapshot));
if (snapshot) whenOnScreen(start);
else start();

/**
 * Runs `then` once the snapshot is on screen, which the browser reports as the page's first
 * contentful paint: the app, loaded as soon as the frame was drawn, held it back from the screen
 * by tens of ms. A page that never paints (hidden) gets the app after a moment all the same.
 */
function whenOnScreen(then: () => void) {
  let waiting = true;
  const go = () => {
    if (!waiting) return;
    waiting = false;
    observer.disconnect();
    if (snapshot?.entries.length) performance.mark('sift:snapshot-cards');
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, 250);
}
