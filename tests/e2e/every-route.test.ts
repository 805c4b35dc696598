/**
 * Every route of tests/e2e/routes.ts, in Dutch and English, at 390×844 and 1024×768, at normal
 * and extra large text, and a high-contrast pass: on each screen axe-core (WCAG 2.2 AA) finds
 * nothing, every target is at least 44×44 px, every button or link with a pictogram shows a
 * word, SOS and Voorlezen sit where they sat on the first screen, html[lang] is the language,
 * there is one banner, one main and one h1 with no skipped heading level,
 * a route change puts focus on the new heading, and nothing scrolls sideways, neither at the
 * screen's own width nor at 320 px wide.
 * A full-page screenshot of each screen goes to tests/.output/screenshots/route-….png.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { addParticipant, goInApp, onScreen, setUpTablet, tr, unlock, type Lang } from './app';
import { ROUTES, type RouteContext, type RouteRow } from './routes';
import { STRINGS as SETTINGS } from '../../src/ui/features/settings/strings';

const CODE = 'trainer-42';
const PARTICIPANT = { name: 'Ali', pin: '1234' };
const MIN_TARGET_PX = 44;
const NARROW_PX = 320;

type Size = 'phone' | 'tablet';
type TextSize = 'normal' | 'extraLarge';
type Contrast = 'normal' | 'high';
interface Combo {
  lang: Lang;
  size: Size;
  text: TextSize;
  contrast: Contrast;
}

const COMBOS: Combo[] = [
  ...(['nl', 'en'] as const).flatMap((lang) =>
    (['phone', 'tablet'] as const).flatMap((size) => (['normal', 'extraLarge'] as const).map((text) => ({ lang, size, text, contrast: 'normal' as const }))),
  ),
  // High contrast, where colour contrast matters most, together with the largest text.
  { lang: 'nl', size: 'phone', text: 'extraLarge', contrast: 'high' },
  { lang: 'nl', size: 'tablet', text: 'extraLarge', contrast: 'high' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Target sizes and visible words, measured in the page. */
function measureTargets(minPx: number): string[] {
  const describe = (element: Element) => {
    const word = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}> "${word || element.getAttribute('aria-label') || ''}"`;
  };
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
  };
  const problems: string[] = [];
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  for (const element of Array.from(document.querySelectorAll(selector))) {
    if (element.closest('[hidden], [aria-hidden="true"], .skip-link')) continue;
    // A visually hidden radio, checkbox or file input is tapped through the label around it.
    const hiddenInput = element instanceof HTMLInputElement && !shown(element);
    const target = hiddenInput ? element.closest('label') : element;
    if (!target || !shown(target)) continue;
    const box = target.getBoundingClientRect();
    if (box.width < minPx - 0.5 || box.height < minPx - 0.5) problems.push(`target ${describe(target)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
  }
  for (const element of Array.from(document.querySelectorAll('button, a[href], [role="button"]'))) {
    if (!element.querySelector('svg') || !shown(element) || element.closest('[aria-hidden="true"]')) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let visibleWord = false;
    for (let node = walker.nextNode(); node && !visibleWord; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/\p{L}|\p{N}/u.test(node.textContent ?? '')) continue;
      if (parent.closest('svg, .sr-only, [aria-hidden="true"]')) continue;
      visibleWord = shown(parent);
    }
    if (!visibleWord) problems.push(`pictogram without a visible word: ${describe(element)}`);
  }
  return problems;
}

/** Landmarks and headings as a screen reader user meets them: one banner, one main, one h1, no skipped level. */
function measureStructure(): string[] {
  const problems: string[] = [];
  const count = (selector: string) => document.querySelectorAll(selector).length;
  if (count('header.topbar') !== 1 || count('header nav') !== 1) problems.push('the top bar (banner with navigation) is missing');
  if (count('main') !== 1) problems.push(`${count('main')} main landmarks`);
  const headings = Array.from(document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main h4')).filter(
    (h) => !h.closest('[hidden], [aria-hidden="true"], dialog:not([open])') && h.getClientRects().length > 0,
  );
  const h1s = headings.filter((h) => h.tagName === 'H1').length;
  if (h1s !== 1) problems.push(`${h1s} h1 headings in main`);
  let level = 0;
  for (const heading of headings) {
    const next = Number(heading.tagName[1]);
    if (next > level + 1) problems.push(`heading level skipped: h${next} "${heading.textContent?.trim().slice(0, 40)}" after h${level}`);
    level = next;
  }
  return problems;
}

/** Where SOS and Voorlezen are, with the page scrolled to the top. */
async function topBarPlaces(page: Page, lang: Lang): Promise<Record<string, Box | null>> {
  await page.evaluate(() => scrollTo(0, 0));
  const place = async (name: string) => {
    const button = page.locator('header.topbar').getByRole('button', { name, exact: true });
    return (await button.count()) === 1 ? button.boundingBox() : null;
  };
  return { sos: await place(tr(lang, 'nav.sos')), readAloud: await place(tr(lang, 'nav.readAloud')) };
}

const samePlace = (a: Box | null, b: Box | null) => a !== null && b !== null && Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;

