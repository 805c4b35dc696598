/**
 * The terugvalpreventiekaart and the kracht gedachten in Chromium: filled in lessons 3.9, 1.6 and
 * 2.6, shown together on their own pages, a favourite put on the SOS-kaart (seen back in 2.6),
 * the card printed to exactly one A4 page; axe at phone and tablet size; screenshots to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { goInApp, onScreen, setUpPhone } from './app';
import { screenPath } from './content';

/** The PDFs are kept here for a person to open. */
const OUTPUT_DIR = fileURLToPath(new URL('../.output/print/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  await mkdir(OUTPUT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a lesson screen and waits for its exercise. */
async function openScreen(page: Page, session: string, screen: string): Promise<void> {
  await goInApp(page, screenPath(session, screen));
  await page.locator('article.session-screen textarea, article.session-screen input').first().waitFor();
}

/** Fills the pairs of a 3.9 phase screen: signal → action. */
async function fillPhase(page: Page, screen: string, rows: [string, string][]): Promise<void> {
  await openScreen(page, '3.9', screen);
  for (const [index, [signal, action]] of rows.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Nog een rij toevoegen' }).click();
    await page.getByLabel('Signaal: dit merk ik', { exact: true }).nth(index).fill(signal);
    await page.getByLabel('Actie: dit doe ik', { exact: true }).nth(index).fill(action);
  }
}

/** axe finds nothing, the page is no wider than the screen, and a screenshot is saved. */
async function check(page: Page, name: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(200); // lazily loaded exercise components in edit mode
  const violations = await runAxe(page);
  if (violations.length) problems.push(`${name}:\n${formatViolations(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > page.viewportSize()!.width) problems.push(`${name}: page is ${width}px wide`);
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky bar stays at the top of a full-page shot
  await screenshot(page, name);
}

/** A screenshot of the print layout at the width of an A4 sheet (96 px per inch, 10 mm margins). */
async function printScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1047 });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
}

/** Chromium's PDF of the page as printed: the number of pages and the bytes. */
async function printToPdf(page: Page): Promise<{ pages: number; pdf: Buffer }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  return { pages, pdf };
}

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('lessons fill the terugvalkaart and the kracht gedachten; one goes on the SOS-kaart (%s)', async (size, newContext) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });

  // Before the lessons: kind empty states, a way to lesson 3.9, and blank lines on paper.
  await goInApp(page, '/terugvalkaart');
  await onScreen(page, 'Mijn terugvalkaart');
  await page.getByText(/je vult dit in bij les 3.9/).first().waitFor();
  await check(page, `relapse-empty-${size}`, problems);
  expect((await printToPdf(page)).pages).toBe(1);
  await printScreenshot(page, `relapse-print-empty-${size}`);
  await page.getByRole('region', { name: 'Let op' }).getByRole('button', { name: /Naar les 3.9/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Let op' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(screenPath('3.9', 'let-op'));

  await goInApp(page, '/kracht-gedachten');
  await onScreen(page, 'Mijn kracht gedachten');
  await page.getByText(/Je hebt nog geen kracht gedachten/).waitFor();
  await check(page, `strength-empty-${size}`, problems);

  // Lesson 3.9: three phases and who to tell.
  await fillPhase(page, 'goed', [['Ik slaap goed', 'Ik blijf sporten met Mo']]);
  await fillPhase(page, 'let-op', [
    ['Ik blijf de hele dag in bed', 'Ik ga een rondje wandelen'],
    ['Ik zie mijn oude vrienden weer', 'Ik bel mijn begeleider'],
  ]);
  await fillPhase(page, 'alarm', [['Ik denk steeds aan gebruiken', 'Ik ga naar mijn veilige plek en bel 113']]);
  await openScreen(page, '3.9', 'wie-vertellen');
  await page.getByLabel('Naam', { exact: true }).first().fill('Mijn zus Lotte');

  // Lessons 1.6 and 2.6: kracht gedachten.
  await goInApp(page, screenPath('1.6', 'kracht-gedachten'));
  await page.getByLabel('Ik kan dit!').check();
  await openScreen(page, '2.6', 'eigen-kracht-gedachten');
  await page.getByLabel('Kracht gedachte', { exact: true }).first().fill('Ik ben sterker dan mijn trek');

  // The card shows each signal with its action, in its phase.
  await goInApp(page, '/terugvalkaart');
  const letOp = page.getByRole('region', { name: 'Let op' });
  await letOp.getByText('Ik zie mijn oude vrienden weer').waitFor();
  expect(await letOp.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/Dit merk ik:\s*Ik blijf de hele dag in bed\s*Dit doe ik:\s*Ik ga een rondje wandelen/),
    expect.stringMatching(/Dit merk ik:\s*Ik zie mijn oude vrienden weer\s*Dit doe ik:\s*Ik bel mijn begeleider/),
  ]);
  await page.getByRole('region', { name: 'Alarm' }).getByText('Ik ga naar mijn veilige plek en bel 113').waitFor();
  await page.getByRole('region', { name: 'Wie vertel ik het?' }).getByText('Mijn zus Lotte').waitFor();
  await check(page, `relapse-${size}`, problems);

  // Printed: exactly one A4 page, without the app's bar.
  const printed = await printToPdf(page);
  expect(printed.pages).toBe(1);
  await writeFile(join(OUTPUT_DIR, `relapse-${size}.pdf`), printed.pdf);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.getByText('Van Sam').isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await printScreenshot(page, `relapse-print-${size}`);

  // Editing on the card changes lesson 3.9 too.
  await page.getByRole('button', { name: 'Aanpassen' }).click();
  const goed = page.getByRole('region', { name: 'Goed' });
  await goed.getByLabel('Actie: dit doe ik').first().fill('Ik blijf sporten met Mo en Sanne');
  await check(page, `relapse-edit-${size}`, problems);
  await page.getByRole('button', { name: 'Klaar' }).click();
  await page.getByRole('region', { name: 'Goed' }).getByText('Ik blijf sporten met Mo en Sanne').waitFor();
  await openScreen(page, '3.9', 'goed');
  expect(await page.getByLabel('Actie: dit doe ik').first().inputValue()).toBe('Ik blijf sporten met Mo en Sanne');

  // Kracht gedachten: both lessons in one list, each saying where it came from.
  await goInApp(page, '/kracht-gedachten');
  const thought = page.getByRole('listitem').filter({ hasText: 'Ik ben sterker dan mijn trek' });
  await thought.waitFor();
  await thought.getByText('uit les 2.6').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Ik kan dit!' }).getByText('uit les 1.6').waitFor();
  await check(page, `strength-${size}`, problems);

  // A favourite goes on the SOS-kaart.
  const star = thought.getByRole('button', { name: /Favoriet/ });
  await star.click();
  await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
  await check(page, `strength-star-${size}`, problems);
  await thought.getByRole('button', { name: /Op mijn SOS-kaart/ }).click();
  await thought.getByText('Staat op mijn SOS-kaart').waitFor();
  await page.getByRole('region', { name: 'Op je SOS-kaart' }).getByText('Ik ben sterker dan mijn trek').waitFor();
  await check(page, `strength-favourite-${size}`, problems);

  // Lesson 2.6 shows the same field of the SOS-kaart.
  await goInApp(page, screenPath('2.6', 'sos-kracht-gedachte'));
  const field = page.getByLabel('Mijn beste kracht gedachte');
  await field.waitFor();
  expect(await field.inputValue()).toBe('Ik ben sterker dan mijn trek');

  expect(problems.join('\n\n')).toBe('');
  await context.close();
});

it('prints a full terugvalkaart on one A4 page', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
  // Four signals in every phase, some long, and three people: more than most cards hold.
  const long = 'Ik merk dat ik weer vaak aan vroeger denk en dat ik mijn afspraken vergeet';
  for (const phase of ['goed', 'let-op', 'alarm']) {
    await fillPhase(page, phase, [
      [long, 'Ik vertel het aan mijn begeleider en ik schrijf het op in mijn werkboek'],
      ['Ik slaap slecht', 'Ik ga op tijd naar bed'],
      ['Ik heb geen zin om te eten', 'Ik eet samen met mijn zus'],
      ['Ik ben snel boos', 'Ik ga even naar buiten en adem rustig'],
    ]);
  }
  await openScreen(page, '3.9', 'wie-vertellen');
  await page.getByLabel('Naam', { exact: true }).first().fill('Mijn zus Lotte');
  await goInApp(page, '/terugvalkaart');
  await page.getByRole('region', { name: 'Alarm' }).getByText('Ik ben snel boos').waitFor();
  const printed = await printToPdf(page);
  await writeFile(join(OUTPUT_DIR, 'relapse-full.pdf'), printed.pdf);
  expect(printed.pages).toBe(1);
  await printScreenshot(page, 'relapse-print-full');
  await context.close();
});
