/**
 * The staff care screens in Chromium, on a group tablet: the trainer opens the staff area, writes
 * a note as begeleider, enters a SURPS profile, looks at the huiswerk and rewards pages; the
 * participant unlocks, sees the note on the home screen with who wrote it, opens the praatkaart
 * from Mijn kaarten, answers "herken je dit?", puts the note away and reads "Wat staat er over
 * mij". In Dutch and English, at phone and tablet size; axe on every screen, screenshots to look at.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { addParticipant, goInApp, lock, onScreen, setUpPhone, setUpTablet, tr, unlock, type Lang } from './app';
import { screenPath } from './content';
import { STRINGS as STAFF } from '../../src/ui/features/staff/strings';
import { STRINGS as NOTES } from '../../src/ui/features/notes/strings';
import { STRINGS as SURPS } from '../../src/ui/features/surps/strings';
import { STRINGS as CARE } from '../../src/ui/features/staffCare/strings';
import { STRINGS as ABOUT } from '../../src/ui/features/aboutMe/strings';

const CODE = 'trainer-2468';
const NAME = 'Sam';
const PIN = '1357';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe finds nothing, the page is no wider than the screen, and a screenshot is saved. */
async function check(page: Page, name: string, problems: string[]): Promise<void> {
  await page.locator('main h1').waitFor();
  const violations = await runAxe(page);
  if (violations.length) problems.push(`${name}:\n${formatViolations(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > page.viewportSize()!.width) problems.push(`${name}: page is ${width}px wide`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

it.each([
  ['nl', 'tablet', newTabletContext],
  ['nl', 'phone', newPhoneContext],
  ['en', 'tablet', newTabletContext],
  ['en', 'phone', newPhoneContext],
] as const)('trainer writes a note and a SURPS profile; the participant sees both (%s, %s)', async (lang: Lang, size, newContext) => {
  const staff = STAFF[lang];
  const notes = NOTES[lang];
  const surps = SURPS[lang];
  const care = CARE[lang];
  const about = ABOUT[lang];
  const shot = (screen: string) => `staff-care-${screen}-${lang}-${size}`;
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  await page.goto(inject('baseURL'));
  await setUpTablet(page, lang, CODE);
  await addParticipant(page, lang, { name: NAME, pin: PIN, code: CODE });

  // The participant does the homework of 1.1 (open on every tablet).
  await unlock(page, lang, NAME, PIN);
  await goInApp(page, screenPath('1.1', 'huiswerk'));
  await page.getByLabel(lang === 'nl' ? 'Wat vertel ik over mezelf?' : 'What do I tell about myself?').fill(lang === 'nl' ? 'Ik hou van vissen.' : 'I like fishing.');
  await lock(page, lang);

  // The trainer opens the staff area and the participant's page.
  await page.getByRole('button', { name: staff.entranceTablet, exact: true }).click();
  await onScreen(page, staff.codeTitleTablet);
  await page.getByLabel(staff.codeLabelTablet).fill(CODE);
  await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
  await onScreen(page, staff.homeTitle);
  await page.getByRole('link', { name: NAME }).click();
  await onScreen(page, NAME);
  await check(page, shot('participant'), problems);

  // A note, written as begeleider.
  await page.getByRole('link', { name: notes.staffLink }).click();
  await onScreen(page, notes.staffTitle(NAME));
  await page.getByText(notes.authors.begeleider, { exact: true }).click();
  await page.getByLabel(notes.name).fill('Anna');
  const noteText = lang === 'nl' ? 'Knap dat je vandaag hulp vroeg.' : 'Well done for asking for help today.';
  await page.getByRole('button', { name: notes.send }).click();
  await page.getByText(notes.needText).waitFor();
  await page.getByLabel(notes.text, { exact: true }).fill(noteText);
  await page.getByRole('button', { name: notes.send }).click();
  await page.getByText(notes.sent).waitFor();
  await page.locator('.staff-note-list').getByText(noteText).waitFor();
  await page.getByText(notes.isNew).waitFor();
  await check(page, shot('staff-note'), problems);

  // The SURPS profile: impulsivity and sensation seeking.
  await page.getByRole('button', { name: staff.back }).click();
  await page.getByRole('link', { name: surps.staffLink }).click();
  await onScreen(page, surps.staffTitle(NAME));
  await page.getByText(surps.staffNone).waitFor();
  await page.getByRole('checkbox', { name: new RegExp(`^${surps.traits.impulsivity.name}`) }).check();
  await page.getByRole('checkbox', { name: new RegExp(`^${surps.traits.sensationSeeking.name}`) }).check();
  await page.getByRole('button', { name: surps.staffSave }).click();
  await page.getByText(surps.staffSaved).waitFor();
  await page.getByText(`${surps.traits.impulsivity.name}: ${surps.staffNoAnswer}`).waitFor();
  await check(page, shot('staff-surps'), problems);

  // Huiswerk: the homework of 1.1 is done; shapes and words, no answers.
  await page.getByRole('button', { name: staff.back }).click();
  await page.getByRole('link', { name: care.homeworkLink, exact: true }).click();
  await onScreen(page, care.homeworkTitle(NAME));
  const lesson = page.locator('.homework-session').first();
  await lesson.getByText(care.count(1, 1)).waitFor();
  await lesson.getByText(care.states.done, { exact: true }).waitFor();
  expect(await page.locator('main').innerText()).not.toContain(lang === 'nl' ? 'vissen' : 'fishing');
  await check(page, shot('staff-homework'), problems);

  // Rewards: no steps yet (2.5 is not open for this participant).
  await page.getByRole('button', { name: staff.back }).click();
  await page.getByRole('link', { name: care.rewardsLink, exact: true }).click();
  await onScreen(page, care.rewardsTitle(NAME));
  await page.getByText(care.noSteps).waitFor();
  await check(page, shot('staff-rewards'), problems);
  await page.getByRole('button', { name: staff.done, exact: true }).click();
  await onScreen(page, tr(lang, 'profiles.title'));

  // The participant sees the note on the home screen, with who wrote it.
  await unlock(page, lang, NAME, PIN);
  const note = page.locator('.staff-note');
  await note.getByText(notes.from('note', 'begeleider', 'Anna'), { exact: true }).waitFor();
  await note.getByText(noteText).waitFor();
  await note.getByRole('button', { name: new RegExp(`^${tr(lang, 'nav.readAloud')}`) }).waitFor();
  await check(page, shot('home-note'), problems);

  // The praatkaart from Mijn kaarten: only the two traits the trainer chose.
  await page.getByRole('link', { name: tr(lang, 'home.cards') }).click();
  await onScreen(page, tr(lang, 'cards.title'));
  await check(page, shot('cards'), problems);
  await page.getByRole('link', { name: surps.tile }).click();
  await onScreen(page, surps.title);
  await page.getByRole('heading', { level: 2, name: surps.traits.impulsivity.name }).waitFor();
  await page.getByRole('heading', { level: 2, name: surps.traits.sensationSeeking.name }).waitFor();
  expect(await page.getByRole('heading', { level: 2, name: surps.traits.hopelessness.name }).count()).toBe(0);
  await page.getByText(surps.traits.impulsivity.helps[0]!).waitFor();
  await page.getByRole('radio', { name: surps.answers.yes }).first().check();
  await page.getByText(surps.saved, { exact: true }).waitFor();
  await check(page, shot('praatkaart'), problems);

  // Read and put away: the note leaves the home screen.
  await goInApp(page, '/werkboek');
  await page.getByRole('button', { name: new RegExp(`^${notes.putAway}`) }).click();
  await expect.poll(() => page.locator('.staff-note').count()).toBe(0);

  // What is stored about me: read from the database.
  await goInApp(page, '/mijn-kaarten');
  await page.getByRole('button', { name: about.link }).click();
  await onScreen(page, about.title);
  await page.getByRole('heading', { level: 2, name: about.groups.notes }).waitFor();
  await page.getByRole('heading', { level: 2, name: about.groups.surps }).waitFor();
  await page.getByText(about.kinds['staff-note']!(1), { exact: true }).waitFor();
  await page.getByText(new RegExp(`${about.session('1.1', '').trim()}.*: ${about.kinds.answer!(1)}`)).first().waitFor();
  await check(page, shot('about-me'), problems);

  await context.close();
  expect(problems.join('\n\n')).toBe('');
});

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('a begeleider at home confirms a reward on the participant’s own phone (nl, %s)', async (size, newContext) => {
  const staff = STAFF.nl;
  const care = CARE.nl;
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: NAME, pin: PIN, helperCode: CODE });

  // The participant writes a goal and a step with its reward in 2.5, and ticks it done.
  await goInApp(page, screenPath('2.5', 'stappen'));
  await page.getByLabel('Mijn doel', { exact: true }).fill('Minder blowen');
  await page.getByLabel('Wat ga je doen?').first().fill('Een dag niet blowen');
  await page.getByLabel('Mijn beloning').first().fill('Patat halen');
  await goInApp(page, '/doelen');
  await page.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }).check();
  await page.getByText('Goed gedaan! Je hebt je beloning verdiend: Patat halen.').waitFor();

  // The begeleider opens the staff area with their code: on a phone it is this participant's page.
  await goInApp(page, '/staf');
  await onScreen(page, staff.codeTitlePhone);
  await page.getByLabel(staff.codeLabelPhone).fill(CODE);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, NAME);
  await page.getByRole('link', { name: care.rewardsLink, exact: true }).click();
  await onScreen(page, care.rewardsTitle(NAME));
  await page.getByText('Minder blowen').waitFor();
  await page.getByText(care.stepDone).waitFor();
  await page.getByLabel(care.yourName).fill('Anna');
  await page.getByRole('button', { name: new RegExp(`^${care.confirm}`) }).click();
  await page.getByText(/^Beloning gegeven\. Anna zette dit op /).waitFor();
  await check(page, `staff-care-staff-rewards-confirmed-nl-${size}`, problems);

  // The huiswerk view is the same for the begeleider at home.
  await page.getByRole('button', { name: staff.back }).click();
  await page.getByRole('link', { name: care.homeworkLink, exact: true }).click();
  await onScreen(page, care.homeworkTitle(NAME));
  await page.locator('.homework-session').first().waitFor();
  await check(page, `staff-care-staff-homework-phone-device-nl-${size}`, problems);

  // Back to the participant: the goals page shows the begeleider's confirmation.
  await page.getByRole('button', { name: staff.done, exact: true }).click();
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill(PIN);
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: NAME }));
  await goInApp(page, '/doelen');
  await page.getByText(/^Beloning gekregen\. Anna zette dit op /).waitFor();

  await context.close();
  expect(problems.join('\n\n')).toBe('');
});
