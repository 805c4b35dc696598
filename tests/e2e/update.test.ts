/**
 * An app update while a participant is typing: version 1 is served, a session is open, version 2
 * is deployed, "Nieuwe versie" is accepted right after typing, and the typed text is still there.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer } from '../../src/server/server';
import { launchBrowser, newPhoneContext, screenshot, waitForServiceWorker } from './browser';
import { goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath } from './content';

const BUILT_APP = join(import.meta.dirname, '../../dist/app');
const ANSWER_LABEL = 'Wat deed gebruiken met jouw leven?';
const ANSWER_PATH = screenPath('1.3', 'problemen');

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchBrowser();
  folder = await mkdtemp(join(tmpdir(), 'werkboek-update-'));
});
afterAll(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * Version 2 of the built app: index.html carries a build mark, and the service worker's precache
 * list gets index.html's new revision, exactly as a new build would change both.
 */
async function makeVersion2(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  const indexPath = join(to, 'index.html');
  const index = (await readFile(indexPath, 'utf8')).replace('<head>', '<head>\n    <meta name="werkboek-build" content="2">');
  await writeFile(indexPath, index);
  const revision = createHash('md5').update(index).digest('hex');
  const swPath = join(to, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const updated = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`);
  if (updated === sw) throw new Error('index.html is not in the precache list of sw.js');
  await writeFile(swPath, updated);
}

async function serve(appDir: string, port = 0): Promise<Server> {
  const server = createServer({ appDir, log: false });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function stop(server: Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

it('keeps the text typed just before "Nieuwe versie" is accepted', async () => {
  const v1 = join(folder, 'v1');
  const v2 = join(folder, 'v2');
  await cp(BUILT_APP, v1, { recursive: true });
  await makeVersion2(BUILT_APP, v2);
  let server = await serve(v1);
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'update-failure').then(() => undefined, () => undefined));
  try {
    await page.goto(origin);
    await waitForServiceWorker(page);
    await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
    expect(await page.locator('meta[name="werkboek-build"]').count()).toBe(0);
    await goInApp(page, ANSWER_PATH);
    await page.getByLabel(ANSWER_LABEL).fill('Eerst dit.');

    // Version 2 is deployed on the same address; the app looks for an update.
    await stop(server);
    server = await serve(v2, port);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const offer = page.getByRole('heading', { name: tr('nl', 'update.available') });
    await offer.waitFor();
    await screenshot(page, 'update-offer-phone');

    // Typed and at once accepted: no time for the autosave.
    await page.getByLabel(ANSWER_LABEL).fill('Eerst dit. En dan dit, vlak voor de update.');
    await page.getByRole('button', { name: tr('nl', 'update.apply') }).click();

    // Version 2 runs; the workbook is locked after the reload; the text is there.
    await page.locator('meta[name="werkboek-build"][content="2"]').waitFor({ state: 'attached' });
    await onScreen(page, tr('nl', 'unlock.title', { name: 'Sam' }));
    await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
    await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
    await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
    await goInApp(page, ANSWER_PATH);
    await expect.poll(() => page.getByLabel(ANSWER_LABEL).inputValue()).toBe('Eerst dit. En dan dit, vlak voor de update.');
  } finally {
    await context.close();
    await stop(server);
  }
});
