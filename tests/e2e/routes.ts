/**
 * THE TABLE OF EVERY ROUTE of the app, for the systematic accessibility suite
 * (tests/e2e/every-route.test.ts). When you add a screen, add a row here: the suite then checks
 * it in Dutch and English, at phone and tablet size, at normal and extra large text and in high
 * contrast (axe WCAG 2.2 AA, target sizes, visible words on icon buttons, SOS and Voorlezen in
 * their place, html[lang], no sideways scrolling at 320 px) and saves screenshots.
 *
 * A row says where the screen lives (`path`, as in src/ui/Routes.tsx), in which state it is
 * reached (`locked`: device set up, nobody unlocked; `unlocked`: participant Ali is unlocked),
 * and optionally how to reach it (`reach`, default: move there in the app with goInApp) and
 * what to do once there before checking (`setup`, e.g. open a dialog or a second step).
 * Rows run in table order within their state; `locked` rows run before Ali unlocks.
 * The first-run screens (/welkom) and adding a participant (/nieuw) are checked at each step
 * of the set-up flow itself (setUpTablet / addParticipant in app.ts).
 */
import type { Page } from 'playwright-core';
import { goInApp, onScreen, tr, type Lang } from './app';
import { STRINGS as STAFF } from '../../src/ui/features/staff/strings';
import { STRINGS as CHOICE } from '../../src/ui/exercises/strings.choice';
import { STRINGS as RANKING } from '../../src/ui/exercises/strings.ranking';

/** What a row's reach and setup get to work with. */
export interface RouteContext {
  page: Page;
  lang: Lang;
  /** The participant on the tablet; unlocked in `unlocked` rows. */
  participant: { name: string; pin: string };
  trainerCode: string;
}

/** One screen to check. */
export interface RouteRow {
  /** Unique, short; used for screenshots and reports. */
  name: string;
  /** The route, as in Routes.tsx (with real values for parameters). */
  path: string;
  state: 'locked' | 'unlocked';
  /** How to get there; default goInApp(page, path). Must end with the screen shown. */
  reach?: (ctx: RouteContext) => Promise<void>;
  /** What to do on the screen before it is checked (open a dialog, go to a later step). */
  setup?: (ctx: RouteContext) => Promise<void>;
}

const lessonScreen = async ({ page }: RouteContext) => {
  await page.locator('article.session-screen').waitFor();
};

/** Lesson screens of these sessions are checked too (a list, pairs, a ranking and steps); the first session is always open. */
const RELEASED = ['1.3', '1.4', '1.7', '2.5'];

/** On the participant's release page: opens the sessions above, each saved before the next. */
const releaseSessions = async ({ page, lang }: RouteContext) => {
  for (const session of RELEASED) {
    const item = page.locator('label.release-item').filter({ has: page.locator('.session-number', { hasText: new RegExp(`^${session.replace('.', '\\.')}$`) }) });
    await item.getByRole('checkbox').check();
    await item.locator('.release-state', { hasText: STAFF[lang].stateOpen }).waitFor();
  }
  // Ticking scrolled the page; the page is checked from its top, as every other row is.
  await page.evaluate(() => window.scrollTo(0, 0));
};

/** A lesson screen, after adding one item of the participant's own (its recorder shows then). */
const lessonScreenAdding = (label: (lang: Lang) => string) => async (ctx: RouteContext) => {
  await lessonScreen(ctx);
  await ctx.page.getByRole('button', { name: label(ctx.lang) }).click();
  await ctx.page.locator('.voice').first().waitFor();
};

const toStaffHome = async ({ page, lang, trainerCode }: RouteContext) => {
  await goInApp(page, '/staf');
  // The staff session of an earlier row may still be open: then the code is not asked again.
  const home = page.getByRole('heading', { level: 1, name: STAFF[lang].homeTitle });
  const code = page.getByLabel(STAFF[lang].codeLabelTablet);
  await home.or(code).first().waitFor();
  if (await home.isVisible()) return;
  await code.fill(trainerCode);
  await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
  await home.waitFor();
};

const toStaffParticipant = async (ctx: RouteContext) => {
  await toStaffHome(ctx);
  await ctx.page.getByRole('link', { name: ctx.participant.name, exact: true }).click();
  await onScreen(ctx.page, ctx.participant.name);
};

/** From the participant's staff page, follows the link with this label. */
const toStaffPage = (label: (lang: Lang) => string) => async (ctx: RouteContext) => {
  await toStaffParticipant(ctx);
  await ctx.page.getByRole('link', { name: label(ctx.lang) }).or(ctx.page.getByRole('button', { name: label(ctx.lang) })).first().click();
  await ctx.page.getByRole('heading', { level: 1 }).waitFor();
};

const toUnlock = async ({ page, lang, participant }: RouteContext) => {
  await goInApp(page, '/');
  await page.getByRole('button', { name: participant.name, exact: true }).click();
  await onScreen(page, tr(lang, 'unlock.title', { name: participant.name }));
};

