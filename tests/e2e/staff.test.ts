/**
 * The staff area: the trainer on a group tablet opens sessions, manages participants and
 * settings; the begeleider on an own phone sees only that one participant. Every staff screen
 * is checked with axe-core in Dutch and English at phone and tablet size, with a screenshot.
 */
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { goInApp, onScreen, setUpPhone, setUpTablet, tr, type Lang } from './app';
import { STRINGS } from '../../src/ui/features/staff/strings';

const CODE = 'trainer-42';
const SIZES = { phone: newPhoneContext, tablet: newTabletContext } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From the grid (or the phone's lock screen): the staff button, then the code. */
async function openStaffArea(page: Page, lang: Lang, code = CODE, visit?: (name: string) => Promise<void>): Promise<void> {
  const s = STRINGS[lang];
  await page.getByRole('button', { name: s.entranceTablet, exact: true }).click();
  await onScreen(page, s.codeTitleTablet);
  await visit?.('staff-code');
  await page.getByLabel(s.codeLabelTablet).fill(code);
  await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
  await onScreen(page, s.homeTitle);
}

/** In the staff area: adds a participant with the usual steps; ends on their staff page. */
async function staffAdds(page: Page, lang: Lang, name: string, pin: string, visit?: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: STRINGS[lang].add }).click();
  await onScreen(page, tr(lang, 'profiles.newTitle'));
  await page.getByLabel(tr(lang, 'profiles.name')).fill(name);
  await visit?.('staff-add');
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(pin);
  await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
  await page.getByRole('heading', { name: tr(lang, 'profiles.pinAgainTitle') }).waitFor();
  await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(pin);
  await page.getByRole('button', { name: tr(lang, 'profiles.save') }).click();
  await onScreen(page, name);
}

/** "Klaar": the staff session closes and the grid is back. */
async function done(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: STRINGS[lang].done, exact: true }).click();
  await onScreen(page, tr(lang, 'profiles.title'));
}

/** Unlocks from the grid with a PIN and returns the session numbers that are open in Mijn werkboek. */
async function openSessionsSeenBy(page: Page, name: string, pin: string): Promise<string[]> {
  await page.getByRole('button', { name, exact: true }).click();
  await onScreen(page, tr('nl', 'unlock.title', { name }));
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill(pin);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name }));
  await page.getByRole('link', { name: tr('nl', 'home.workbook') }).click();
  await onScreen(page, tr('nl', 'workbook.title'));
  const open = await page.locator('a.session-tile .session-number').allTextContents();
  await page.getByRole('button', { name: tr('nl', 'nav.lock') }).click();
  await onScreen(page, tr('nl', 'profiles.title'));
  return open;
}

/** Ticks one session in a release checklist and waits until it is saved. */
async function tick(page: Page, session: string, state: string, lang: Lang = 'nl'): Promise<void> {
  const item = page.locator('label.release-item').filter({ has: page.locator('.session-number', { hasText: new RegExp(`^${session.replace('.', '\\.')}$`) }) });
  await item.getByRole('checkbox').check();
  await item.locator('.release-state', { hasText: state }).waitFor();
  await page.getByRole('status').filter({ hasText: STRINGS[lang].saved }).waitFor();
}

