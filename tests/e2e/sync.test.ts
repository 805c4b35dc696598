/**
 * Sync in Chromium with two browser contexts (two devices) against the compiled server:
 * turn sync on, pair a new phone by typed code, edit one answer offline on both, reconnect,
 * both show both versions; one is chosen and both show that one. Every sync screen is checked
 * with axe and photographed in Dutch and English at phone and tablet size.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STRINGS } from '../../src/ui/features/sync/strings';
import { goInApp, onScreen, setUpPhone, tr, type Lang } from './app';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot, setOffline } from './browser';
import { screenPath } from './content';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, name: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `${name}\n${formatViolations(violations)}`).toEqual([]);
  await screenshot(page, name);
}

/** Turns sync on from Instellingen; returns on the sync page with sync on. */
async function turnOn(page: Page, lang: Lang, name: string, visit: (step: string) => Promise<void>): Promise<void> {
  const s = STRINGS[lang];
  await goInApp(page, '/instellingen');
  await page.getByRole('button', { name: s.settingsLink }).click();
  await onScreen(page, s.title);
  await visit('off');
  await page.getByLabel(s.deviceName).fill(name);
  await page.getByRole('button', { name: s.turnOn }).click();
  await page.getByText(s.nothingPending).waitFor();
  await expect.poll(() => page.getByRole('button', { name: s.syncNow }).isEnabled()).toBe(true);
}

/** Shows a pairing code and returns it as typed. */
async function makeCode(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: STRINGS[lang].showCode }).click();
  const code = page.getByTestId('pair-code');
  await code.waitFor();
  return (await code.textContent())!.trim();
}

/** A new phone joins by typed code and sets its own PIN; ends on its home screen. */
async function join(page: Page, lang: Lang, code: string, who: { name: string; pin: string }, visit: (step: string) => Promise<void>): Promise<void> {
  const s = STRINGS[lang];
  await page.goto(`${inject('baseURL')}/koppel`);
  await onScreen(page, s.joinTitle);
  await visit('join');
  await page.getByLabel(s.codeInput, { exact: true }).fill(code);
  await page.getByRole('button', { name: s.join, exact: true }).click();
  await page.getByRole('heading', { name: s.joinedTitle }).waitFor();
  await visit('joined');
  await page.getByLabel(tr(lang, 'profiles.name')).fill(who.name);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
  await onScreen(page, tr(lang, 'home.title', { name: who.name }));
}

/** Opens the sync page and presses "Nu bijwerken" until nothing waits and the sync is done. */
async function syncByHand(page: Page, lang: Lang): Promise<void> {
  const s = STRINGS[lang];
  await goInApp(page, '/ook-op-telefoon');
  await page.getByRole('button', { name: s.syncNow }).click();
  await page.getByText(s.nothingPending).waitFor();
  await expect.poll(() => page.getByRole('button', { name: s.syncNow }).isEnabled()).toBe(true);
}

const textBox = (page: Page) => page.locator('main textarea, main input[type=text]').first();
const ANSWER = screenPath('1.1', 'mijn-doel');

