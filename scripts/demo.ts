// The main job, end to end: load the built extension in headless Chromium, save the bundled
// news page through the popup, print the brief from the real IndexedDB, and screenshot the
// popup and the side panel's reader. Run with `npm run demo` (it builds first).
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, makeTestBuild, readBriefs, serveFolder, tabIdOf } from './extension-browser';

const PAGE = 'gzero--kursk-inline.html';
const OUT = resolve('artifacts');

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const buildDir = await makeTestBuild();
  const { origin, server } = await serveFolder(resolve('tests/fixtures/pages'));
  const session = await launchWithExtension(buildDir);
  try {
    const article = await session.context.newPage();
    await article.goto(`${origin}/${PAGE}`);
    const tabId = await tabIdOf(session, article);
    console.log(`Opened the bundled news page ${origin}/${PAGE}`);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 520 });
    await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByRole('status').waitFor({ timeout: 20_000 });
    console.log(`Popup says: ${(await popup.getByRole('status').innerText()).split('\n')[0]}`);
    await popup.screenshot({ path: resolve(OUT, 'demo-popup.png') });

    const briefs = await readBriefs(popup);
    console.log(`\nIndexedDB "sift" holds ${briefs.length} brief(s). The stored brief:\n`);
    console.log(JSON.stringify(briefs[0], (key, value) => (key === 'html' ? `[${value.length} chars of HTML]` : value), 2));

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(session.extensionUrl(`sidepanel.html#brief/${briefs[0].id}`));
    await panel.locator('article.reader').waitFor();
    await panel.screenshot({ path: resolve(OUT, 'demo-sidepanel.png') });
    console.log(`\nScreenshots: ${resolve(OUT, 'demo-popup.png')}, ${resolve(OUT, 'demo-sidepanel.png')}`);
  } finally {
    await session.close();
    server.close();
    await rm(buildDir, { recursive: true, force: true });
  }
}

await main();
