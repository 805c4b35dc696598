/**
 * The SOS-kaart end to end: filled in lessons 2.4, 2.6 and 2.7, opened with one tap from a
 * lesson, edited on the card and seen again in the lesson (one source of truth), printed as one
 * A4 page; axe on the front, the back and the edit mode at phone and tablet size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { drawAndWaitStored, goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath, session } from './content';

const OUTPUT_DIR = new URL('../.output/', import.meta.url);
const CARD_TITLE = 'Mijn SOS-kaart';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The label of a lesson's exercise, as the participant sees it. */
function label(sessionId: string, screenId: string): string {
  const exercise = session('middelengebruik', sessionId).screens.find((screen) => screen.id === screenId)?.exercise;
  if (!exercise || !('label' in exercise)) throw new Error(`No exercise on ${sessionId}/${screenId}`);
  return exercise.label.nl;
}

it('fills the card in 2.4, 2.6 and 2.7, opens it with one tap from a lesson, edits a helper there and prints it on one A4 page', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'sos-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });

  // 2.4: name, helper, safe place.
  await goInApp(page, screenPath('2.4', 'sos-naam'));
  await page.getByLabel(label('2.4', 'sos-naam')).fill('Samira de Vries');
  await goInApp(page, screenPath('2.4', 'sos-helpers'));
  await page.getByRole('button', { name: tr('nl', 'sosField.add') }).click();
  await page.getByLabel(tr('nl', 'sosField.helperName'), { exact: true }).fill('Mijn zus Lotte');
  await page.getByLabel(tr('nl', 'sosField.helperPhone')).fill('06 1234 5678');
  await goInApp(page, screenPath('2.4', 'sos-veilige-plek'));
  await page.getByLabel(label('2.4', 'sos-veilige-plek')).fill('Bij opa in de tuin');
  // 2.6: the kracht gedachte. 2.7: an alternative.
  await goInApp(page, screenPath('2.6', 'sos-kracht-gedachte'));
  await page.getByLabel(label('2.6', 'sos-kracht-gedachte')).fill('Ik kan dit, stap voor stap.');
  await goInApp(page, screenPath('2.7', 'sos-alternatieven'));
  await page.getByRole('button', { name: tr('nl', 'sosField.add') }).click();
  await page.getByLabel(tr('nl', 'sosField.item', { n: 1 })).fill('Een rondje wandelen met de hond');

  // One tap on SOS in the top bar, straight from the lesson, while the last answer may still be saving.
  await page.getByRole('button', { name: tr('nl', 'nav.sos') }).click();
  await onScreen(page, CARD_TITLE);
  const card = page.locator('.sos-card');
  await card.getByText('Samira de Vries', { exact: true }).waitFor();
  for (const text of ['Bij opa in de tuin', 'Ik kan dit, stap voor stap.', 'Een rondje wandelen met de hond']) {
    await card.getByText(text, { exact: true }).waitFor();
  }
  const call = card.getByRole('link', { name: /Bel Mijn zus Lotte/ });
  expect(await call.getAttribute('href')).toBe('tel:0612345678');
  // The clinic's crisis numbers are on the card too.
  expect(await card.getByRole('link', { name: /Bel Alarmnummer/ }).getAttribute('href')).toBe('tel:112');
  await screenshot(page, 'sos-e2e-front-phone');

  // Edit the helper on the card; the lesson shows the edit.
  await page.getByRole('button', { name: 'Aanpassen' }).click();
  await page.getByLabel(tr('nl', 'sosField.helperName'), { exact: true }).fill('Oom Kees');
  await page.getByLabel(tr('nl', 'sosField.helperPhone')).fill('06 8765 4321');
  await page.getByRole('button', { name: 'Klaar' }).click();
  expect(await card.getByRole('link', { name: /Bel Oom Kees/ }).getAttribute('href')).toBe('tel:0687654321');
  await goInApp(page, screenPath('2.4', 'sos-helpers'));
  await expect.poll(() => page.getByLabel(tr('nl', 'sosField.helperName'), { exact: true }).inputValue()).toBe('Oom Kees');
  expect(await page.getByLabel(tr('nl', 'sosField.helperPhone')).inputValue()).toBe('06 8765 4321');

  // Print: Chromium's PDF is one A4 page with the name and the helper on it.
  await goInApp(page, '/sos');
  await page.locator('.sos-card').getByText('Oom Kees', { exact: false }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await mkdir(OUTPUT_DIR, { recursive: true });
  await writeFile(new URL('sos-card.pdf', OUTPUT_DIR), pdf);
  const { pages, mediaBoxes, text } = readPdf(pdf);
  expect(pages).toBe(1);
  expect(mediaBoxes).toHaveLength(1);
  const [width, height] = mediaBoxes[0]!;
  expect(Math.abs(width - 595)).toBeLessThan(2);
  expect(Math.abs(height - 842)).toBeLessThan(2);
  for (const words of ['Samira de Vries', 'Oom Kees', '06 8765 4321', 'knippen', 'vouwen']) expect(text).toContain(words);
  // The print emulation at about A4 width, to look at.
  await page.setViewportSize({ width: 800, height: 1130 });
  await screenshot(page, 'sos-print-emulation');
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('the card, empty and filled, front and back, in edit mode, has no axe violations at %s size', async (size, newContext) => {
  const context: BrowserContext = await newContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, `sos-failure-${size}`).then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
  await mkdir(OUTPUT_DIR, { recursive: true });
  const problems: string[] = [];
  const check = async (name: string) => {
    await page.waitForTimeout(200); // decrypted pictures appear a moment later
    const violations = await runAxe(page);
    if (violations.length) problems.push(`${name}:\n${formatViolations(violations)}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > page.viewportSize()!.width) problems.push(`${name}: page is ${width}px wide`);
    await screenshot(page, `sos-${name}-${size}`);
  };

  await goInApp(page, '/sos');
  await onScreen(page, CARD_TITLE);
  await page.getByText('Je kaart is nog leeg.', { exact: false }).waitFor();
  await check('empty-front');

  // A drawing for the back, made in lesson 2.9.
  await goInApp(page, screenPath('2.9', 'sos-tekening'));
  await drawAndWaitStored(page);
  await goInApp(page, '/sos');

  // Fill the front in edit mode.
  await page.getByRole('button', { name: 'Aanpassen' }).click();
  await page.getByLabel('Mijn naam').fill('Samira de Vries');
  await page.getByRole('group', { name: 'Wie helpt mij?' }).getByRole('button', { name: tr('nl', 'sosField.add') }).click();
  await page.getByLabel(tr('nl', 'sosField.helperName'), { exact: true }).fill('Mijn zus Lotte');
  await page.getByLabel(tr('nl', 'sosField.helperPhone')).fill('06 1234 5678');
  await page.getByLabel('Mijn veilige plek').fill('Bij opa in de tuin');
  const reasons = page.getByRole('group', { name: 'Waarom ik niet gebruik' });
  await reasons.getByRole('button', { name: tr('nl', 'sosField.add') }).click();
  await reasons.getByLabel(tr('nl', 'sosField.item', { n: 1 })).fill('Mijn dochter');
  const alternatives = page.getByRole('group', { name: 'Dit doe ik in plaats van gebruiken' });
  await alternatives.getByRole('button', { name: tr('nl', 'sosField.add') }).click();
  await alternatives.getByLabel(tr('nl', 'sosField.item', { n: 1 })).fill('Muziek luisteren');
  await page.getByLabel('Mijn kracht gedachte').fill('Ik kan dit, stap voor stap.');
  await check('edit-front');

  // The back in edit mode: a photo from the gallery, a song link, a text.
  await page.getByRole('button', { name: 'Achterkant' }).click();
  await page.getByLabel('Kies een foto').setInputFiles({ name: 'zee.png', mimeType: 'image/png', buffer: await pngPicture(page) });
  await page.getByRole('img', { name: 'Jouw foto 1' }).waitFor();
  await page.getByLabel('Mijn liedje: de naam of een link').fill('https://example.org/liedje');
  await page.getByLabel('Een tekst die helpt').fill('Morgen is een nieuwe dag.');
  await check('edit-back');

  await page.getByRole('button', { name: 'Klaar' }).click();
  await page.getByRole('img', { name: 'Mijn tekening' }).waitFor();
  await page.getByRole('img', { name: 'Foto 1' }).waitFor();
  const listen = page.getByRole('link', { name: 'Luister naar mijn liedje' });
  expect(await listen.getAttribute('href')).toBe('https://example.org/liedje');
  await check('back');

  await page.getByRole('button', { name: 'Voorkant' }).click();
  await page.locator('.sos-card').getByText('Mijn dochter', { exact: true }).waitFor();
  await check('front');

  expect(problems.join('\n\n')).toBe('');

  // The full card, pictures and all, still prints on one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await writeFile(new URL(`sos-card-full-${size}.pdf`, OUTPUT_DIR), pdf);
  const printed = readPdf(pdf);
  expect(printed.pages).toBe(1);
  for (const words of ['Samira de Vries', 'Mijn zus Lotte: 06 1234 5678', 'Mijn dochter', 'Morgen is een nieuwe dag.']) expect(printed.text).toContain(words);
  await context.close();
});


/** A small picture (sea and sun) made by the browser's canvas, as PNG bytes. */
async function pngPicture(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 320;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#8fd3f4';
    g.fillRect(0, 0, 480, 320);
    g.fillStyle = '#1f6fa8';
    g.fillRect(0, 200, 480, 120);
    g.fillStyle = '#f6c343';
    g.beginPath();
    g.arc(360, 90, 50, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

/**
 * What a test needs to know of a PDF, without a PDF library: the number of pages, each page's
 * MediaBox in points, and its text. Chromium writes text as glyph ids in compressed streams;
 * each font's ToUnicode map turns them back into characters.
 */
function readPdf(pdf: Buffer): { pages: number; mediaBoxes: [number, number][]; text: string } {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(match[1]!, match[2]!);
  const streamOf = (body: string): string => {
    const start = body.indexOf('stream');
    const end = body.lastIndexOf('endstream');
    if (start < 0 || end < 0) return '';
    let data = Buffer.from(body.slice(start + 6, end).replace(/^\r?\n/, ''), 'latin1');
    if (/\/FlateDecode/.test(body.slice(0, start))) data = inflateSync(data);
    return data.toString('latin1');
  };
  const pageBodies = [...objects.values()].filter((body) => /\/Type\s*\/Page(?![s\w])/.test(body));
  const mediaBoxes = pageBodies.map((body) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(body);
    return box ? ([Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] as [number, number]) : ([0, 0] as [number, number]);
  });

  // Font resource name → glyph id (hex) → text, from each font's ToUnicode CMap.
  const maps = new Map<string, Map<string, string>>();
  const fontMap = (ref: string): Map<string, string> => {
    const font = objects.get(ref) ?? '';
    const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(font);
    const map = new Map<string, string>();
    if (!toUnicode) return map;
    const cmap = streamOf(objects.get(toUnicode[1]!) ?? '');
    const decode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(pair[1]!.toUpperCase(), decode(pair[2]!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const [from, to, first] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16), parseInt(range[3]!, 16)];
        for (let code = from; code <= to; code++) map.set(code.toString(16).toUpperCase().padStart(range[1]!.length, '0'), String.fromCodePoint(first + code - from));
      }
    }
    return map;
  };
  for (const body of objects.values()) {
    for (const font of body.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const entry of font[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) if (!maps.has(entry[1]!)) maps.set(entry[1]!, fontMap(entry[2]!));
    }
  }

  // Each content stream: follow Tf (font), show <hex> strings; each BT … ET block is one run of text.
  let text = '';
  for (const body of pageBodies) {
    const contents = /\/Contents\s+(\d+) 0 R/.exec(body);
    const stream = contents ? streamOf(objects.get(contents[1]!) ?? '') : '';
    let map = new Map<string, string>();
    for (const token of stream.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\b(BT|ET)\b/g)) {
      if (token[1]) map = maps.get(token[1]) ?? new Map();
      else if (token[2] !== undefined) {
        const width = [...map.keys()][0]?.length ?? 4;
        for (const glyph of token[2].toUpperCase().match(new RegExp(`.{${width}}`, 'g')) ?? []) text += map.get(glyph) ?? '';
      } else text += '\n';
    }
  }
  return { pages: pageBodies.length, mediaBoxes, text };
}
