/**
 * Doelen en beloningen, the certificate and the extended "Hoe gaat het?" in Chromium, on an own
 * phone whose first run set a begeleider code: steps from 2.5 ticked on the goals page, a reward
 * confirmed with the code, a slip recorded kindly; the emotion thermometer and the breathing
 * guide; the certificate printed to exactly one A4 landscape page. axe at phone and tablet size;
 * screenshots to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath } from './content';

const HELPER_CODE = 'begeleider-2468';
const OUTPUT_DIR = fileURLToPath(new URL('../.output/print/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  await mkdir(OUTPUT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe finds nothing, the page is no wider than the screen, and a screenshot is saved. */
async function check(page: Page, name: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(150);
  const violations = await runAxe(page);
  if (violations.length) problems.push(`${name}:\n${formatViolations(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > page.viewportSize()!.width) problems.push(`${name}: page is ${width}px wide`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Chromium's PDF of the page as printed: its page objects and the size of each. */
async function printToPdf(page: Page): Promise<{ pages: number; boxes: [number, number][]; pdf: Buffer }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = pdf.toString('latin1');
  // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  return { pages, boxes, pdf };
}

/** Writes the goal and two steps with their rewards in lesson 2.5, as the participant does. */
async function fillSteps(page: Page): Promise<void> {
  await goInApp(page, screenPath('2.5', 'stappen'));
  await page.getByLabel('Mijn doel', { exact: true }).fill('Minder blowen');
  await page.getByLabel('Wat ga je doen?').first().fill('Een dag niet blowen');
  await page.getByLabel('Mijn beloning').first().fill('Patat halen');
  await page.getByRole('button', { name: 'Nog een stap toevoegen' }).click();
  await page.getByLabel('Wat ga je doen?').nth(1).fill('Een week niet blowen');
  await page.getByLabel('Mijn beloning').nth(1).fill('Naar de film');
}

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('goals with a confirmed reward, a kind slip, the check-in with thermometer and breathing, and the certificate (%s)', async (size, newContext) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam de Vries', pin: '2468', helperCode: HELPER_CODE });

  // "Hoe gaat het?": mood, then the emotion thermometer, with the breathing guide in between.
  await goInApp(page, '/hoe-gaat-het');
  await page.getByText('Slecht', { exact: true }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { name: 'Hoe sterk is je gevoel nu?' }).waitFor();
  await page.locator('.emotion-scale').getByText('7', { exact: true }).click();
  await check(page, `checkin-emotion-${size}`, problems);
  await page.getByRole('button', { name: 'Even rustig ademen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Even rustig ademen' }).waitFor();
  await check(page, `checkin-breathing-${size}`, problems);
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.getByText('Adem in', { exact: true }).waitFor();
  await page.waitForTimeout(1500);
  await screenshot(page, `checkin-breathing-running-${size}`);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'Terug naar de vragen' }).click();
  await page.getByRole('heading', { name: 'Hoe sterk is je gevoel nu?' }).waitFor();
  expect(await page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { name: 'Opgeslagen. Goed dat je dit doet!' }).waitFor();
  await goInApp(page, '/mijn-dagen');
  await page.getByText('Mijn gevoel: 7 van 10').waitFor();

  // The breathing guide on its own page.
  await goInApp(page, '/ademen');
  await onScreen(page, 'Even rustig ademen');
  await check(page, `breathing-page-${size}`, problems);

  // Doelen en beloningen: the steps written in 2.5, ticked here.
  await fillSteps(page);
  await goInApp(page, '/doelen');
  await onScreen(page, 'Mijn doelen en beloningen');
  await page.getByText('Naar de film').waitFor();
  await page.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }).check();
  await page.getByText('Goed gedaan! Je hebt je beloning verdiend: Patat halen.').waitFor();

  // The begeleider confirms the reward with the code from the first run.
  await page.getByRole('button', { name: /^Beloning gekregen ?: Stap 1$/ }).click();
  await page.getByLabel('Naam van de begeleider').fill('Anna');
  await page.getByLabel('Code van de begeleider').fill('fout-fout');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByText('Deze code klopt niet.', { exact: false }).waitFor();
  await check(page, `goals-confirm-${size}`, problems);
  await page.getByLabel('Code van de begeleider').fill(HELPER_CODE);
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByText(/^Beloning gekregen\. Anna zette dit op /).waitFor();

  // The day counter, started ten days ago, then a slip: a learning moment, the total keeps its days.
  const tenDaysAgo = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 10);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await check(page, `goals-start-${size}`, problems);
  await page.getByText('Een andere dag', { exact: true }).click();
  await page.getByLabel('Op welke dag?').fill(tenDaysAgo);
  await page.getByLabel('Hoeveel geld gaf je per dag uit aan gebruiken?').fill('7,50');
  await page.getByRole('button', { name: 'Beginnen met tellen' }).click();
  await page.getByText('Goed bezig! Elke dag telt.').waitFor();
  const stats = page.locator('.counter-stats');
  expect(await stats.innerText()).toMatch(/^10\s+goede dagen\s+€\s?75,00\s+gespaard$/);
  await check(page, `goals-${size}`, problems);
  await page.getByRole('button', { name: 'Ik had een uitglijder' }).click();
  await page.getByText('Vandaag', { exact: true }).last().click();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Een uitglijder is een leermoment. Je begint niet bij nul. Je hebt al 10 goede dagen.', { exact: false }).waitFor();
  await page.getByText('Vandaag begint een nieuwe reeks.').waitFor();
  expect(await stats.innerText()).toMatch(/^10\s+goede dagen/);
  await check(page, `goals-slip-${size}`, problems);
  // Stopping asks first, in the page itself; "Nee" keeps everything.
  await page.getByRole('button', { name: 'Stoppen met tellen' }).click();
  await page.getByText('Wil je stoppen met tellen? Je telling gaat dan weg.').waitFor();
  await check(page, `goals-stop-question-${size}`, problems);
  await page.getByRole('button', { name: 'Nee', exact: true }).click();
  expect(await stats.innerText()).toMatch(/^10\s+goede dagen/);

  // Reloading locks the workbook; the confirmation and the ticked step are stored, not kept in the page.
  await page.reload();
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('2468');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Sam de Vries' }));
  await goInApp(page, '/doelen');
  await page.getByText(/^Beloning gekregen\. Anna zette dit op /).waitFor();
  expect(await page.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }).isChecked()).toBe(true);
  // The session shows the tick made here: one source of truth.
  await goInApp(page, screenPath('2.5', 'stappen'));
  await expect.poll(() => page.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }).isChecked()).toBe(true);

  // The certificate: on screen, and as one A4 landscape page in print.
  await goInApp(page, '/certificaat');
  await onScreen(page, 'Mijn certificaat');
  await page.getByText('Sam de Vries', { exact: true }).waitFor();
  await page.getByText('Behandelmodule Middelengebruik', { exact: true }).waitFor();
  await check(page, `certificate-${size}`, problems);
  const { pages, boxes, pdf } = await printToPdf(page);
  await writeFile(join(OUTPUT_DIR, `certificate-${size}.pdf`), pdf);
  expect(pages).toBe(1);
  expect(boxes).toHaveLength(1);
  const [width, height] = boxes[0]!;
  expect(width).toBeGreaterThan(height);
  expect(Math.abs(width - 842)).toBeLessThan(3);
  expect(Math.abs(height - 595)).toBeLessThan(3);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 px per inch
  await screenshot(page, `certificate-print-${size}`);
  await page.emulateMedia({ media: 'screen' });

  expect(problems.join('\n\n')).toBe('');
  await context.close();
});