it('on a tablet the trainer opens sessions per group and per person, and manages participants', async () => {
  const s = STRINGS.nl;
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'staff-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpTablet(page, 'nl', CODE);

  // A wrong code keeps the area closed.
  await page.getByRole('button', { name: s.entranceTablet, exact: true }).click();
  await page.getByLabel(s.codeLabelTablet).fill('niet-goed');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await page.getByRole('alert').filter({ hasText: tr('nl', 'code.wrong') }).waitFor();
  await goInApp(page, '/');
  await openStaffArea(page, 'nl');

  await staffAdds(page, 'nl', 'Sam', '1111');
  await page.getByRole('button', { name: s.back, exact: true }).click();
  await onScreen(page, s.homeTitle);
  await staffAdds(page, 'nl', 'Kim', '2222');
  await page.getByRole('button', { name: s.back, exact: true }).click();

  // 1.2 for the whole group.
  await page.getByRole('button', { name: s.groupRelease }).click();
  await onScreen(page, s.groupReleaseTitle);
  await tick(page, '1.2', s.stateOpenForAll);
  await page.getByRole('button', { name: s.back, exact: true }).click();

  // 1.3 only for Sam; the group page then says it is open for 1 of 2.
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await onScreen(page, 'Sam');
  await page.getByRole('link', { name: s.releaseOne }).click();
  await onScreen(page, s.releaseTitle('Sam'));
  await tick(page, '1.3', s.stateOpen);
  await goInApp(page, '/staf/lessen/middelengebruik');
  await page.locator('label.release-item', { hasText: s.stateOpenForSome(1, 2) }).waitFor();
  await done(page, 'nl');

  expect(await openSessionsSeenBy(page, 'Sam', '1111')).toEqual(['1.1', '1.2', '1.3']);
  expect(await openSessionsSeenBy(page, 'Kim', '2222')).toEqual(['1.1', '1.2']);

  // Reset Sam's PIN, rename Kim, archive Kim, add and delete a third participant.
  await openStaffArea(page, 'nl');
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await page.getByRole('link', { name: s.pinReset }).click();
  await onScreen(page, s.pinTitle('Sam'));
  await page.getByLabel(s.pinLabel, { exact: true }).fill('9090');
  await page.getByRole('button', { name: s.next }).click();
  await page.getByText(s.pinAgainIntro).waitFor();
  await page.getByLabel(s.pinLabel, { exact: true }).fill('9090');
  await page.getByRole('button', { name: s.save }).click();
  await page.getByRole('status').filter({ hasText: s.pinDone('Sam') }).waitFor();
  await page.getByRole('button', { name: s.back, exact: true }).click();
  await page.getByRole('button', { name: s.back, exact: true }).click();

  await page.getByRole('link', { name: 'Kim', exact: true }).click();
  await page.getByRole('link', { name: s.nameAndPicture }).click();
  await onScreen(page, s.nameTitle);
  await page.getByLabel(s.name, { exact: true }).fill('Kimberly');
  await page.getByRole('button', { name: s.save }).click();
  await onScreen(page, 'Kimberly');
  await page.getByRole('link', { name: s.archive }).click();
  await onScreen(page, s.archiveTitle('Kimberly'));
  await page.getByRole('button', { name: s.archiveYes }).click();
  await onScreen(page, s.homeTitle);
  await page.getByRole('list', { name: s.archived }).getByRole('link', { name: 'Kimberly' }).waitFor();

  await staffAdds(page, 'nl', 'Tijdelijk', '3333');
  await page.getByRole('link', { name: s.remove }).click();
  await onScreen(page, s.removeTitle('Tijdelijk'));
  await page.getByRole('button', { name: s.removeYes }).click();
  await onScreen(page, s.removeSureTitle);
  await page.getByRole('button', { name: s.removeSureYes('Tijdelijk') }).click();
  await onScreen(page, s.removed('Tijdelijk'));
  await page.getByRole('button', { name: s.back, exact: true }).click();
  await onScreen(page, s.homeTitle);
  expect(await page.getByRole('link', { name: 'Tijdelijk' }).count()).toBe(0);
  await done(page, 'nl');

  // The grid: Sam only (Kimberly archived, Tijdelijk gone). The old PIN fails, the new one opens.
  await expect.poll(() => page.locator('.profile-tile').allTextContents()).toEqual(['Sam']);
  await page.getByRole('button', { name: 'Sam', exact: true }).click();
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('1111');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await page.getByRole('alert').filter({ hasText: tr('nl', 'unlock.wrong') }).waitFor();
  await goInApp(page, '/');
  expect(await openSessionsSeenBy(page, 'Sam', '9090')).toEqual(['1.1', '1.2', '1.3']);

  // Restore Kimberly; she is back on the grid with her sessions.
  await openStaffArea(page, 'nl');
  await page.getByRole('list', { name: s.archived }).getByRole('link', { name: 'Kimberly' }).click();
  await page.getByRole('button', { name: s.restore }).click();
  await page.getByRole('status').filter({ hasText: s.restored('Kimberly') }).waitFor();

  // Open Sam's workbook on purpose: a banner says staff is looking; closing it returns here.
  await goInApp(page, '/staf');
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await page.getByRole('button', { name: s.openWorkbook('Sam') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
  await page.getByText(s.viewing('Sam')).waitFor();
  await page.getByRole('button', { name: s.closeWorkbook }).click();
  await onScreen(page, 'Sam');
  // The print buttons open the card itself in the workbook, with the banner.
  await page.getByRole('button', { name: s.printSos }).click();
  await onScreen(page, 'Mijn SOS-kaart');
  await page.getByText(s.viewing('Sam')).waitFor();
  await page.getByRole('button', { name: s.closeWorkbook }).click();
  await onScreen(page, 'Sam');
  await done(page, 'nl');
  expect(await openSessionsSeenBy(page, 'Kimberly', '2222')).toEqual(['1.1', '1.2']);
  await context.close();
});

it('the trainer changes the code and settings; leaving the staff area closes it', async () => {
  const s = STRINGS.nl;
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'staff-settings-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpTablet(page, 'nl', CODE);
  await openStaffArea(page, 'nl');
  await page.getByRole('button', { name: s.settings }).click();
  await onScreen(page, s.settingsTitle);
  await page.getByRole('button', { name: s.change }).first().click();
  await onScreen(page, s.organisation);
  await page.getByLabel(tr('nl', 'firstRun.organisation')).fill('Kliniek De Linde');
  await page.getByRole('button', { name: s.save }).click();
  await onScreen(page, s.settingsTitle);
  await page.getByText('Kliniek De Linde').waitFor();

  await page.getByRole('button', { name: s.codeChange }).click();
  await onScreen(page, s.codeChange);
  await page.getByLabel(s.oldCode).fill(CODE);
  await page.getByLabel(s.newCode, { exact: true }).fill('nieuwe-code');
  await page.getByLabel(s.newCodeAgain).fill('nieuwe-code');
  await page.getByRole('button', { name: s.save }).click();
  await page.getByRole('status').filter({ hasText: s.codeChanged }).waitFor();
  await done(page, 'nl');

  // The old code no longer opens it; the new one does. The code is nowhere in storage.
  await page.getByRole('button', { name: s.entranceTablet, exact: true }).click();
  await page.getByLabel(s.codeLabelTablet).fill(CODE);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await page.getByRole('alert').filter({ hasText: tr('nl', 'code.wrong') }).waitFor();
  await page.getByLabel(s.codeLabelTablet).fill('nieuwe-code');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, s.homeTitle);
  const stored = await page.evaluate(async () => {
    const request = indexedDB.open('mijn-werkboek');
    const idb = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const rows = await new Promise<unknown[]>((resolve) => {
      const all = idb.transaction('device').objectStore('device').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    idb.close();
    return JSON.stringify(rows, (_, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
  });
  expect(stored).not.toContain('nieuwe-code');
  expect(stored).not.toContain(CODE);

  // Leaving the staff area (the crisis page keeps it; the start screen ends it).
  await goInApp(page, '/hulp');
  await goInApp(page, '/staf');
  await onScreen(page, s.homeTitle);
  await goInApp(page, '/');
  await goInApp(page, '/staf');
  await onScreen(page, s.codeTitleTablet);
  await context.close();
});

it('the staff session closes itself after the idle time and when the tablet app is hidden', async () => {
  const s = STRINGS.nl;
  const context = await newTabletContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'staff-lock-failure').then(() => undefined));
  await page.clock.install();
  await page.goto(inject('baseURL'));
  await setUpTablet(page, 'nl', CODE);
  await openStaffArea(page, 'nl');
  await page.clock.fastForward('04:50');
  await onScreen(page, s.homeTitle);
  await page.clock.fastForward('00:20');
  await onScreen(page, tr('nl', 'profiles.title'));
  await goInApp(page, '/staf');
  await onScreen(page, s.codeTitleTablet);

  await page.getByLabel(s.codeLabelTablet).fill(CODE);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, s.homeTitle);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await onScreen(page, tr('nl', 'profiles.title'));
  await goInApp(page, '/staf');
  await onScreen(page, s.codeTitleTablet);
  await context.close();
});

it('on an own phone the begeleider opens the staff area from the lock screen and sees only that participant', async () => {
  const s = STRINGS.nl;
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'staff-phone-failure').then(() => undefined));
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '4321', helperCode: 'begeleider-1' });
  await page.getByRole('button', { name: tr('nl', 'nav.lock') }).click();
  await onScreen(page, tr('nl', 'unlock.title', { name: 'Sam' }));
  await page.getByRole('button', { name: s.entrancePhone, exact: true }).click();
  await onScreen(page, s.codeTitlePhone);
  await page.getByLabel(s.codeLabelPhone).fill('begeleider-1');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, 'Sam');
  expect(await page.getByRole('link', { name: s.releaseOne }).count()).toBe(0);
  expect(await page.getByRole('link', { name: s.remove }).count()).toBe(0);
  await page.getByRole('link', { name: s.pinReset }).click();
  await page.getByLabel(s.pinLabel, { exact: true }).fill('5555');
  await page.getByRole('button', { name: s.next }).click();
  await page.getByText(s.pinAgainIntro).waitFor();
  await page.getByLabel(s.pinLabel, { exact: true }).fill('5555');
  await page.getByRole('button', { name: s.save }).click();
  await page.getByRole('status').filter({ hasText: s.pinDone('Sam') }).waitFor();
  await page.getByRole('button', { name: s.done, exact: true }).click();
  await onScreen(page, tr('nl', 'unlock.title', { name: 'Sam' }));
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('5555');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Sam' }));
  await context.close();
});

