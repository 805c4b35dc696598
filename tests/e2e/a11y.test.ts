/**
 * Every screen, in Dutch and English, at phone and tablet size: axe-core (WCAG 2.2 AA) finds
 * nothing, and a screenshot of each is saved under tests/.output/screenshots for review.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { addParticipant, checkIn, onScreen, setUpTablet, tr, unlock, type Lang } from './app';

const CODE = 'trainer-42';
const SIZES = { phone: newPhoneContext, tablet: newTabletContext } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs axe and takes a screenshot; returns a report line per violating screen. */
function checker(page: Page, label: string, problems: string[], seen: string[]) {
  return async (screen: string) => {
    await page.waitForTimeout(50); // let focus moves and live regions settle
    seen.push(screen);
    const violations = await runAxe(page);
    if (violations.length) problems.push(`${screen}:\n${formatViolations(violations)}`);
    const widths = await page.evaluate((): [number, number] => [document.documentElement.scrollWidth, window.innerWidth]);
    if (widths[0] > widths[1]) problems.push(`${screen}: ${widths[0]}px wide on a ${widths[1]}px screen`);
    await screenshot(page, `${label}-${screen}`);
  };
}

async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.locator('main h1').waitFor();
}

describe.each(['nl', 'en'] as const)('every screen in %s', (lang: Lang) => {
  it.each(['phone', 'tablet'] as const)('group tablet flow at %s size has no axe violations', async (size) => {
    const context: BrowserContext = await SIZES[size](browser);
    const page = await context.newPage();
    const problems: string[] = [];
    const seen: string[] = [];
    const visit = checker(page, `${lang}-${size}`, problems, seen);
    await page.goto(inject('baseURL'));

    await setUpTablet(page, lang, CODE, visit);
    await visit('grid-empty');
    await addParticipant(page, lang, { name: 'Ali', pin: '1234', code: CODE, photo: 'public/icons/icon-512.png' }, visit);
    await visit('grid');
    await unlock(page, lang, 'Ali', '1234', visit);
    await visit('home');
    await checkIn(page, lang, { mood: tr(lang, 'mood.4'), craving: 6, note: 'Een rustige dag.' }, visit);
    await page.getByRole('button', { name: tr(lang, 'checkIn.toDays') }).click();
    await onScreen(page, tr(lang, 'days.title'));
    await visit('days');
    await goInApp(page, '/instellingen');
    await visit('settings');
    // Unlocked, SOS opens the participant's own card; the crisis numbers are on it.
    await page.getByRole('button', { name: tr(lang, 'nav.sos') }).click();
    await onScreen(page, lang === 'nl' ? 'Mijn SOS-kaart' : 'My SOS card');
    await visit('sos-card');
    await goInApp(page, '/hulp');
    await visit('crisis');
    for (const path of ['/mijn-kaarten', '/mijn-reis', '/doelen', '/kracht-gedachten', '/terugvalkaart', '/certificaat', '/ademen', '/mijn-werkboek']) {
      await goInApp(page, path);
      await visit(path.slice(1));
    }
    await goInApp(page, '/bestaat-niet');
    await visit('not-found');
    await page.getByRole('button', { name: tr(lang, 'nav.readAloud') }).click();
    await page.getByRole('dialog').waitFor();
    await visit('no-voice');
    await page.getByRole('button', { name: tr(lang, 'readAloud.close') }).click();
    await page.getByRole('button', { name: tr(lang, 'nav.lock') }).click();
    await page.getByRole('button', { name: 'Ali', exact: true }).click();
    await page.getByRole('button', { name: tr(lang, 'unlock.help') }).click();
    await visit('unlock-trainer');
    await page.getByLabel(tr(lang, 'firstRun.trainerCode')).fill('fout');
    await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
    await page.getByRole('alert').filter({ hasText: tr(lang, 'code.wrong') }).waitFor();
    await visit('unlock-trainer-wrong');

    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(seen.length).toBeGreaterThanOrEqual(32);
    expect(problems.join('\n\n')).toBe('');
    await context.close();
  });

  it('own phone first run has no axe violations', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    const problems: string[] = [];
    const seen: string[] = [];
    const visit = checker(page, `${lang}-phone-own`, problems, seen);
    await page.goto(inject('baseURL'));
    await onScreen(page, tr('nl', 'firstRun.title'));
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: tr(lang, 'firstRun.phone') }).click();
    await page.getByRole('heading', { name: tr(lang, 'firstRun.crisisTitle') }).waitFor();
    await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
    await page.getByLabel(tr(lang, 'profiles.name')).fill('Sam');
    await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
    await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('4321');
    await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
    await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
    await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('4321');
    await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
    await page.getByRole('heading', { name: tr(lang, 'firstRun.helperCodeTitle') }).waitFor();
    await visit('helper-code');
    await page.getByRole('button', { name: tr(lang, 'firstRun.helperCodeSkip') }).click();
    await onScreen(page, tr(lang, 'home.title', { name: 'Sam' }));
    await visit('home');
    await page.getByRole('button', { name: tr(lang, 'nav.lock') }).click();
    await onScreen(page, tr(lang, 'unlock.title', { name: 'Sam' }));
    await visit('unlock');
    expect(problems.join('\n\n')).toBe('');
    await context.close();
  });
});

it('the axe check itself finds a real violation', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.setContent('<html><body><main><img src="/x.png"><button></button></main></body></html>');
  const ids = (await runAxe(page)).map((violation) => violation.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'html-has-lang']));
  await context.close();
});
