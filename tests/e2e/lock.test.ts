/** Auto-lock after inactivity and when the tablet app is hidden; locking never loses a draft. */
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newTabletContext, screenshot } from './browser';
import { addParticipant, onScreen, setUpTablet, tr, unlock } from './app';

const CODE = 'trainer-42';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Starts a check-in, picks a mood and types a note without saving. */
async function typeDraft(page: Page, note: string): Promise<void> {
  await page.getByRole('link', { name: tr('nl', 'home.checkIn') }).click();
  await page.getByText(tr('nl', 'mood.2'), { exact: true }).click();
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click(); // to the emotion thermometer
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click(); // to craving
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click();
  await page.getByLabel(tr('nl', 'checkIn.note')).fill(note);
}

/** Opens the check-in again and finds the draft on its last step. */
async function expectDraft(page: Page, note: string): Promise<void> {
  await page.getByRole('link', { name: tr('nl', 'home.checkIn') }).click();
  await expect.poll(() => page.getByRole('radio', { name: tr('nl', 'mood.2'), exact: true }).isChecked()).toBe(true);
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click(); // to the emotion thermometer
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click(); // to craving
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click();
  await expect.poll(() => page.getByLabel(tr('nl', 'checkIn.note')).inputValue()).toBe(note);
}

it('locks after 5 idle minutes, on hiding, and by the button, keeping every draft', async () => {
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'lock-failure').then(() => undefined));
  await page.clock.install();
  await page.goto(inject('baseURL'));
  await setUpTablet(page, 'nl', CODE);
  await addParticipant(page, 'nl', { name: 'Ali', pin: '1234', code: CODE });

  // Idle: nothing happens before 5 minutes, the grid is back after.
  await unlock(page, 'nl', 'Ali', '1234');
  await typeDraft(page, 'Bijna klaar met mijn verhaal');
  await page.clock.fastForward('04:50');
  await expect(page.getByLabel(tr('nl', 'checkIn.note')).isVisible()).resolves.toBe(true);
  await page.clock.fastForward('00:20');
  await onScreen(page, tr('nl', 'profiles.title'));
  await unlock(page, 'nl', 'Ali', '1234');
  await expectDraft(page, 'Bijna klaar met mijn verhaal');

  // The lock button at once after typing (no time for the autosave delay).
  await page.getByLabel(tr('nl', 'checkIn.note')).fill('Direct op slot gezet');
  await page.getByRole('button', { name: tr('nl', 'nav.lock') }).click();
  await onScreen(page, tr('nl', 'profiles.title'));
  await unlock(page, 'nl', 'Ali', '1234');
  await expectDraft(page, 'Direct op slot gezet');

  // The tablet app is hidden (another app, screen off).
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await onScreen(page, tr('nl', 'profiles.title'));
  await context.close();
});
