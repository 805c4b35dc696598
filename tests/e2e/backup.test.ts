/**
 * Backup and move, end to end in Chromium: a participant fills in answers (text, a drawing, a
 * voice recording), a check-in and the SOS-kaart on one phone, saves a backup, and restores it
 * on a fresh phone (a new browser context) with the password and a new PIN. Both workbooks are
 * then compared completely: the file from the first phone and a backup made on the second are
 * decrypted here and every record and media byte must be equal, and the row counts of both
 * browsers' IndexedDB must match. A wrong password shows the Dutch sentence and creates nothing.
 * axe-core on every export and import screen in Dutch and English at phone and tablet size.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodeBackup, type BackupContents } from '../../src/core/backupFormat';
import { LINK_STRINGS } from '../../src/ui/features/backup/linkStrings';
import { STRINGS } from '../../src/ui/features/backup/strings';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { checkIn, goInApp, onScreen, setUpPhone, tr, type Lang } from './app';
import { screenPath, session } from './content';

const PASSWORD = 'blauwe fiets op het dak';
const SIZES = { phone: newPhoneContext, tablet: newTabletContext } as const;

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

/** How many rows each table of the page's IndexedDB holds, read past the app (no key needed). */
function countRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('mijn-werkboek');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const idb = request.result;
          const stores = Array.from(idb.objectStoreNames);
          const counts: Record<string, number> = {};
          if (stores.length === 0) return resolve(counts);
          const tx = idb.transaction(stores);
          for (const store of stores) tx.objectStore(store).count().onsuccess = (e) => (counts[store] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => (idb.close(), resolve(counts));
        };
      }),
  );
}

/** Settings → "Reservekopie maken" → the password twice → the downloaded file's bytes. */
async function makeBackup(page: Page, lang: Lang, visit: (name: string) => Promise<void> = async () => {}): Promise<{ bytes: Uint8Array; name: string }> {
  const s = STRINGS[lang];
  await goInApp(page, '/instellingen');
  await page.getByRole('link', { name: LINK_STRINGS[lang].exportLink }).click();
  await onScreen(page, s.exportTitle);
  await page.getByLabel(s.password, { exact: true }).fill('kort');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByText(s.passwordTooShort).waitFor();
  await visit('export-password');
  await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: s.againTitle }).waitFor();
  await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await visit('export-again');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: s.make }).click();
  const file = await download;
  await page.getByRole('heading', { name: s.madeTitle }).waitFor();
  await visit('export-done');
  return { bytes: new Uint8Array(await readFile((await file.path())!)), name: file.suggestedFilename() };
}

/** Records and media of a decrypted backup in a stable order, for a complete comparison. */
function comparable({ document, media }: BackupContents) {
  const order = document.media.map((item, i) => ({ ...item, bytes: Buffer.from(media[i]!).toString('base64') })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    workbookId: document.workbookId,
    profile: { ...document.profile, createdAt: 0 },
    crisisNumbers: document.crisisNumbers,
    records: [...document.records].sort((a, b) => a.id.localeCompare(b.id)),
    media: order,
  };
}