/** All checks on the current screen; problems are collected, not thrown, so one run reports everything. */
function checker(page: Page, combo: Combo, problems: string[], seen: string[]) {
  const label = `${combo.lang}-${combo.size}-${combo.text}-${combo.contrast}`;
  let firstPlaces: Record<string, Box | null> | undefined;
  return async (screen: string) => {
    seen.push(screen);
    const report = (problem: string) => problems.push(`${screen}: ${problem}`);
    // Fonts, lazily loaded parts and focus moves settle within a frame or two.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const violations = await runAxe(page);
    if (violations.length) report(`axe\n${formatViolations(violations)}`);
    for (const problem of await page.evaluate(measureTargets, MIN_TARGET_PX)) report(problem);
    for (const problem of await page.evaluate(measureStructure)) report(problem);
    const lang = await page.getAttribute('html', 'lang');
    if (lang !== combo.lang) report(`html[lang] is ${lang}`);
    const places = await topBarPlaces(page, combo.lang);
    if (!places.sos || !places.readAloud) report('SOS or Voorlezen is missing from the top bar');
    firstPlaces ??= places;
    if (!samePlace(places.sos, firstPlaces.sos)) report(`SOS moved: ${JSON.stringify(places.sos)} (first ${JSON.stringify(firstPlaces.sos)})`);
    if (!samePlace(places.readAloud, firstPlaces.readAloud)) report(`Voorlezen moved: ${JSON.stringify(places.readAloud)}`);
    await screenshot(page, `route-${label}-${screen}`);
    // At the screen's own width nothing may need sideways scrolling either: a grid whose columns
    // do not grow with the text can be too wide at 390 px and yet fit at 320 px.
    const viewport = page.viewportSize()!;
    const own = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (own.scroll > own.client) report(`${own.scroll} px wide at ${viewport.width} px`);
    // The same screen at 320 px wide: nothing may need sideways scrolling.
    await page.setViewportSize({ width: NARROW_PX, height: viewport.height });
    // Charts measure their box and redraw after a resize: give the layout a moment to settle.
    const fits = await page
      .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, null, { timeout: 3_000 })
      .then(() => true, () => false);
    if (!fits) report(`${await page.evaluate(() => document.documentElement.scrollWidth)} px wide at ${NARROW_PX} px`);
    await page.setViewportSize(viewport);
  };
}

/** Waits until focus is on the heading of the new screen (or on what the screen asks to focus). */
async function focusOnHeading(page: Page): Promise<string | null> {
  try {
    await page.waitForFunction(() => document.activeElement?.matches('main h1, main [data-autofocus]') === true, null, { timeout: 5_000 });
    return null;
  } catch {
    return `focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing')}, not on the heading`;
  }
}

async function choose(page: Page, word: string): Promise<void> {
  const choice = page.locator('label.choice').filter({ hasText: word });
  await choice.click();
  await page.locator('label.choice.is-chosen').filter({ hasText: word }).waitFor();
}

const comboName = (c: Combo) => `${c.lang} ${c.size} ${c.text} text ${c.contrast} contrast`;

it.each(COMBOS.map((combo) => [comboName(combo), combo] as const))('every route: %s', async (_name, combo) => {
  const context = await (combo.size === 'phone' ? newPhoneContext : newTabletContext)(browser);
  const page = await context.newPage();
  const problems: string[] = [];
  const seen: string[] = [];
  const check = checker(page, combo, problems, seen);
  const ctx: RouteContext = { page, lang: combo.lang, participant: PARTICIPANT, trainerCode: CODE };

  await page.goto(inject('baseURL'));
  // Before first run there are no settings yet: show first run itself at the chosen size too
  // (once the app has started, so its own start-up does not undo this).
  await onScreen(page, tr('nl', 'firstRun.title'));
  await page.evaluate(({ text, contrast }) => Object.assign(document.documentElement.dataset, { textSize: text, contrast }), combo);
  await setUpTablet(page, combo.lang, CODE, (step) => check(`welkom-${step}`));
  // Now through the settings screen, as a participant would.
  await goInApp(page, '/instellingen');
  const words = SETTINGS[combo.lang];
  if (combo.text === 'extraLarge') await choose(page, words.sizeExtraLarge);
  if (combo.contrast === 'high') await choose(page, words.contrastHigh);
  await expect.poll(() => page.evaluate(() => ({ ...document.documentElement.dataset })), { timeout: 5_000 }).toMatchObject({ textSize: combo.text, contrast: combo.contrast });
  await goInApp(page, '/');
  await addParticipant(page, combo.lang, { ...PARTICIPANT, code: CODE }, (step) => check(`nieuw-${step}`));

  const visitRow = async (row: RouteRow) => {
    if (row.reach) await row.reach(ctx);
    else {
      await goInApp(page, row.path);
      const focus = await focusOnHeading(page);
      if (focus) problems.push(`${row.name}: ${focus}`);
    }
    if (row.setup) await row.setup(ctx);
    await check(row.name);
  };
  for (const row of ROUTES.filter((r) => r.state === 'locked')) await visitRow(row);
  await goInApp(page, '/');
  await unlock(page, combo.lang, PARTICIPANT.name, PARTICIPANT.pin);
  for (const row of ROUTES.filter((r) => r.state === 'unlocked')) await visitRow(row);

  expect(seen).toEqual(expect.arrayContaining(ROUTES.map((row) => row.name)));
  expect(problems.join('\n\n')).toBe('');
  await context.close();
}, 300_000);

it('the checks themselves find a small target, a pictogram without a word and a wide page', async () => {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.setContent(`<html lang="nl"><head><meta name="viewport" content="width=device-width"></head><body><main>
    <button style="width:30px;height:30px"><svg width="20" height="20"><rect width="20" height="20"/></svg><span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Weg</span></button>
    <a href="/x" style="display:inline-block;width:60px;height:60px">Goed</a>
    <div style="width:400px">breed</div></main></body></html>`);
  const found = await page.evaluate(measureTargets, MIN_TARGET_PX);
  expect(found).toEqual([expect.stringMatching(/^target <button> "Weg" is 30×30 px$/), expect.stringMatching(/^pictogram without a visible word: <button>/)]);
  await page.setViewportSize({ width: NARROW_PX, height: 600 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(true);
  await context.close();
});
