import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '../../components/SidePanelApp';
import { openDb } from '../../lib/db/db';
import { isOpenBriefRequest, OPEN_BRIEF_KEY } from '../../lib/open-request';
import '../../components/sift.css';

const db = openDb();
const root = document.getElementById('app')!;

function show(value: unknown) {
  const request = isOpenBriefRequest(value) ? { id: value.id, seq: value.at } : null;
  render(<SidePanelApp db={db} request={request} />, root);
}

// A request is taken once, so reopening the panel later shows the list, not an old brief.
async function takeRequest() {
  const items = await browser.storage.local.get(OPEN_BRIEF_KEY);
  const value = items[OPEN_BRIEF_KEY];
  if (isOpenBriefRequest(value)) await browser.storage.local.remove(OPEN_BRIEF_KEY);
  return value;
}

// `#brief/ID` opens a brief directly (links, tests); otherwise the popup's pending request.
const fromHash = /^#brief\/(\d+)$/.exec(location.hash);
if (fromHash) show({ id: Number(fromHash[1]), at: 0 });
else void takeRequest().then(show, () => show(null));

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && isOpenBriefRequest(changes[OPEN_BRIEF_KEY]?.newValue)) void takeRequest().then(show);
});