it('moves a workbook with text, a drawing, a recording, a check-in and the SOS-kaart to a fresh phone, completely', async () => {
  const s = STRINGS.nl;
  // ---- the first phone ----
  const first: BrowserContext = await newPhoneContext(browser);
  const a = await first.newPage();
  onTestFailed(() => screenshot(a, 'backup-failure-first').then(() => undefined));
  await a.goto(inject('baseURL'));
  await setUpPhone(a, 'nl', { name: 'Sam', pin: '2468' });

  await goInApp(a, screenPath('1.1', 'vragen'));
  await a.getByLabel(label('1.1', 'vragen')).fill('Mag ik mijn eigen telefoon gebruiken?');
  await goInApp(a, screenPath('2.4', 'sos-naam'));
  await a.getByLabel(label('2.4', 'sos-naam')).fill('Sam de Wit');
  await goInApp(a, screenPath('2.4', 'sos-veilige-plek'));
  await a.getByLabel(label('2.4', 'sos-veilige-plek')).fill('Op mijn kamer met muziek');
  // A voice recording (the fake microphone) with the belang in 1.5.
  await goInApp(a, screenPath('1.5', 'belang'));
  await a.getByRole('radio', { name: /^4/ }).check();
  await a.getByRole('button', { name: 'Opnemen' }).click();
  await a.getByText('Ik neem op. Praat maar.').waitFor();
  await a.waitForTimeout(1000); // a recording of about a second
  await a.getByRole('button', { name: 'Stop' }).click();
  await a.getByText('Je opname is bewaard.').waitFor();
  // A drawing in 1.6.
  await goInApp(a, screenPath('1.6', 'vertrouwen-tekening'));
  const canvas = a.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await a.mouse.move(box.x + 30, box.y + 30);
  await a.mouse.down();
  for (let i = 1; i <= 10; i++) await a.mouse.move(box.x + 30 + i * 20, box.y + 30 + i * 14);
  await a.mouse.up();
  await a.getByRole('img', { name: 'Je tekening' }).waitFor();
  await expect.poll(() => countRows(a).then((c) => c.media), { timeout: 20_000 }).toBe(2);
  await goInApp(a, '/werkboek');
  await checkIn(a, 'nl', { mood: tr('nl', 'mood.4'), emotion: 3, craving: 2, note: 'Goed geslapen vandaag.' });

  const sent = await makeBackup(a, 'nl');
  expect(sent.name).toMatch(/^mijn-werkboek-sam-\d{4}-\d{2}-\d{2}\.mwb$/);
  const rowsA = await countRows(a);
  const fromA = await decodeBackup(sent.bytes, PASSWORD);
  // The file holds everything of the first phone, and what was typed is in it.
  expect(fromA.document.records).toHaveLength(rowsA.records!);
  expect(fromA.document.media).toHaveLength(rowsA.media!);
  const values = JSON.stringify(fromA.document.records.map((r) => r.value));
  for (const typed of ['Mag ik mijn eigen telefoon gebruiken?', 'Sam de Wit', 'Op mijn kamer met muziek', 'Goed geslapen vandaag.']) expect(values).toContain(typed);
  expect(fromA.document.records.filter((r) => r.kind === 'checkin')).toHaveLength(1);
  const kinds = fromA.document.media.map((m) => m.kind).sort();
  expect(kinds).toEqual(['drawing', 'voice']);
  const drawing = fromA.media[fromA.document.media.findIndex((m) => m.kind === 'drawing')]!;
  expect([...drawing.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // a PNG
  expect(fromA.media[fromA.document.media.findIndex((m) => m.kind === 'voice')]!.length).toBeGreaterThan(500);

  // ---- a fresh phone: first run → "Ik heb al een werkboek" ----
  const second = await newPhoneContext(browser);
  const b = await second.newPage();
  onTestFailed(() => screenshot(b, 'backup-failure-second').then(() => undefined));
  await b.goto(inject('baseURL'));
  await onScreen(b, tr('nl', 'firstRun.title'));
  await b.getByRole('button', { name: LINK_STRINGS.nl.firstRunLink }).click();
  await onScreen(b, s.importTitle);
  await b.getByLabel(s.chooseFile).setInputFiles({ name: sent.name, mimeType: 'application/octet-stream', buffer: Buffer.from(sent.bytes) });
  await b.getByRole('heading', { name: s.openTitle }).waitFor();
  // A wrong password: the Dutch sentence, and nothing is made (not even the device settings).
  await b.getByLabel(s.password, { exact: true }).fill('blauwe fiets op het dag');
  await b.getByRole('button', { name: s.open }).click();
  await b.getByRole('alert').filter({ hasText: s.problems.wrongPassword }).waitFor();
  expect(await b.getByRole('alert').textContent()).toBe(`${s.problems.wrongPassword} ${s.nothingChanged}`);
  const untouched = await countRows(b);
  expect(Object.keys(untouched)).toEqual(expect.arrayContaining(['device', 'profiles', 'records', 'media']));
  expect(Object.entries(untouched).filter(([, rows]) => rows > 0)).toEqual([]);
  await screenshot(b, 'backup-import-wrong-password-phone');

  await b.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await b.getByRole('button', { name: s.open }).click();
  await b.getByRole('heading', { name: tr('nl', 'profiles.pinTitle') }).waitFor();
  await b.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('97531');
  await b.getByRole('button', { name: tr('nl', 'nav.next') }).click();
  await b.getByRole('heading', { name: tr('nl', 'profiles.pinAgainTitle') }).waitFor();
  await b.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('97531');
  await b.getByRole('button', { name: tr('nl', 'profiles.save') }).click();
  await b.getByRole('heading', { name: s.restoredTitle }).waitFor();
  await b.getByRole('button', { name: s.toWorkbook }).click();
  await onScreen(b, tr('nl', 'home.title', { name: 'Sam' }));

  // What the participant sees on the new phone.
  await goInApp(b, screenPath('1.1', 'vragen'));
  await expect.poll(() => b.getByLabel(label('1.1', 'vragen')).inputValue()).toBe('Mag ik mijn eigen telefoon gebruiken?');
  await goInApp(b, screenPath('1.6', 'vertrouwen-tekening'));
  // The pad is named "Je tekening" only when it holds a drawing; count the drawn (not white) pixels.
  const pad = b.getByRole('img', { name: 'Je tekening' });
  const inked = () =>
    pad.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) count++;
      return count;
    });
  await expect.poll(inked).toBeGreaterThan(100);
  await goInApp(b, '/sos');
  await b.locator('.sos-card').getByText('Sam de Wit', { exact: true }).waitFor();
  await goInApp(b, '/mijn-dagen');
  await b.getByText('Goed geslapen vandaag.').waitFor();

  // The complete comparison: a backup of the new phone equals the file of the first, byte for byte.
  const back = await makeBackup(b, 'nl');
  expect(comparable(await decodeBackup(back.bytes, PASSWORD))).toEqual(comparable(fromA));
  const rowsB = await countRows(b);
  expect({ records: rowsB.records, media: rowsB.media, profiles: rowsB.profiles }).toEqual({ records: rowsA.records, media: rowsA.media, profiles: 1 });
  await first.close();
  await second.close();
});

