import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newTabletContext, screenshot, setOffline, waitForServiceWorker } from './browser';
import { addParticipant, checkIn, goInApp, lock, onScreen, setUpTablet, tr, unlock } from './app';

const CODE = 'trainer-42';
const NOTE_A = 'Ali liep vandaag een rondje om het meer';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('keeps two participants apart on a group tablet, works offline, and lets the trainer unlock', async () => {
  const base = inject('baseURL');
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  await page.goto(base);

  await setUpTablet(page, 'nl', CODE);
  await addParticipant(page, 'nl', { name: 'Ali', pin: '1234', code: CODE });
  await addParticipant(page, 'nl', { name: 'Bo', pin: '9876', code: CODE, photo: 'public/icons/icon-512.png' });
  await addParticipant(page, 'nl', { name: 'Cem', pin: '5555', code: CODE, avatar: 'Boom' });
  // Bo's own photo is on the grid, shrunk to a small square.
  const photo = page.getByRole('button', { name: 'Bo', exact: true }).locator('img');
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192);

  // A checks in, then locks.
  await unlock(page, 'nl', 'Ali', '1234');
  const aliHome = page.url();
  await checkIn(page, 'nl', { mood: 'Goed', craving: 3, note: NOTE_A });
  await page.getByRole('button', { name: 'Naar mijn dagen' }).click();
  await expect.poll(() => page.textContent('main')).toContain(NOTE_A);
  const aliDays = page.url();
  await lock(page, 'nl');

  // B unlocks and finds A's check-in on no screen, not even at A's own addresses: neither by
  // moving inside the app nor by loading the address afresh (which locks).
  await unlock(page, 'nl', 'Bo', '9876');
  const tools = ['/mijn-reis', '/mijn-kaarten', '/sos', '/kracht-gedachten', '/terugvalkaart', '/doelen', '/certificaat'];
  const paths = [aliHome, aliDays, '/hoe-gaat-het', '/instellingen', '/hulp', ...tools, '/'].map((p) => new URL(p, base).pathname);
  for (const path of paths) {
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(100);
    expect(await page.textContent('body'), path).not.toContain(NOTE_A);
  }
  await page.evaluate(() => {
    history.pushState(null, '', '/mijn-dagen');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect.poll(() => page.textContent('main')).toContain(tr('nl', 'days.none'));
  for (const path of paths) {
    await page.goto(new URL(path, base).href);
    await page.locator('main h1').waitFor();
    expect(await page.textContent('body'), path).not.toContain(NOTE_A);
  }
  await page.goto(base);
  await onScreen(page, tr('nl', 'profiles.title'));

  // Network off, reload: the app and both profiles are still there.
  await waitForServiceWorker(page);
  await setOffline(context, true);
  await page.reload();
  await onScreen(page, tr('nl', 'profiles.title'));
  await page.getByRole('button', { name: 'Ali', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Bo', exact: true }).waitFor();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Every profile is locked: the crisis numbers are one tap away, offline too.
  await page.getByRole('button', { name: tr('nl', 'nav.sos') }).click();
  await onScreen(page, tr('nl', 'crisis.title'));
  expect(await page.getByRole('link', { name: /113 Zelfmoordpreventie/ }).getAttribute('href')).toBe('tel:08000113');
  expect(await page.getByRole('link', { name: /Alarmnummer/ }).getAttribute('href')).toBe('tel:112');
  await page.goBack();
  await onScreen(page, tr('nl', 'profiles.title'));

  // A has forgotten the PIN: the trainer's code opens A's workbook, A's check-in is there.
  await page.getByRole('button', { name: 'Ali', exact: true }).click();
  await page.getByRole('button', { name: tr('nl', 'unlock.help') }).click();
  await page.getByLabel(tr('nl', 'firstRun.trainerCode')).fill('wrong-code');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await expect.poll(() => page.textContent('main')).toContain(tr('nl', 'code.wrong'));
  await page.getByLabel(tr('nl', 'firstRun.trainerCode')).fill(CODE);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Ali' }));
  await goInApp(page, '/mijn-dagen');
  await expect.poll(() => page.textContent('main')).toContain(NOTE_A);
  await screenshot(page, 'foundation-offline-days-tablet');
  await context.close();
});
