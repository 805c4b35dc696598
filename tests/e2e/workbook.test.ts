/** The workbook end to end: answers given in 1.3-1.6 come together in 1.7, also offline after a reload. */
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhoneContext, screenshot, setOffline, waitForServiceWorker } from './browser';
import { drawAndWaitStored, goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath } from './content';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('answers 1.3-1.6 (choice, blocks, scale with a spoken why, drawing) and finds them in the 1.7 summary offline', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'workbook-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });

  // From home to the session list to 1.3.
  await page.getByRole('link', { name: tr('nl', 'home.workbook') }).click();
  await onScreen(page, tr('nl', 'workbook.title'));
  await page.getByRole('link', { name: /^1\.3 Focussen/ }).click();
  await page.getByText(tr('nl', 'session.screenOf', { n: 1, total: 14 })).waitFor();

  // 1.3 nadelen: a choice list with pictograms.
  await goInApp(page, screenPath('1.3', 'nadelen'));
  await page.getByText('Geld kwijt', { exact: true }).click();
  await page.getByText('Slecht slapen', { exact: true }).click();
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click();

  // 1.3 zwaarste-nadelen: blocks, made bigger by tapping.
  const bigger = page.getByRole('button', { name: /Groter.*Slecht slapen/ });
  await bigger.click();
  await bigger.click();
  await screenshot(page, 'workbook-ranking-phone');

  // 1.5 belang: a scale with a spoken why.
  await goInApp(page, screenPath('1.5', 'belang'));
  await page.getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('button', { name: 'Opnemen' }).click();
  await page.getByText('Ik neem op. Praat maar.').waitFor();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByText('Je opname is bewaard.').waitFor();

  // 1.6 vertrouwen-tekening: a drawing with the finger (mouse here).
  await goInApp(page, screenPath('1.6', 'vertrouwen-tekening'));
  await drawAndWaitStored(page);

  // Offline, reload: the workbook locks; unlock and open the summary in 1.7.
  await waitForServiceWorker(page);
  await setOffline(context, true);
  await page.reload();
  await onScreen(page, tr('nl', 'unlock.title', { name: 'Sam' }));
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
  await goInApp(page, screenPath('1.7', 'samenvatting'));
  const summary = page.locator('.summary');
  await summary.getByText('Geld kwijt', { exact: true }).waitFor();
  const text = await summary.textContent();
  expect(text).toContain('Slecht slapen');
  expect(text).toMatch(/Slecht slapen \(.*zwaar\)/);
  expect(text).toContain('4 van 5');
  await summary.locator('audio').waitFor();
  expect(await summary.locator('audio').evaluate((audio: HTMLAudioElement) => audio.src.startsWith('blob:'))).toBe(true);
  const drawing = summary.getByRole('img', { name: 'Je tekening' });
  await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await screenshot(page, 'workbook-summary-offline-phone');
  await context.close();
});
