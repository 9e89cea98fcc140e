// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { formatBytes, type StorageApi } from '../../components/StorageUsage';
import { openDb, type SiftDb } from '../../lib/db/db';
import { REBUILD_AFTER } from '../../lib/db/search-words';
import { freshDbName } from '../helpers/briefs';
import { fixtureBytes } from '../lib/io/fixtures';

let root: HTMLElement;
let db: SiftDb;
let saveFile: ReturnType<typeof vi.fn<(name: string, data: string | Uint8Array, mimeType: string) => void>>;
let storage: StorageApi & { persist: ReturnType<typeof vi.fn> };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

async function settle() {
  for (let i = 0; i < 20; i += 1) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
}

beforeEach(async () => {
  db = openDb(freshDbName());
  saveFile = vi.fn<(name: string, data: string | Uint8Array, mimeType: string) => void>();
  storage = { estimate: async () => ({ usage: 2_500_000, quota: 10_000_000_000 }), persisted: async () => false, persist: vi.fn(async () => true) };
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<ImportExportPanel db={db} parseHtml={parseHtml} saveFile={saveFile} storage={storage} fetchState={null} startFetch={() => undefined} />, root);
  });
  await settle();
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function pickFile(name: string, bytes: Uint8Array) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([bytes as BlobPart], name)], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change'));
  });
  await settle();
}

describe('ImportExportPanel', () => {
  test('imports a Pocket zip and says what was stored and what was skipped, by line', async () => {
    await pickFile('pocket.zip', fixtureBytes('pocket--2025'));
    expect(root.querySelector('[role=status]')?.textContent).toBe('Pocket: 7 new, 0 merged, 0 already here.');
    expect(root.querySelector('summary')?.textContent).toBe('5 skipped');
    expect([...root.querySelectorAll('.io-problems li')].map((li) => li.textContent)).toContain('part_000000.csv line 8: broken quoting');
    expect(await db.briefs.count()).toBe(7);
  });

  test('a large import builds and saves the search index, so the reading list need not on opening', async () => {
    const links = Array.from({ length: REBUILD_AFTER + 1 }, (_, i) => `<DT><A HREF="https://news.example/story-${i}" ADD_DATE="1700000000">Harbour story ${i}</A>`);
    await pickFile('bookmarks.html', new TextEncoder().encode(`<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${links.join('\n')}\n</DL>`));
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toMatch(/^Browser bookmarks \(HTML\): 2,?001 new/), {
      timeout: 20_000,
    });
    await vi.waitFor(async () => expect((await db.wordIndex.get('words'))?.index.maxId).toBe(await db.briefs.toCollection().lastKey()), { timeout: 10_000 });
    const saved = await db.wordIndex.get('words');
    expect(saved!.index.words).toContain('harbour');
  });

  test('an unknown file gets a plain sentence', async () => {
    await pickFile('notes.txt', new TextEncoder().encode('hello'));
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/does not recognise this file/);
  });

  test('a file that cannot be read from disk is reported, not left spinning', async () => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['x'], 'gone.zip');
    file.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change'));
    });
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Sift could not read gone.zip.');
    expect(root.querySelector('progress')).toBeNull();
  });

  test('each export button hands a dated file of every brief to the page', async () => {
    await pickFile('pocket.zip', fixtureBytes('pocket--2025'));
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sift backup (JSON)')!;
    await act(() => button.click());
    await settle();
    const [name, data, type] = saveFile.mock.calls[0];
    expect(name).toMatch(/^sift-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(JSON.parse(data as string).briefs).toHaveLength(7);
    expect(root.querySelector('[role=status]:last-child')?.textContent).toBe('Exported 7 briefs as Sift backup (JSON).');
  });

  test('shows the storage used and asks the browser to keep the data on request', async () => {
    expect(root.textContent).toContain('Sift uses 2.5 MB of 10.0 GB available.');
    const ask = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Ask to keep it')!;
    await act(() => ask.click());
    await settle();
    expect(storage.persist).toHaveBeenCalled();
    expect(root.textContent).toContain('keeps Sift');
  });
});

test('formatBytes', () => {
  expect(formatBytes(512)).toBe('512 bytes');
  expect(formatBytes(1_234_567)).toBe('1.2 MB');
});
