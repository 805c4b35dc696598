/**
 * The one helper facade for end-to-end tests: Debian's Chromium driven by playwright-core,
 * phone and tablet contexts, axe accessibility checks, screenshots and offline switching.
 * Never `npx playwright install`: the browser comes from apt (`chromium`), see .ci/run.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Route } from 'playwright-core';
import type { AxeResults, Result as AxeViolation, RunOptions } from 'axe-core';

export type { AxeViolation };

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
const SCREENSHOT_DIR = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
/** The WCAG levels the app promises: 2.2 AA and everything below it. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Starts headless Chromium with a fake camera and microphone that need no permission prompt. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** The flags every test browser starts with (also for a browser a test starts and kills itself). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-quic',
  // Nothing may call home: the machine has no network but the loopback.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

// bypassCSP: runAxe injects axe-core as an inline <script>, which our CSP (script-src 'self')
// blocks. It also means these contexts cannot notice CSP violations: pass { bypassCSP: false }
// in a test that checks the app keeps to its own CSP.
const SHARED_OPTIONS: BrowserContextOptions = {
  bypassCSP: true,
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  serviceWorkers: 'allow',
};

/** A phone-sized touch context (about an iPhone 14) in Dutch. */
export function newPhoneContext(browser: Browser, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    ...SHARED_OPTIONS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    ...opts,
  });
}

/** A landscape tablet context with touch, as used in group sessions. */
export function newTabletContext(browser: Browser, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    ...SHARED_OPTIONS,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    ...opts,
  });
}

let axeSource: Promise<string> | undefined;

/** Runs axe-core on the current page for WCAG 2.2 AA and returns the violations (empty = pass). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // @axe-core/playwright needs Node 22, so axe-core is injected by hand.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource });
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS } };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations;
}

/** A short readable report of axe violations, for assertion messages. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
        const summary = (node.failureSummary ?? '').split('\n').map((line) => `      ${line.trim()}`).join('\n');
        return `  - ${target}\n${summary}`;
      });
      return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Saves a full-page screenshot as tests/.output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until a service worker is active and controls the page, reloading once if needed.
 * (page.waitForFunction cannot do this: it takes an async predicate's Promise as truthy.)
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_, fail) => setTimeout(() => fail(new Error(`no active service worker after ${ms} ms`)), ms)),
      ]),
    timeoutMs,
  );
  // The first page load is only controlled if the worker calls clients.claim().
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
}

// Chromium's offline emulation does not reach a service worker's own fetch() calls, so a
// test would pass even if the app still needed the network. Those requests are aborted here.
const abortServiceWorkerRequest = (route: Route) =>
  route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();

/** Takes the whole context, service worker included, off or back on the network. */
export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  // Routing turns off the HTTP cache, so it is only on while offline.
  if (offline) await context.route('**/*', abortServiceWorkerRequest);
  else await context.unroute('**/*', abortServiceWorkerRequest);
}