/** Every route, in the order the suite visits them. */
export const ROUTES: RouteRow[] = [
  // Locked: the device is set up, nobody is unlocked.
  { name: 'profiles', path: '/', state: 'locked' },
  {
    name: 'unlock',
    path: '/ontgrendel/:id',
    state: 'locked',
    reach: toUnlock,
  },
  {
    name: 'unlock-trainer',
    path: '/ontgrendel/:id',
    state: 'locked',
    reach: toUnlock,
    setup: async ({ page, lang }) => {
      await page.getByRole('button', { name: tr(lang, 'unlock.help') }).click();
      await page.getByLabel(tr(lang, 'firstRun.trainerCode')).waitFor();
    },
  },
  { name: 'crisis', path: '/hulp', state: 'locked' },
  { name: 'settings-locked', path: '/instellingen', state: 'locked' },
  { name: 'not-found-locked', path: '/bestaat-niet', state: 'locked' },
  { name: 'restore', path: '/terugzetten', state: 'locked' },
  { name: 'join', path: '/koppel', state: 'locked' },
  { name: 'staff-code', path: '/staf', state: 'locked' },
  { name: 'staff-home', path: '/staf', state: 'locked', reach: toStaffHome },
  { name: 'staff-participant', path: '/staf/deelnemer/:id', state: 'locked', reach: toStaffParticipant },
  { name: 'staff-lessons', path: '/staf/deelnemer/:id/lessen', state: 'locked', reach: toStaffPage((lang) => STAFF[lang].releaseOne), setup: releaseSessions },

  // Unlocked: participant Ali is unlocked.
  { name: 'home', path: '/werkboek', state: 'unlocked' },
  { name: 'workbook', path: '/mijn-werkboek', state: 'unlocked' },
  { name: 'lesson-check-in', path: '/les/1.1/1', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-info', path: '/les/1.1/2', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-choice', path: '/les/1.1/6', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-text', path: '/les/1.1/9', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-choice-own', path: '/les/1.1/6', state: 'unlocked', setup: lessonScreenAdding((lang) => CHOICE[lang].other) },
  { name: 'lesson-ranking', path: '/les/1.3/8', state: 'unlocked', setup: lessonScreenAdding((lang) => RANKING[lang].add) },
  { name: 'lesson-pairs', path: '/les/1.4/8', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-list', path: '/les/1.7/9', state: 'unlocked', setup: lessonScreen },
  { name: 'lesson-steps', path: '/les/2.5/7', state: 'unlocked', setup: lessonScreen },
  { name: 'check-in', path: '/hoe-gaat-het', state: 'unlocked' },
  {
    name: 'check-in-note',
    path: '/hoe-gaat-het',
    state: 'unlocked',
    setup: async ({ page, lang }) => {
      // Mood, thermometer, craving, then the note: the step with a text answer and a recorder.
      await page.getByText(tr(lang, 'mood.4'), { exact: true }).click();
      await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
      await page.locator('.emotion-scale').waitFor();
      await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
      await page.locator('.craving-scale').getByText('3', { exact: true }).click();
      await page.getByRole('button', { name: tr(lang, 'nav.next') }).click();
      await page.getByLabel(tr(lang, 'checkIn.note')).waitFor();
    },
  },
  { name: 'breathing', path: '/ademen', state: 'unlocked' },
  { name: 'days', path: '/mijn-dagen', state: 'unlocked' },
  { name: 'cards', path: '/mijn-kaarten', state: 'unlocked' },
  { name: 'sos-card', path: '/sos', state: 'unlocked' },
  { name: 'relapse-card', path: '/terugvalkaart', state: 'unlocked' },
  { name: 'strength-thoughts', path: '/kracht-gedachten', state: 'unlocked' },
  { name: 'certificate', path: '/certificaat', state: 'unlocked' },
  { name: 'goals', path: '/doelen', state: 'unlocked' },
  { name: 'journey', path: '/mijn-reis', state: 'unlocked' },
  { name: 'settings', path: '/instellingen', state: 'unlocked' },
  { name: 'backup', path: '/reservekopie', state: 'unlocked' },
  { name: 'sync', path: '/ook-op-telefoon', state: 'unlocked' },
  { name: 'talk-card', path: '/praatkaart', state: 'unlocked' },
  { name: 'about-me', path: '/over-mij', state: 'unlocked' },
  { name: 'crisis-unlocked', path: '/hulp', state: 'unlocked' },
  { name: 'not-found', path: '/bestaat-niet', state: 'unlocked' },
  {
    name: 'no-voice',
    path: '/werkboek',
    state: 'unlocked',
    // Chromium here has no voice: Voorlezen explains how to add one.
    setup: async ({ page, lang }) => {
      await page.getByRole('button', { name: tr(lang, 'nav.readAloud') }).click();
      await page.getByRole('dialog').waitFor();
      // However long the dialog is, it opens at its title, inside the screen.
      const titleShown = () => {
        const title = document.querySelector('dialog[open] h2');
        const dialog = title?.closest('dialog');
        if (!title || !dialog) return false;
        const [t, d] = [title.getBoundingClientRect(), dialog.getBoundingClientRect()];
        return t.top >= d.top && t.bottom <= Math.min(d.bottom, innerHeight) && d.bottom <= innerHeight;
      };
      await page.waitForFunction(titleShown, null, { timeout: 5_000 }).catch(() => {
        throw new Error('the no-voice dialog does not open at its title within the screen');
      });
    },
  },
];
