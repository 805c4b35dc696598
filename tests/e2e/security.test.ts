/**
 * Nothing leaked: the server's Content-Security-Policy, a walk through the whole app that
 * requests nothing from another origin and breaks no CSP rule, and answers shown as text, never
 * as HTML.
 */
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXERCISE_TYPES } from '../../src/content/types';
import { MIDDELENGEBRUIK_IDS } from '../fixtures/programIds';
import { launchBrowser, newPhoneContext, screenshot, waitForServiceWorker } from './browser';
import { checkIn, goInApp, onScreen, setUpPhone, tr } from './app';
import { screenPath, session } from './content';

const ATTACK = '<img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The policy's directives by name, e.g. { 'script-src': ["'self'"] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

it('sends a strict Content-Security-Policy: no inline script, connect-src only its own origin', async () => {
  const base = inject('baseURL');
  for (const path of ['/', '/werkboek', '/sw.js', '/manifest.webmanifest', '/bestaat-niet.js', '/api/health']) {
    const response = await fetch(`${base}${path}`);
    const policy = response.headers.get('content-security-policy');
    expect(policy, path).toBeTruthy();
    const csp = directives(policy!);
    expect(csp.get('default-src'), path).toEqual(["'self'"]);
    expect(csp.get('script-src'), path).toEqual(["'self'"]);
    expect(csp.get('connect-src'), path).toEqual(["'self'"]);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(csp.get('base-uri'), path).toEqual(["'none'"]);
    expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
  }
  // The page itself has no inline script that such a policy would have to allow.
  const html = await (await fetch(`${base}/`)).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

/** The first Middelengebruik screen of each exercise type. */
function firstScreenOfEachType(): string[] {
  return EXERCISE_TYPES.map((type) => {
    for (const id of MIDDELENGEBRUIK_IDS) {
      const index = session('middelengebruik', id).screens.findIndex((screen) => screen.exercise?.type === type);
      if (index >= 0) return `/les/${id}/${index + 1}`;
    }
    throw new Error(`No session uses ${type}`);
  });
}

/** Goes to a path inside the app and waits until its screen (and a lazy exercise) is there. */
async function visit(page: Page, path: string): Promise<void> {
  await goInApp(page, path);
  if (path.startsWith('/les/')) await page.locator('article.session-screen').waitFor();
  await page.getByRole('status').filter({ hasText: tr('nl', 'session.loading') }).waitFor({ state: 'detached' });
}

it('walks the whole app asking nothing of another origin, keeping to its CSP and showing answers as text', async () => {
  // bypassCSP off: the browser enforces the server's policy, so a violation would show.
  // A phone, where every session is open (on a tablet the trainer opens them one by one).
  const context = await newPhoneContext(browser, { bypassCSP: false });
  const requests: { url: string; method: string; body: string; fromWorker: boolean }[] = [];
  context.on('request', (request) =>
    requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '', fromWorker: request.serviceWorker() !== null }),
  );
  const page = await context.newPage();
  onTestFailed(() => screenshot(page, 'security-failure').then(() => undefined));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const base = inject('baseURL');
  await page.goto(base);
  await waitForServiceWorker(page);
  await setUpPhone(page, 'nl', { name: 'Ali', pin: '1234', helperCode: 'begeleider-7' });

  // A check-in note and an own answer that look like HTML.
  await checkIn(page, 'nl', { mood: tr('nl', 'mood.2'), craving: 3, note: ATTACK });
  await visit(page, '/mijn-dagen');
  await page.getByText(ATTACK, { exact: true }).waitFor();
  await visit(page, screenPath('1.3', 'nadelen'));
  await page.getByRole('button', { name: 'Iets anders' }).click();
  await page.getByLabel('Eigen antwoord 1', { exact: true }).fill(ATTACK);
  await visit(page, screenPath('1.3', 'problemen'));
  await page.getByLabel('Wat deed gebruiken met jouw leven?').fill(ATTACK);
  await visit(page, screenPath('1.7', 'samenvatting'));
  await page.locator('.summary').getByText(ATTACK).waitFor();
  await screenshot(page, 'security-answer-as-text-phone');

  // Every exercise type, the cards, the tools, SOS, settings, the crisis page.
  for (const path of firstScreenOfEachType()) await visit(page, path);
  for (const path of ['/werkboek', '/mijn-werkboek', '/mijn-kaarten', '/sos', '/terugvalkaart', '/kracht-gedachten', '/doelen', '/mijn-reis', '/certificaat', '/ademen', '/mijn-dagen', '/instellingen', '/hulp']) {
    await visit(page, path);
  }
  await visit(page, '/werkboek');
  await page.getByRole('button', { name: tr('nl', 'nav.sos') }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: tr('nl', 'nav.lock') }).click();
  await onScreen(page, tr('nl', 'unlock.title', { name: 'Ali' }));
  await page.getByLabel(tr('nl', 'unlock.pin'), { exact: true }).fill('1234');
  await page.getByRole('button', { name: tr('nl', 'unlock.open') }).click();
  await onScreen(page, tr('nl', 'home.title', { name: 'Ali' }));

  // Nothing was turned into HTML, nothing ran, nothing asked for the "x" image.
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  // Every request went to the app's own origin; the service worker's requests count too.
  const own = new URL(base).origin;
  const network = requests.filter(({ url }) => !/^(blob|data):/.test(url));
  expect(network.length).toBeGreaterThan(10);
  expect(network.some(({ fromWorker }) => fromWorker)).toBe(true);
  expect(network.filter(({ url }) => new URL(url).origin !== own)).toEqual([]);
  expect(network.filter(({ url }) => new URL(url).pathname === '/x')).toEqual([]);
  // The server only hands out the app: nothing typed is ever sent, not even to the own origin.
  expect(network.filter(({ method }) => method !== 'GET' && method !== 'HEAD')).toEqual([]);
  expect(network.filter(({ url, body }) => /onerror|Ali|1234/.test(decodeURIComponent(url) + body))).toEqual([]);
  console.log(`security walk: ${network.length} requests, ${network.filter((r) => r.fromWorker).length} from the service worker, all to ${own}`);
  await context.close();
});