describe.each(['nl', 'en'] as const)('backup screens in %s', (lang) => {
  it.each(['phone', 'tablet'] as const)('have no axe violations at %s size', async (size) => {
    const s = STRINGS[lang];
    const context = await SIZES[size](browser);
    const page = await context.newPage();
    const problems: string[] = [];
    const visit = async (screen: string) => {
      const violations = await runAxe(page);
      if (violations.length) problems.push(`${screen}:\n${formatViolations(violations)}`);
      const [width, viewport] = await page.evaluate((): [number, number] => [document.documentElement.scrollWidth, window.innerWidth]);
      if (width > viewport) problems.push(`${screen}: ${width}px wide on a ${viewport}px screen`);
      await screenshot(page, `backup-${lang}-${size}-${screen}`);
    };
    await page.goto(inject('baseURL'));
    await onScreen(page, tr('nl', 'firstRun.title'));
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await onScreen(page, tr(lang, 'firstRun.title'));
    await visit('firstrun');
    // The import screen of a device that was never set up.
    await page.getByRole('button', { name: LINK_STRINGS[lang].firstRunLink }).click();
    await onScreen(page, s.importTitle);
    await visit('import-fresh-file');
    await page.getByRole('button', { name: tr(lang, 'nav.back') }).click();
    await onScreen(page, tr(lang, 'firstRun.title'));

    await setUpPhoneFromStart(page, lang);
    await goInApp(page, '/instellingen');
    await page.getByRole('heading', { name: LINK_STRINGS[lang].settingsTitle }).waitFor();
    await visit('settings');
    const { bytes, name } = await makeBackup(page, lang, visit);

    // Import on the same device: a foreign file, then the real one, which is already here.
    await goInApp(page, '/instellingen');
    await page.getByRole('link', { name: LINK_STRINGS[lang].importLink }).click();
    await onScreen(page, s.importTitle);
    await visit('import-file');
    await page.getByLabel(s.chooseFile).setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a backup at all') });
    await page.getByRole('alert').filter({ hasText: s.problems.foreign }).waitFor();
    await visit('import-foreign');
    await page.getByLabel(s.chooseFile).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await page.getByRole('heading', { name: s.openTitle }).waitFor();
    await page.getByLabel(s.password, { exact: true }).fill('verkeerd wachtwoord');
    await page.getByRole('button', { name: s.open }).click();
    await page.getByRole('alert').filter({ hasText: s.problems.wrongPassword }).waitFor();
    await visit('import-wrong-password');
    await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: s.open }).click();
    await page.getByRole('heading', { name: s.presentTitle }).waitFor();
    await visit('import-present');
    await page.getByRole('button', { name: s.addAnyway }).click();
    await page.getByRole('heading', { name: s.helperTitle }).waitFor();
    await visit('import-helper-code');
    // At tablet size the begeleider types the code; at phone size the participant skips it.
    if (size === 'tablet') {
      await page.getByLabel(tr(lang, 'firstRun.helperCode')).fill('begeleider-7');
      await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
    } else {
      await page.getByRole('button', { name: s.skip }).click();
    }
    await page.getByRole('heading', { name: tr(lang, 'profiles.pinTitle') }).waitFor();
    await visit('import-pin');
    await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('1357');
    await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
    await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
    await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('1357');
    await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
    await page.getByRole('heading', { name: s.restoredTitle }).waitFor();
    await visit('import-done');
    expect((await countRows(page)).profiles).toBe(2);
    expect(problems, problems.join('\n\n')).toEqual([]);
    await context.close();
  });
});

/** From the first-run screen: an own phone with a begeleider code. */
async function setUpPhoneFromStart(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: tr(lang, 'firstRun.phone') }).click();
  await page.getByRole('heading', { name: tr(lang, 'firstRun.crisisTitle') }).waitFor();
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'profiles.name')).fill('Robin');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('2468');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill('2468');
  await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
  await page.getByRole('heading', { name: tr(lang, 'firstRun.helperCodeTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'firstRun.helperCode'), { exact: true }).fill('begeleider-7');
  await page.getByLabel(tr(lang, 'firstRun.helperCodeAgain')).fill('begeleider-7');
  await page.getByRole('button', { name: tr(lang, 'firstRun.done') }).click();
  await onScreen(page, tr(lang, 'home.title', { name: 'Robin' }));
}
