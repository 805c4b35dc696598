/** Flows through the app as a person would, in either language, for the end-to-end tests. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import en from '../../content/locales/en.json';
import nl from '../../content/locales/nl.json';

export type Lang = 'nl' | 'en';
const RESOURCES = { nl, en };

/** Looks up a UI string like the app does (`{{x}}` filled in). */
export function tr(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = RESOURCES[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No string ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

/** Waits for the screen whose h1 is `title`. */
export async function onScreen(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** First run of a group tablet; `visit` is called on each step (for screenshots and axe). */
export async function setUpTablet(page: Page, lang: Lang, code: string, visit: (name: string) => Promise<void> = async () => {}): Promise<void> {
  await onScreen(page, tr('nl', 'firstRun.title'));
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await onScreen(page, tr('en', 'firstRun.title'));
  }
  await visit('firstrun-device');
  await page.getByRole('button', { name: tr(lang, 'firstRun.tablet') }).click();
  await page.getByLabel(tr(lang, 'firstRun.organisation')).fill('Kliniek De Berk');
  await visit('firstrun-clinic');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'firstRun.crisisTitle') }).waitFor();
  await visit('firstrun-crisis');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'firstRun.trainerCode'), { exact: true }).fill(code);
  await page.getByLabel(tr(lang, 'firstRun.trainerCodeAgain')).fill(code);
  await visit('firstrun-code');
  await page.getByRole('button', { name: tr(lang, 'firstRun.done') }).click();
  await onScreen(page, tr(lang, 'profiles.title'));
}

/** A trainer adds a participant on the tablet. */
export async function addParticipant(page: Page, lang: Lang, who: { name: string; pin: string; code: string; avatar?: string; photo?: string }, visit: (name: string) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: tr(lang, 'profiles.add') }).click();
  await onScreen(page, tr(lang, 'profiles.newTitle'));
  await visit('add-trainer-code');
  await page.getByLabel(tr(lang, 'firstRun.trainerCode')).fill(who.code);
  await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
  await page.getByLabel(tr(lang, 'profiles.name')).fill(who.name);
  if (who.avatar) await page.getByText(who.avatar, { exact: true }).click();
  if (who.photo) {
    await page.getByLabel(tr(lang, 'profiles.photo')).setInputFiles(who.photo);
    await page.locator('.avatar-picker img.avatar-photo').waitFor();
  }
  await visit('add-name');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  // Tap the PIN on the keypad, as a participant would.
  for (const digit of who.pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await visit('add-pin');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
  await visit('add-pin-again');
  await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
  await onScreen(page, tr(lang, 'profiles.title'));
}

/** Taps a name on the grid and types the PIN. */
export async function unlock(page: Page, lang: Lang, name: string, pin: string, visit: (name: string) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await onScreen(page, tr(lang, 'unlock.title', { name }));
  await visit('unlock');
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(pin);
  await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
  await onScreen(page, tr(lang, 'home.title', { name }));
}

/** Fills in "Hoe gaat het?" from the home screen; the emotion thermometer is skipped unless given. */
export async function checkIn(page: Page, lang: Lang, answer: { mood: string; emotion?: number; craving: number; note: string }, visit: (name: string) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('link', { name: tr(lang, 'home.checkIn') }).click();
  await onScreen(page, tr(lang, 'checkIn.title'));
  await page.getByText(answer.mood, { exact: true }).click();
  await visit('checkin-mood');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.locator('.emotion-scale').waitFor();
  if (answer.emotion !== undefined) await page.locator('.emotion-scale').getByText(String(answer.emotion), { exact: true }).click();
  await visit('checkin-emotion');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.locator('.craving-scale').getByText(String(answer.craving), { exact: true }).click();
  await visit('checkin-craving');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'checkIn.note')).fill(answer.note);
  await visit('checkin-note');
  await page.getByRole('button', { name: tr(lang, 'checkIn.save') }).click();
  await page.getByRole('heading', { name: tr(lang, 'checkIn.saved') }).waitFor();
  await visit('checkin-saved');
}

/** Locks with the top bar button and waits for the profile grid. */
export async function lock(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: tr(lang, 'nav.lock') }).click();
  await onScreen(page, tr(lang, 'profiles.title'));
}

/** First run of an own phone: one profile, with or without a begeleider code; ends on the home screen. */
export async function setUpPhone(page: Page, lang: Lang, who: { name: string; pin: string; helperCode?: string }): Promise<void> {
  await onScreen(page, tr('nl', 'firstRun.title'));
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: tr(lang, 'firstRun.phone') }).click();
  await page.getByRole('heading', { name: tr(lang, 'firstRun.crisisTitle') }).waitFor();
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'profiles.name')).fill(who.name);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
  await page.getByRole('heading', { name: tr(lang, 'firstRun.helperCodeTitle') }).waitFor();
  if (who.helperCode) {
    await page.getByLabel(tr(lang, 'firstRun.helperCode'), { exact: true }).fill(who.helperCode);
    await page.getByLabel(tr(lang, 'firstRun.helperCodeAgain')).fill(who.helperCode);
    await page.getByRole('button', { name: tr(lang, 'firstRun.done') }).click();
  } else {
    await page.getByRole('button', { name: tr(lang, 'firstRun.helperCodeSkip') }).click();
  }
  await onScreen(page, tr(lang, 'home.title', { name: who.name }));
}

/** Moves inside the app without reloading (a reload locks the workbook). */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.locator('main h1').waitFor();
}

/** How many stored rows of a kind the app's database holds (records by `kind`, or every media row). */
export async function countStored(page: Page, what: { records: string } | 'media'): Promise<number> {
  return page.evaluate(async (what) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mijn-werkboek');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = what === 'media' ? 'media' : 'records';
    const rows = await new Promise<{ kind: string }[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as { kind: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return what === 'media' ? rows.length : rows.filter((row) => row.kind === what.records).length;
  }, what);
}

/** Draws a line on the screen's canvas and waits until the drawing and its answer are stored. */
export async function drawAndWaitStored(page: Page): Promise<void> {
  const [answers, media] = [await countStored(page, { records: 'answer' }), await countStored(page, 'media')];
  const canvas = page.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 40);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 + i * 20, box.y + 40 + i * 12);
  await page.mouse.up();
  await page.getByRole('img', { name: /tekening|drawing/i }).waitFor();
  // The answer (which names the drawing) is stored after the drawing itself.
  await expect.poll(() => countStored(page, 'media'), { timeout: 15_000 }).toBeGreaterThan(media);
  await expect.poll(() => countStored(page, { records: 'answer' }), { timeout: 15_000 }).toBeGreaterThan(answers);
}
