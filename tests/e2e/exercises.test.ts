/** Home, the session list, the cards and a session screen of every exercise type, at phone and tablet size: axe finds nothing, nothing scrolls sideways; screenshots for review. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EXERCISE_TYPES } from '../../src/content/types';
import { formatViolations, launchBrowser, newPhoneContext, newTabletContext, runAxe, screenshot } from './browser';
import { goInApp, setUpPhone } from './app';
import { session } from './content';
import { MIDDELENGEBRUIK_IDS } from '../fixtures/programIds';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The first screen of Middelengebruik that uses each exercise type. */
function firstScreenOfEachType(): { type: string; path: string }[] {
  return EXERCISE_TYPES.map((type) => {
    for (const id of MIDDELENGEBRUIK_IDS) {
      const index = session('middelengebruik', id).screens.findIndex((screen) => screen.exercise?.type === type);
      if (index >= 0) return { type, path: `/les/${id}/${index + 1}` };
    }
    throw new Error(`No session uses ${type}`);
  });
}

it.each([
  ['phone', newPhoneContext],
  ['tablet', newTabletContext],
] as const)('every exercise type on a session page at %s size has no axe violations', async (size, newContext) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  await setUpPhone(page, 'nl', { name: 'Sam', pin: '2468' });
  const problems: string[] = [];
  const pages = [{ type: 'home', path: '/werkboek' }, { type: 'workbook', path: '/mijn-werkboek' }, { type: 'cards', path: '/mijn-kaarten' }];
  for (const { type, path } of [...pages, ...firstScreenOfEachType()]) {
    await goInApp(page, path);
    if (path.startsWith('/les/')) await page.locator('article.session-screen').waitFor();
    await page.waitForTimeout(300); // lazily loaded exercise components
    const violations = await runAxe(page);
    if (violations.length) problems.push(`${type} (${path}):\n${formatViolations(violations)}`);
    await screenshot(page, `exercise-${type}-${size}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > page.viewportSize()!.width) problems.push(`${type} (${path}): page is ${width}px wide`);
  }
  expect(problems.join('\n\n')).toBe('');
  await context.close();
});
