import { render } from 'preact';
import { FirstScreen } from '../../components/FirstScreen';
import { readSnapshot } from '../../lib/panel-snapshot';
import '../../components/sift.css';

// The list as it last looked, painted from localStorage before the app (Dexie, search, the
// reader) has loaded: opening the panel shows cards at once. Not when it opens on a brief.
const snapshot = location.hash ? null : readSnapshot(localStorage);
if (snapshot) {
  document.documentElement.dataset.theme = snapshot.theme;
  render(<FirstScreen snapshot={snapshot} />, document.getElementById('app')!);
}
const start = () => void import('./app').then(({ startApp }) => startApp(snapshot));
// Loaded after the snapshot's frame, not in its way; at once when there is nothing to paint.
if (snapshot) requestAnimationFrame(() => setTimeout(start));
else start();
