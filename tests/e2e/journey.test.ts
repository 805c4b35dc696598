/**
 * Mijn reis end to end on an own phone: check-ins on three days through "Hoe gaat het?", belang in
 * 1.5 and session 1.3 finished with Klaar; the mountain, the charts and their tables show it, and
 * axe finds nothing at phone and tablet size.
 */
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { addParticipant, checkIn, goInApp, onScreen, setUpPhone, setUpTablet, tr, unlock } from './app';
import { screenPath, session } from './content';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_INS = [
  { mood: tr('nl', 'mood.2'), craving: 8, note: 'Zware dag.' },
  { mood: tr('nl', 'mood.3'), craving: 5, note: 'Het ging wel.' },
  { mood: tr('nl', 'mood.4'), craving: 2, note: 'Fijn gesport.' },
];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

it('shows finished lessons on the mountain and check-ins and belang in charts and tables', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'journey-failure').then(() => undefined));
  // Three check-ins on three days: the clock is set a day further before each one.
  const start = new Date('2026-03-02T10:00:00+01:00').getTime();
  await page.clock.install({ time: start });
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });

  for (const [day, answer] of CHECK_INS.entries()) {
    await page.clock.setSystemTime(start + day * DAY_MS);
    await checkIn(page, 'nl', answer);
    await goInApp(page, '/werkboek');
  }

  // 1.5 belang: 4 of 5.
  await goInApp(page, screenPath('1.5', 'belang'));
  await page.getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('button', { name: tr('nl', 'nav.next') }).click();

  // 1.3 finished: the last screen's Klaar.
  await goInApp(page, `/les/1.3/${session('middelengebruik', '1.3').screens.length}`);
  await page.getByRole('button', { name: tr('nl', 'session.finish') }).click();
  await onScreen(page, tr('nl', 'workbook.title'));

  await goInApp(page, '/mijn-reis');
  await onScreen(page, 'Mijn reis');
  await page.getByText('Je hebt 1 van de 30 lessen klaar.').waitFor();
  // Nothing before 1.3 was finished, so the way on is 1.1.
  await page.getByText(/^Je bent bij les 1\.1:/).waitFor();
  expect(await page.getByRole('link', { name: 'Verder met les 1.1' }).getAttribute('href')).toBe('/les/1.1/1');
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-phone');

  // The lessons as a list: 1.3 done, 1.4 open, each a link to its first screen.
  await page.getByText('Alle lessen als lijst').click();
  const done = page.getByRole('link', { name: /^1\.3 .*Klaar$/ });
  expect(await done.getAttribute('href')).toBe('/les/1.3/1');
  expect(await page.getByRole('link', { name: /^1\.4 .*Open$/ }).count()).toBe(1);

  // Mood and craving: one line each through three check-ins, from 2 to 4 March.
  const moodChart = page.getByRole('img', { name: /^Grafiek van mijn gevoel: 3 keer ingevuld, van 2 maart tot 4 maart\.$/ });
  await moodChart.waitFor();
  const moodLine = await moodChart.locator('.chart-line').getAttribute('d');
  expect(moodLine?.match(/[ML]/g)).toHaveLength(3);
  // Gevoel goes up (Slecht, Gaat wel, Goed): each point is higher on the screen than the one before.
  const ys = [...(moodLine ?? '').matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((match) => Number(match[1]));
  expect(ys[0]).toBeGreaterThan(ys[1]!);
  expect(ys[1]).toBeGreaterThan(ys[2]!);
  await page.getByRole('img', { name: /^Grafiek van mijn zin om te gebruiken: 3 keer ingevuld/ }).waitFor();

  // The tables say the same in words, newest first.
  const showTable = page.getByRole('button', { name: 'Toon als tabel' });
  await showTable.first().click();
  const moodTable = page.getByRole('table', { name: 'Mijn gevoel, de nieuwste bovenaan' });
  expect(await moodTable.locator('tbody td').allTextContents()).toEqual(['Goed', 'Gaat wel', 'Slecht']);
  await page.getByRole('button', { name: 'Toon als tabel' }).first().click();
  const cravingTable = page.getByRole('table', { name: 'Mijn zin om te gebruiken, de nieuwste bovenaan' });
  expect(await cravingTable.locator('tbody td').allTextContents()).toEqual(['2 van 10', '5 van 10', '8 van 10']);
  await page.getByRole('button', { name: 'Toon als tabel' }).first().click();
  const motivationTable = page.getByRole('table', { name: 'Belang en vertrouwen' });
  const motivationRows = motivationTable.locator('tbody tr');
  expect(await motivationRows.nth(0).locator('th, td').allTextContents()).toEqual(['Les 1.5', '4 van 5', 'Niet gevraagd']);
  expect(await motivationRows.nth(2).locator('th, td').allTextContents()).toEqual(['Les 2.9', 'Nog niet ingevuld', 'Nog niet ingevuld']);
  const belangLine = await page.getByRole('img', { name: /^Grafiek van belang en vertrouwen/ }).locator('.tone-first .chart-line').getAttribute('d');
  expect(belangLine).toMatch(/^M[\d.]+ [\d.]+h0$/); // one answer so far: a single dot

  // Everything open at both sizes.
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-open-phone');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForTimeout(100); // the charts redraw at the new width
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-open-tablet');
  await page.getByText('Alle lessen als lijst').click();
  const hide = page.getByRole('button', { name: 'Verberg de tabel' });
  while ((await hide.count()) > 0) await hide.first().click();
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-tablet');

  // Mijn dagen is one tap away.
  await page.getByRole('link', { name: tr('nl', 'days.title') }).click();
  await onScreen(page, tr('nl', 'days.title'));
  await context.close();
});

it('on a group tablet shows the lessons the trainer has not opened yet as closed, and what to do without data', async () => {
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'journey-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpTablet(page, 'nl', 'trainer-42');
  await addParticipant(page, 'nl', { name: 'Ali', pin: '1234', code: 'trainer-42' });
  await unlock(page, 'nl', 'Ali', '1234');
  await goInApp(page, `/les/1.1/${session('middelengebruik', '1.1').screens.length}`);
  await page.getByRole('button', { name: tr('nl', 'session.finish') }).click();
  await onScreen(page, tr('nl', 'workbook.title'));

  await goInApp(page, '/mijn-reis');
  await page.getByText('Je hebt 1 van de 30 lessen klaar.').waitFor();
  await page.getByText('De volgende les is nog dicht. Je trainer zet die klaar.').waitFor();
  expect(await page.getByRole('link', { name: /^Verder met les/ }).count()).toBe(0);
  await page.getByText('Je hebt nog niets ingevuld bij Hoe gaat het?').waitFor();
  expect(await page.getByRole('link', { name: 'Vul nu in' }).getAttribute('href')).toBe('/hoe-gaat-het');
  await page.getByText('Dit vul je in bij les 1.5, les 1.6 en les 2.9.').waitFor();

  await page.getByText('Alle lessen als lijst').click();
  expect(await page.getByRole('link', { name: /^1\.1 .*Klaar$/ }).count()).toBe(1);
  // 1.2 is not open: no link, and "Nog dicht" in words.
  expect(await page.getByRole('link', { name: /^1\.2 / }).count()).toBe(0);
  expect(await page.locator('.session-tile.is-closed').first().textContent()).toMatch(/^1\.2.*Nog dicht$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-closed-tablet');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(100);
  await expectNoAxeViolations(page);
  await screenshot(page, 'journey-closed-phone');
  await context.close();
});