describe('sync between two devices', () => {
  it('pairs by code, shows both versions of an answer edited offline on both, and keeps the chosen one', async () => {
    const lang: Lang = 'nl';
    const s = STRINGS[lang];
    const contexts: BrowserContext[] = [await newTabletContext(browser), await newPhoneContext(browser)];
    const [tabletContext, phoneContext] = contexts as [BrowserContext, BrowserContext];
    const tablet = await tabletContext.newPage();
    const phone = await phoneContext.newPage();
    const visit = (page: Page, size: string) => (step: string) => check(page, `sync-${step}-${lang}-${size}`);

    // The first device: an own phone set-up used as "the tablet" (one profile), sync turned on.
    await tablet.goto(inject('baseURL'));
    await setUpPhone(tablet, lang, { name: 'Sam', pin: '2580' });
    await goInApp(tablet, ANSWER);
    await textBox(tablet).fill('Minder blowen');
    await turnOn(tablet, lang, 'Tablet van de groep', visit(tablet, 'tablet'));
    await check(tablet, `sync-on-${lang}-tablet`);
    const code = await makeCode(tablet, lang);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await check(tablet, `sync-code-${lang}-tablet`);

    // The new phone: typed code, its own PIN, and the answer arrives.
    await join(phone, lang, code, { name: 'Sam', pin: '1357' }, visit(phone, 'phone'));
    await syncByHand(phone, lang);
    await goInApp(phone, ANSWER);
    await expect.poll(() => textBox(phone).inputValue()).toBe('Minder blowen');

    // Both offline, both change the answer.
    await setOffline(tabletContext, true);
    await setOffline(phoneContext, true);
    await goInApp(tablet, ANSWER);
    await textBox(tablet).fill('Stoppen met blowen');
    await textBox(phone).fill('Minder drinken');
    await goInApp(tablet, '/ook-op-telefoon');
    await tablet.getByText(/wacht/).waitFor();
    await goInApp(phone, '/ook-op-telefoon');
    await phone.getByText(/wacht/).waitFor();
    await check(phone, `sync-offline-${lang}-phone`);

    // Back online: each sends its change and fetches the other's.
    await setOffline(tabletContext, false);
    await setOffline(phoneContext, false);
    await syncByHand(tablet, lang);
    await syncByHand(phone, lang);
    await syncByHand(tablet, lang);

    for (const [page, size] of [[tablet, 'tablet'], [phone, 'phone']] as const) {
      await goInApp(page, ANSWER);
      const panel = page.getByRole('region', { name: s.otherTitle });
      await panel.waitFor();
      await expect.poll(() => panel.getByText('Stoppen met blowen').count()).toBe(1);
      await expect.poll(() => panel.getByText('Minder drinken').count()).toBe(1);
      await check(page, `sync-conflict-${lang}-${size}`);
    }
    // Each device calls its own text "Jouw versie".
    const mineOnPhone = phone.locator('.version', { has: phone.getByRole('heading', { name: s.mine }) });
    await expect.poll(() => mineOnPhone.getByText('Minder drinken').count()).toBe(1);

    // The phone keeps the tablet's version; the choice reaches the tablet.
    const otherOnPhone = phone.locator('.version', { has: phone.getByRole('heading', { name: s.other }) });
    await otherOnPhone.getByRole('button', { name: s.keep }).click();
    await phone.getByRole('region', { name: s.otherTitle }).waitFor({ state: 'detached' });
    await expect.poll(() => textBox(phone).inputValue()).toBe('Stoppen met blowen');
    await syncByHand(phone, lang);
    await syncByHand(tablet, lang);
    await goInApp(tablet, ANSWER);
    await expect.poll(() => textBox(tablet).inputValue()).toBe('Stoppen met blowen');
    expect(await tablet.getByRole('region', { name: s.otherTitle }).count()).toBe(0);

    // The device list names both devices.
    await goInApp(tablet, '/ook-op-telefoon');
    await tablet.getByText('Tablet van de groep').waitFor();
    await tablet.getByText(s.phoneName, { exact: true }).waitFor();
    await check(tablet, `sync-devices-${lang}-tablet`);

    // The phone is lost: the tablet unlinks it (and moves to a new key); the phone is told why.
    await tablet.locator('.device-list li', { hasText: s.phoneName }).getByRole('button', { name: s.revoke }).click();
    await tablet.getByRole('button', { name: s.revokeYes }).click();
    await tablet.getByText(s.rotated).waitFor();
    await tablet.locator('.device-list').getByText(s.revokedWord, { exact: true }).waitFor();
    await check(tablet, `sync-revoked-${lang}-tablet`);
    await goInApp(phone, '/ook-op-telefoon');
    await phone.getByRole('button', { name: s.syncNow }).click();
    await phone.getByText(s.errors.revoked!).waitFor();
    await check(phone, `sync-refused-${lang}-phone`);
    for (const context of contexts) await context.close();
  });

  it.each([
    ['en', 'phone', newPhoneContext],
    ['en', 'tablet', newTabletContext],
    ['nl', 'phone', newPhoneContext],
  ] as const)('sync screens in %s at %s size have no axe violations', async (lang, size, newContext) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await setUpPhone(page, lang, { name: 'Kim', pin: '2580' });
    await turnOn(page, lang, 'Telefoon van Kim', (step) => check(page, `sync-${step}-${lang}-${size}`));
    await check(page, `sync-on-${lang}-${size}`);
    await makeCode(page, lang);
    await check(page, `sync-code-${lang}-${size}`);
    const fresh = await newContext(browser);
    const other = await fresh.newPage();
    await other.goto(`${inject('baseURL')}/koppel`);
    if (lang === 'en') await other.getByRole('button', { name: 'English' }).click();
    await onScreen(other, STRINGS[lang].joinTitle);
    await check(other, `sync-join-${lang}-${size}`);
    await fresh.close();
    await context.close();
  });
});