/** Runs axe and takes a screenshot of the current staff screen. */
function checker(page: Page, label: string, problems: string[], seen: string[]) {
  return async (screen: string) => {
    await page.waitForTimeout(50); // let focus moves and live regions settle
    seen.push(screen);
    const violations = await runAxe(page);
    if (violations.length) problems.push(`${screen}:\n${formatViolations(violations)}`);
    const widths = await page.evaluate((): [number, number] => [document.documentElement.scrollWidth, window.innerWidth]);
    if (widths[0] > widths[1]) problems.push(`${screen}: ${widths[0]}px wide on a ${widths[1]}px screen`);
    await screenshot(page, `staff-${label}-${screen}`);
  };
}

describe.each(['nl', 'en'] as const)('every staff screen in %s', (lang: Lang) => {
  it.each(['phone', 'tablet'] as const)('at %s size has no axe violations', async (size) => {
    const s = STRINGS[lang];
    const context = await SIZES[size](browser);
    const page = await context.newPage();
    const problems: string[] = [];
    const seen: string[] = [];
    const visit = checker(page, `${lang}-${size}`, problems, seen);
    await page.goto(inject('baseURL'));
    await setUpTablet(page, lang, CODE);
    await visit('grid');
    await openStaffArea(page, lang, CODE, visit);
    await visit('home-empty');
    await staffAdds(page, lang, 'Sam', '1111', visit);
    await visit('participant');
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    for (const [path, title] of [
      ['lessen', s.releaseTitle('Sam')],
      ['naam', s.nameTitle],
      ['pincode', s.pinTitle('Sam')],
      ['archiveren', s.archiveTitle('Sam')],
      ['verwijderen', s.removeTitle('Sam')],
    ] as const) {
      await goInApp(page, `/staf/deelnemer/${id}/${path}`);
      await onScreen(page, title);
      await visit(path);
    }
    await page.getByRole('button', { name: s.removeYes }).click();
    await onScreen(page, s.removeSureTitle);
    await visit('delete-sure');
    await goInApp(page, `/staf/deelnemer/${id}/lessen`);
    await tick(page, '1.2', s.stateOpen, lang);
    await visit('lessen-saved');
    await goInApp(page, '/staf/lessen/middelengebruik');
    await visit('group');
    await goInApp(page, '/staf');
    await visit('home');
    for (const [path, title] of [
      ['/staf/instellingen', s.settingsTitle],
      ['/staf/instellingen/organisatie', s.organisation],
      ['/staf/instellingen/crisis', s.crisisNumbers],
      ['/staf/instellingen/code', s.codeChange],
    ] as const) {
      await goInApp(page, path);
      await onScreen(page, title);
      await visit(path.replaceAll('/', '-').slice(1));
    }
    await goInApp(page, `/staf/deelnemer/${id}`);
    await page.getByRole('button', { name: s.openWorkbook('Sam') }).click();
    await onScreen(page, tr(lang, 'home.title', { name: 'Sam' }));
    await visit('viewing');
    await page.getByRole('button', { name: s.closeWorkbook }).click();
    await onScreen(page, 'Sam');
    expect(problems.join('\n\n')).toBe('');
    expect(seen.length).toBe(19);
    await context.close();
  });
});
