import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { makeTestBuild } from './extension-browser';

export const FIREFOX = process.env.SIFT_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv3');

// Firefox refuses to let automation navigate a tab to moz-extension:// ("Navigation to
// moz-extension://… is not allowed in this context"), so the test build opens its own page.
const OPEN_PAGE_SCRIPT = 'open-page-for-test.js';

/**
 * A copy of the Firefox build that grants http://127.0.0.1/* (automation cannot give the
 * click `activeTab` needs) and opens sidepanel.html in a tab when it starts. The shipped
 * build has neither.
 */
export async function makeFirefoxTestBuild(): Promise<string> {
  const dir = await makeTestBuild(FIREFOX_BUILD_DIR, (manifest) => {
    manifest.background.scripts = [...(manifest.background.scripts ?? []), OPEN_PAGE_SCRIPT];
  });
  await writeFile(join(dir, OPEN_PAGE_SCRIPT), "browser.tabs.create({ url: browser.runtime.getURL('sidepanel.html') });\n");
  return dir;
}

export interface FirefoxSession {
  firefox: Browser;
  /** The tab the test build opened on sidepanel.html: an extension page to drive and read from. */
  extensionPage: Page;
  close(): Promise<void>;
}

/** Headless Firefox over WebDriver BiDi with the test build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxSession> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
  });
  try {
    await firefox.installExtension(extensionDir);
    return { firefox, extensionPage: await findExtensionPage(firefox, '/sidepanel.html'), close: () => firefox.close() };
  } catch (err) {
    await firefox.close();
    throw err;
  }
}

/**
 * The loaded tab showing the extension page `path` (e.g. '/popup.html'). Puppeteer keeps
 * reporting about:blank for a tab the extension opened, so each page is asked itself.
 */
export async function findExtensionPage(firefox: Browser, path: string, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await firefox.pages()) {
      const ready = await page
        .evaluate(
          (wanted) => location.protocol === 'moz-extension:' && location.pathname === wanted && document.readyState === 'complete',
          path,
        )
        .catch(() => false);
      if (ready) return page;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the extension opened no ${path} page within ${timeoutMs} ms`);
}
