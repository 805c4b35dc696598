/**
 * Nothing lost: an answer survives the browser being killed, a full disk keeps the text
 * answers, and two tabs on one profile never overwrite each other's newer answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath } from './content';

const ANSWER_LABEL = 'Wat deed gebruiken met jouw leven?';
const ANSWER_PATH = screenPath('1.3', 'problemen');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A Chromium this test starts itself on a profile folder, so it can kill it like a crash would. */
interface OwnChromium {
  process: ChildProcess;
  browser: Browser;
}

async function startChromium(userDataDir: string): Promise<OwnChromium> {
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        child.stderr!.off('data', onData);
        child.stderr!.resume(); // keep draining, or Chromium blocks on a full pipe
        resolve(match[1]!);
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

/** The first tab of the browser's own (persistent) context, at phone size. */
async function firstPage(own: OwnChromium): Promise<Page> {
  const context = own.browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

/** SIGKILL: no pagehide, no visibilitychange, no unload handler runs. */
async function kill(own: OwnChromium): Promise<void> {
  const exited = once(own.process, 'exit');
  own.process.kill('SIGKILL');
  await exited;
}

it('keeps an answer typed one second before the browser process is killed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'werkboek-kill-'));
  let own = await startChromium(dir);
  try {
    let page = await firstPage(own);
    onTestFailed(() => screenshot(page, 'durability-kill-failure').then(() => undefined));
    await page.goto(inject('baseURL'));
    await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
    await goInApp(page, ANSWER_PATH);
    const field = page.getByLabel(ANSWER_LABEL);
    await field.pressSequentially('Ik raakte mijn werk kwijt.');
    // The promise: one second after the last key, the answer is on disk.
    await page.waitForTimeout(1000);
    await kill(own);

    own = await startChromium(dir);
    page = await firstPage(own);
    await page.goto(inject('baseURL'));
    await onScreen(page, tr('nl', 'unlock.title', { name: 'Sam' }));
    await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
    await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
    await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
    await goInApp(page, ANSWER_PATH);
    await expect.poll(() => page.getByLabel(ANSWER_LABEL).inputValue()).toBe('Ik raakte mijn werk kwijt.');
  } finally {
    if (own.process.exitCode === null && own.process.signalCode === null) await kill(own);
    await rm(dir, { recursive: true, force: true });
  }
});

/** The stored revision (plain `updatedAt`) of the answer record, read straight from IndexedDB. */
function storedRevision(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const open = indexedDB.open('mijn-werkboek');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const all = idb.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => {
            const row = (all.result as { id: string; updatedAt: number }[]).find((r) => r.id === 'answer:middelengebruik/1.3/problemen');
            idb.close();
            resolve(row?.updatedAt ?? null);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Types a whole new answer and waits until it is stored. */
async function typeAndWaitForSave(page: Page, text: string): Promise<void> {
  const before = await storedRevision(page);
  await page.getByLabel(ANSWER_LABEL).fill(text);
  await expect.poll(() => storedRevision(page)).not.toBe(before);
}

it('never lets a tab that shows an older answer overwrite a newer one from another tab', async () => {
  const context = await newPhoneContext(browser);
  const tabA = await context.newPage();
  onTestFailed(() => screenshot(tabA, 'durability-two-tabs-failure').then(() => undefined));
  await tabA.goto(inject('baseURL'));
  await setUpPhone(tabA, 'nl', { name: 'Sam', pin: '2468' });
  await goInApp(tabA, ANSWER_PATH);
  await typeAndWaitForSave(tabA, 'Eerste antwoord');

  const tabB = await context.newPage();
  await tabB.goto(inject('baseURL'));
  await onScreen(tabB, tr('nl', 'unlock.title', { name: 'Sam' }));
  await tabB.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
  await tabB.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(tabB, tr('nl', 'home.title', { name: 'Sam' }));
  await goInApp(tabB, ANSWER_PATH);
  await expect.poll(() => tabB.getByLabel(ANSWER_LABEL).inputValue()).toBe('Eerste antwoord');

  // Tab A writes a newer answer; tab B still shows the first and now types over it.
  await typeAndWaitForSave(tabA, 'Nieuwer antwoord uit tab A');
  await tabB.getByLabel(ANSWER_LABEL).fill('Ouder antwoord uit tab B');
  await tabB.getByText('Dit antwoord is in een ander scherm veranderd.', { exact: false }).waitFor();
  await expect.poll(() => tabB.getByLabel(ANSWER_LABEL).inputValue()).toBe('Nieuwer antwoord uit tab A');
  await screenshot(tabB, 'durability-two-tabs-phone');

  // Tab A writes again; when the person comes back to tab B it shows the newest answer at once.
  await typeAndWaitForSave(tabA, 'Nog nieuwer uit tab A');
  await tabB.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(() => tabB.getByLabel(ANSWER_LABEL).inputValue()).toBe('Nog nieuwer uit tab A');

  // What is stored is the newest answer: a fresh tab finds it.
  await tabA.goto(`${inject('baseURL')}/`);
  await tabA.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
  await tabA.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(tabA, tr('nl', 'home.title', { name: 'Sam' }));
  await goInApp(tabA, ANSWER_PATH);
  await expect.poll(() => tabA.getByLabel(ANSWER_LABEL).inputValue()).toBe('Nog nieuwer uit tab A');
  await context.close();
});

/** Writes 1 kB into a scratch database of the origin; the error name, or 'ok'. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => resolve(open.error?.name ?? 'error');
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('probe', 'readwrite');
          tx.objectStore('probe').put(new Uint8Array(1024), Math.random());
          const done = (result: string) => {
            idb.close();
            resolve(result);
          };
          tx.oncomplete = () => done('ok');
          tx.onabort = () => done(tx.error?.name ?? 'aborted');
        };
      }),
  );
}

it('says the device is full when a photo does not fit, and keeps the text answers', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'durability-quota-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
  await goInApp(page, ANSWER_PATH);
  await typeAndWaitForSave(page, 'Mijn antwoord blijft bewaard.');

  // The disk is full: the origin gets a quota far below what it already holds, so every new write fails.
  await goInApp(page, screenPath('1.2', 'foto-van-mij'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: inject('baseURL'), quotaSize: 1 });
  // Chromium trusts the space it last looked up for a few seconds; wait until a write really fails.
  await expect.poll(() => probeWrite(page), { timeout: 30_000 }).toBe('QuotaExceededError');
  await page.getByLabel('Kies een foto').setInputFiles('public/icons/icon-512.png');
  const message = page.getByRole('alert').filter({ hasText: 'Het apparaat is vol. De foto is niet bewaard. Je andere antwoorden zijn veilig.' });
  await message.waitFor();
  expect(await page.getByText('Jouw foto 1').count()).toBe(0);
  await screenshot(page, 'durability-storage-full-phone');

  // The text answer is still there, in this session and after a reload with room again.
  await goInApp(page, ANSWER_PATH);
  await expect.poll(() => page.getByLabel(ANSWER_LABEL).inputValue()).toBe('Mijn antwoord blijft bewaard.');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: inject('baseURL') });
  await page.reload();
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
  await goInApp(page, ANSWER_PATH);
  await expect.poll(() => page.getByLabel(ANSWER_LABEL).inputValue()).toBe('Mijn antwoord blijft bewaard.');
  await context.close();
});

/** Makes the device a week old, straight in IndexedDB, as if it had been set up last week. */
function ageDevice(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mijn-werkboek');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('device', 'readwrite');
          const store = tx.objectStore('device');
          const get = store.get('device');
          get.onsuccess = () => store.put({ ...get.result, createdAt: Date.now() - 7 * 24 * 60 * 60_000 });
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('warns once on the %s home screen that the browser may clear a workbook kept nowhere else', async (size, newContext) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, `durability-eviction-${size}-failure`).then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
  // A new device has nothing to lose yet.
  const title = page.getByRole('heading', { name: 'Let op: bewaar je werkboek goed' });
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
  expect(await title.count()).toBe(0);

  const openHome = async () => {
    await page.reload();
    await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
    await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
    await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
  };
  await ageDevice(page);
  await openHome();
  await title.waitFor();
  expect(formatViolations(await runAxe(page))).toBe('');
  await screenshot(page, `durability-eviction-warning-${size}`);

  await page.getByRole('button', { name: 'Begrepen' }).click();
  await title.waitFor({ state: 'detached' });
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('mijn-werkboek');
    open.onsuccess = () => {
      const get = open.result.transaction('device').objectStore('device').get('device');
      get.onsuccess = () => {
        open.result.close();
        resolve(typeof (get.result as { evictionWarnedAt?: number }).evictionWarnedAt);
      };
    };
  }))).toBe('number');
  await openHome();
  await page.getByRole('link', { name: tr('nl', 'home.checkIn') }).waitFor();
  expect(await title.count()).toBe(0);
  await context.close();
});
