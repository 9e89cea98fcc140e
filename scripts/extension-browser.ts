import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.SIFT_CHROMIUM ?? '/usr/bin/chromium';
export const BUILD_DIR = resolve('.output/chrome-mv3');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/** Serves a folder on 127.0.0.1 (no network in tests); resolves with its origin. */
export async function serveFolder(dir: string): Promise<{ origin: string; server: Server }> {
  return serve(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(join(dir, path.replace(/^\/+/, '').replace(/\.\./g, '')));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
}

/** Answers requests on 127.0.0.1 with `handler`, on a free port; resolves with its origin. */
export async function serve(handler: RequestListener): Promise<{ origin: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** The parts of a built manifest.json that test builds change. */
export interface ManifestJson {
  host_permissions?: string[];
  background: { scripts?: string[]; service_worker?: string };
}

/**
 * A copy of the production build (`buildDir`, Chrome's by default) whose manifest also grants
 * http://127.0.0.1/*: automation cannot give the click that `activeTab` needs. `adapt` may change
 * the copy's manifest further. The shipped manifest never has any of it.
 */
export async function makeTestBuild(buildDir = BUILD_DIR, adapt?: (manifest: ManifestJson) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sift-ext-'));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest: ManifestJson = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  adapt?.(manifest);
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Headless Chromium with the extension loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir: string): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'sift-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id the extension APIs use for the tab that shows `page` (brought to the front). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  // Works for pages whose URL the extension may not see (chrome://), unlike matching by URL.
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Every brief in the extension's real IndexedDB; runs in an extension page (page.evaluate). */
export function briefsInDb(): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sift');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('briefs')) return resolve([]);
      const request = db.transaction('briefs').objectStore('briefs').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    };
  });
}

/** Every brief in the extension's real IndexedDB, read from an extension page. */
export async function readBriefs(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(briefsInDb);
}

/** The element's text once it exists; empty while it does not, so polls keep waiting. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) ? locator.first().innerText() : '';
}

/** The side panel's list once its app runs: before that, the first screen paints an inert picture of it. */
export function livePanel(page: Page): Locator {
  return page.locator('.panel:not([inert])');
}

export function liveEntries(page: Page): Locator {
  return livePanel(page).locator('.entry');
}
