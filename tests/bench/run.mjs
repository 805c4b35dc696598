// `npm run bench`: builds the app and prints every performance figure of the product, measured in
// Debian's headless Chromium with the CPU 4× slower (CDP Emulation.setCPUThrottlingRate), next to
// its budget. Not a test: the figures vary with the machine; the bundle-size test is the one
// figure that does not (tests/e2e/bundle-size.test.ts).
//
// What is measured, precisely:
// - Initial JS + CSS: gzip (level 9) of the scripts and stylesheets dist/app/index.html loads,
//   with their static imports followed (tests/bench/initialLoad.ts).
// - Precache: the files listed in the built sw.js, their size on disk summed, and how many.
// - Offline cold start: a phone that was set up once (first visit, service worker installed)
//   goes offline (Chromium offline and every service-worker fetch aborted; each response is
//   checked to come from the service worker); the service worker is stopped and the tab
//   reloaded. Time from navigation start (performance.timeOrigin) until the frame that first
//   shows the start screen's <h1> with its text ("Hallo <naam>", the PIN screen) has been
//   produced: the h1 is seen by a MutationObserver, then a requestAnimationFrame callback, then
//   a task posted from it. One warm-up reload, then 5 measured.
// - Opening a session offline: from Mijn werkboek, in-app navigation to /les/<id>/1 until the
//   session's <h1> ("1.3 Focussen") is painted (same definition) and none of its first screen's
//   exercises still shows "Laden…". Six different sessions, each
//   opened for the first time, so each loads its own content chunk; the first also loads the
//   session player.
// - Saving an answer: saveAnswer() of the app's core (AES-GCM sealing + one Dexie put), 200
//   saves awaited one by one, on tests/bench/save.html (the core built by Vite for production).
// - Switching profiles on a tablet with 30 participants: lock → profile grid painted, tap a name
//   → PIN screen painted, tap Open (PIN typed) → home painted; typing the PIN is not timed.
//   Open includes the PBKDF2 of the PIN (310,000 iterations, slow on purpose).
// - Mijn reis with 2,000 daily check-ins: tests/bench/chartPage.tsx (see chart.bench.mjs), the
//   check-ins saved first without throttling, then the charts drawn 20 times at phone size.
// - Lighthouse 12 (npm), default mobile configuration (simulated slow 4G and 4× CPU), on the
//   served app's first visit, in Debian's Chromium: performance, accessibility, best practices;
//   the median of 3 runs (each report is written to tests/.output/lighthouse-<n>.json).
//
// Options: --skip-build, --no-lighthouse, --only=phone,save,switch,chart,lighthouse, --warm-worker
// (cold starts without stopping the service worker first), --cpu-profile (the last cold start's
// CPU profile to tests/.output/cold-start.cpuprofile), --trace (its Chrome trace to
// tests/.output/cold-start.trace.json), --runs=5 (cold starts), --saves=200, --switches=10,
// --lighthouse-runs=3. Exits 1 when a figure is over its budget.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_DIR = join(ROOT, 'dist/app');
const BENCH_APP_DIR = join(ROOT, 'tests/.output/bench-app');
const OUTPUT_DIR = join(ROOT, 'tests/.output');
const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 180_000;

const BUDGET = {
  initialKb: 80,
  precacheKb: 1500,
  coldStartMs: 350,
  openSessionMs: 150,
  saveP95Ms: 20,
  chartMs: 100,
  lighthouse: { performance: 0.98, accessibility: 1, 'best-practices': 1 },
};

const flag = (name) => process.argv.includes(`--${name}`);
const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = option('runs', 5);
const SAVES = option('saves', 200);
const SWITCHES = option('switches', 10);
const LIGHTHOUSE_RUNS = option('lighthouse-runs', 3);
const PROFILES = option('profiles', 30);
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
/** Whether a part runs: all of them unless --only=phone,save,switch,chart,lighthouse names some. */
const wanted = (part) => !ONLY || ONLY.includes(part);
const SESSIONS = ['1.1', '1.3', '2.4', '2.9', '3.5', '3.11'];

// ---------------------------------------------------------------- figures and printing

const sortedOf = (values) => [...values].sort((a, b) => a - b);
const percentile = (values, p) => {
  const sorted = sortedOf(values);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => {
  const sorted = sortedOf(values);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const spread = ({ median, min, max, n }) => `median ${ms(median)} (min ${ms(min)}, max ${ms(max)}, n=${n})`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const summary = [];
let overBudget = false;
/** Records one line of the closing table. */
function report(name, measured, budget, ok) {
  if (ok === false) overBudget = true;
  const verdict = ok === undefined ? '' : ok ? 'OK' : measured.startsWith('FAILED') ? 'FAILED' : 'OVER BUDGET';
  summary.push([name, measured, budget ?? '', verdict]);
  console.log(`  → ${name}: ${measured}${budget ? `  (budget ${budget}: ${verdict})` : ''}`);
}
const step = (title) => console.log(`\n${title}`);

// ---------------------------------------------------------------- build

async function run(bin, args) {
  const child = spawn(join(ROOT, 'node_modules/.bin', bin), args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`"${bin} ${args.join(' ')}" failed (exit ${code}):\n${output}`);
  return output;
}

if (!flag('skip-build')) {
  step('Building the app (vite build), the server (tsc) and the benchmark pages …');
  await run('vite', ['build', '--logLevel', 'warn']);
  await run('tsc', ['-p', 'src/server/tsconfig.json']);
  await run('vite', ['build', '-c', 'tests/bench/vite.config.ts']);
}

// ---------------------------------------------------------------- sizes

step('Sizes of the build');
const { module: initialLoad } = await runnerImport(join(ROOT, 'tests/bench/initialLoad.ts'));
const load = await initialLoad.measureInitialLoad(APP_DIR);
for (const file of load.files) console.log(`    ${file.path.padEnd(36)} ${kb(file.gzipBytes).padStart(9)} gzip`);
report(
  'initial JavaScript + CSS (gzip)',
  `${kb(load.totalGzipBytes)} (JS ${kb(load.jsGzipBytes)}, CSS ${kb(load.cssGzipBytes)}, ${load.files.length} files)`,
  `≤ ${BUDGET.initialKb} KB`,
  load.totalGzipBytes <= BUDGET.initialKb * 1000,
);

const sw = await readFile(join(APP_DIR, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/\{\s*"?url"?:\s*"([^"]+)",\s*"?revision"?:\s*(?:"[^"]*"|null)\s*\}/g)].map((match) => match[1].replace(/^\//, ''));
let precacheBytes = 0;
for (const url of precached) precacheBytes += (await stat(join(APP_DIR, url))).size;
const assets = precached.map((url) => url.replace(/^assets\//, ''));
const sessionChunks = assets.filter((name) => /^\d+(\.\d+)?-[\w-]{8}\.js$/.test(name)).length;
const holds = {
  sessions: sessionChunks,
  english: assets.some((name) => /^en-[\w-]{8}\.js$/.test(name)),
  pictograms: assets.some((name) => /^pictograms-[\w-]{8}\.js$/.test(name)),
};
console.log(`    holds ${holds.sessions} session chunks (30 Middelengebruik + 7 Stap voor Stap), Dutch in the start, English: ${holds.english ? 'yes' : 'NO'}, pictograms: ${holds.pictograms ? 'yes' : 'NO'}`);
report(
  'precache',
  `${kb(precacheBytes)} (${(precacheBytes / 1024).toFixed(1)} KiB) in ${precached.length} entries`,
  `≤ ${BUDGET.precacheKb.toLocaleString('en')} KB, all sessions, both languages, pictograms`,
  precacheBytes <= BUDGET.precacheKb * 1000 && holds.sessions >= 37 && holds.english && holds.pictograms,
);

// ---------------------------------------------------------------- servers and browser

const { createServer } = await import(join(ROOT, 'dist/server/main.js'));
async function serve(appDir) {
  const server = createServer({ appDir, log: false });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
const app = await serve(APP_DIR);
const bench = await serve(BENCH_APP_DIR);
const { module: browserHelpers } = await runnerImport(join(ROOT, 'tests/e2e/browser.ts'));
const { module: flows } = await runnerImport(join(ROOT, 'tests/e2e/app.ts'));
const { launchBrowser, newPhoneContext, newTabletContext, setOffline, waitForServiceWorker } = browserHelpers;
const { tr, setUpPhone, setUpTablet, addParticipant, onScreen, goInApp } = flows;

/** Turns the page's CPU throttling on (rate 4) or off (rate 1). */
async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

// In every page: a log of each <h1> text shown, with the time it appeared and the time the frame
// showing it was produced (rAF, then a task posted from it). __waitHeading(prefix, since) waits
// for the first heading starting with `prefix` that appeared after `since`, and its paint.
function headingProbe() {
  const log = [];
  const waiters = [];
  window.__headings = log;
  window.__waitHeading = (prefix, since) =>
    new Promise((resolve) => {
      const check = () => {
        const hit = log.find((entry) => entry.painted !== undefined && entry.appeared >= since && entry.text.startsWith(prefix));
        if (hit) resolve(hit);
        return Boolean(hit);
      };
      if (!check()) waiters.push(check);
    });
  let lastText = '';
  let lastElement = null;
  const look = () => {
    const heading = document.querySelector('h1');
    const text = heading?.textContent?.trim() ?? '';
    if (!text || (text === lastText && heading === lastElement)) return;
    lastText = text;
    lastElement = heading;
    const entry = { text, appeared: performance.now() };
    log.push(entry);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        entry.painted = performance.now();
        // For waiting without running Playwright's own script in the page (see the cold start).
        console.debug(`heading painted ${JSON.stringify(entry)}`);
        for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
      };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Clicks `locator` inside the page and returns the ms until a heading starting with `prefix` is painted. */
function timedClick(locator, prefix) {
  return locator.evaluate(async (element, wanted) => {
    const start = performance.now();
    element.click();
    const hit = await window.__waitHeading(wanted, start);
    return hit.painted - start;
  }, prefix);
}

/**
 * In-app navigation (as a tap on a link does) and the ms until a heading starting with `prefix`
 * is painted and no "loading" placeholder (`loadingText`, e.g. an exercise still loading) is left.
 */
function timedNavigation(page, path, prefix, loadingText) {
  return page.evaluate(
    async ([to, wanted, loading]) => {
      const start = performance.now();
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
      const hit = await window.__waitHeading(wanted, start);
      const stillLoading = () => [...document.querySelectorAll('main [role=status]')].some((element) => element.textContent === loading);
      if (!stillLoading()) return hit.painted - start;
      while (stillLoading()) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    [path, prefix, loadingText],
  );
}

/** Fails the benchmark when the page logs an error or a file is missing. */
function watchProblems(page, problems) {
  page.on('pageerror', (error) => problems.push(error.stack ?? String(error)));
  page.on('console', (message) => message.type() === 'error' && !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(message.text()) && problems.push(message.text()));
}

/** Runs one part; when it fails, says so in the summary and goes on with the next part. */
async function part(name, measure) {
  try {
    await measure();
  } catch (error) {
    console.error(`  ${name} failed:`, error);
    report(name, `FAILED: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`, undefined, false);
  }
}

const browser = await launchBrowser();
const lang = 'nl';
try {
  // -------------------------------------------------------------- offline cold start (phone)
  if (wanted('phone')) await part('offline cold start, opening a session', async () => {
    step(`Offline cold start on a phone (390×844), CPU ${CPU_SLOWDOWN}× slower, ${RUNS} reloads after a warm-up`);
    const phone = await newPhoneContext(browser, { bypassCSP: false });
    await phone.addInitScript(headingProbe);
    const page = await phone.newPage();
    const problems = [];
    watchProblems(page, problems);
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(`${app.origin}/`);
    const who = { name: 'Sam', pin: '2468' };
    await setUpPhone(page, lang, who);
    await waitForServiceWorker(page);
    await setOffline(phone, true);
    const cdp = await throttle(page, CPU_SLOWDOWN);
    await cdp.send('ServiceWorker.enable');
    const startHeading = tr(lang, 'unlock.title', { name: who.name });
    const notFromWorker = [];
    page.on('response', (response) => !response.fromServiceWorker() && !response.url().startsWith('data:') && notFromWorker.push(response.url()));
    const coldMs = [];
    const phases = [];
    for (let run = 0; run <= RUNS; run++) {
      if (!flag('warm-worker')) await cdp.send('ServiceWorker.stopAllWorkers');
      const profiling = flag('cpu-profile') && run === RUNS;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const tracing = flag('trace') && run === RUNS;
      if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', 'ServiceWorker', 'disabled-by-default-v8.compile'] });
      // Waiting with waitForFunction would have Playwright compile its own large script in the
      // page while the app starts (about 100 ms at 4× slowdown): the page says when instead.
      const paintedMessage = page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith('heading painted ') && JSON.parse(message.text().slice('heading painted '.length)).text === startHeading,
        timeout: TIMEOUT_MS,
      });
      await page.reload({ waitUntil: 'commit' });
      const painted = JSON.parse((await paintedMessage).text().slice('heading painted '.length)).painted;
      if (tracing) {
        await writeFile(join(OUTPUT_DIR, 'cold-start.trace.json'), await browser.stopTracing());
        console.log('    trace of the last cold start: tests/.output/cold-start.trace.json');
      }
      if (profiling) {
        const { profile } = await cdp.send('Profiler.stop');
        await writeFile(join(OUTPUT_DIR, 'cold-start.cpuprofile'), JSON.stringify(profile));
        console.log('    CPU profile of the last cold start: tests/.output/cold-start.cpuprofile');
      }
      if (run === 0) continue;
      coldMs.push(painted);
      phases.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const initial = [...document.querySelectorAll('script[src], link[rel=modulepreload], link[rel=stylesheet]')].map((element) => element.src || element.href);
        const files = performance.getEntriesByType('resource').filter((entry) => initial.includes(entry.name));
        return {
          'page from worker': nav.responseEnd,
          'start files asked': Math.min(...files.map((entry) => entry.fetchStart)),
          'their first byte': Math.max(...files.map((entry) => entry.responseStart)),
          'start files from worker': Math.max(...files.map((entry) => entry.responseEnd)),
          'script runs': mark('app-script'),
          'first render': mark('app-render'),
          'heading in DOM': window.__headings.at(-1).appeared,
        };
      }));
    }
    const phaseNames = Object.keys(phases[0]);
    console.log(`    phases from navigation start (median): ${phaseNames.map((name) => `${name} ${ms(stats(phases.map((p) => p[name])).median)}`).join(', ')}`);
    if (notFromWorker.length) throw new Error(`offline, these did not come from the service worker:\n${notFromWorker.join('\n')}`);
    const cold = stats(coldMs);
    console.log(`    runs: ${coldMs.map(ms).join(', ')}`);
    report('offline cold start, service worker → start screen heading painted', spread(cold), `median ≤ ${BUDGET.coldStartMs} ms`, cold.median <= BUDGET.coldStartMs);

    // -------------------------------------------------------------- opening a session offline
    step(`Opening a session offline (phone, CPU ${CPU_SLOWDOWN}× slower), sessions ${SESSIONS.join(', ')}, each the first time`);
    await page.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(who.pin);
    await page.getByRole('button', { name: tr(lang, 'unlock.open') }).click();
    await onScreen(page, tr(lang, 'home.title', { name: who.name }));
    const openMs = [];
    for (const session of SESSIONS) {
      await goInApp(page, '/mijn-werkboek');
      await onScreen(page, tr(lang, 'workbook.title'));
      openMs.push(await timedNavigation(page, `/les/${session}/1`, `${session} `, tr(lang, 'session.loading')));
      await page.locator('.step-count').waitFor();
    }
    if (problems.length) throw new Error(`the app logged errors:\n${problems.join('\n')}`);
    const opened = stats(openMs);
    console.log(`    ${SESSIONS.map((session, i) => `${session}: ${ms(openMs[i])}`).join(', ')} (the first also loads the session player)`);
    report('opening a session offline → heading and first screen painted', spread(opened), `median ≤ ${BUDGET.openSessionMs} ms`, opened.median <= BUDGET.openSessionMs);
    await phone.close();
  });

  // -------------------------------------------------------------- saving an answer
  if (wanted('save')) await part('saving an answer', async () => {
    step(`Saving an answer: ${SAVES} saves through the core, encrypted (phone, CPU ${CPU_SLOWDOWN}× slower)`);
    const saveContext = await newPhoneContext(browser, { bypassCSP: false });
    const savePage = await saveContext.newPage();
    const saveProblems = [];
    watchProblems(savePage, saveProblems);
    await savePage.goto(`${bench.origin}/save.html`);
    await savePage.waitForFunction(() => window.__saveReady, undefined, { timeout: TIMEOUT_MS, polling: 100 });
    await throttle(savePage, CPU_SLOWDOWN);
    // The previous part's browser context is still being torn down: let it finish first.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const saved = await savePage.evaluate((count) => window.__saveRun(count), SAVES);
    if (saveProblems.length || !saved.lastText) throw new Error(`the save page failed:\n${saveProblems.join('\n')}`);
    await saveContext.close();
    const p50 = percentile(saved.saveMs, 50);
    const p95 = percentile(saved.saveMs, 95);
    report(
      `saving an answer (AES-GCM + IndexedDB, ${saved.saveMs.length} saves)`,
      `p50 ${ms(p50)}, p95 ${ms(p95)} (min ${ms(Math.min(...saved.saveMs))}, max ${ms(Math.max(...saved.saveMs))})`,
      `p95 ≤ ${BUDGET.saveP95Ms} ms`,
      p95 <= BUDGET.saveP95Ms,
    );
  });

  // -------------------------------------------------------------- switching profiles
  if (wanted('switch')) await part('switching profiles', async () => {
    step(`Switching between ${PROFILES} profiles on a tablet (1024×768), CPU ${CPU_SLOWDOWN}× slower`);
    const tablet = await newTabletContext(browser, { bypassCSP: false });
    await tablet.addInitScript(headingProbe);
    const tabletPage = await tablet.newPage();
    const tabletProblems = [];
    watchProblems(tabletPage, tabletProblems);
    tabletPage.setDefaultTimeout(TIMEOUT_MS);
    await tabletPage.goto(`${app.origin}/`);
    const code = 'trainer-2468';
    await setUpTablet(tabletPage, lang, code);
    const NAMES = ['Ahmed', 'Bram', 'Chantal', 'Dewi', 'Emre', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jamal', 'Kees', 'Lotte', 'Mo', 'Noor', 'Owen', 'Priya', 'Quinten', 'Rosa', 'Sven', 'Tess', 'Umut', 'Vera', 'Wouter', 'Xander', 'Yara', 'Zoë', 'Anouk', 'Bilal', 'Cas', 'Daan'];
    const participants = NAMES.slice(0, PROFILES).map((name, i) => ({ name, pin: String(1000 + i * 7), code }));
    const setUpStart = Date.now();
    for (const participant of participants) await addParticipant(tabletPage, lang, participant);
    console.log(`    (${PROFILES} participants added through the screens in ${((Date.now() - setUpStart) / 1000).toFixed(0)} s, not throttled)`);
    await throttle(tabletPage, CPU_SLOWDOWN);
    const parts = { lock: [], pick: [], open: [], total: [] };
    for (let i = 0; i < SWITCHES; i++) {
      // Spread over the grid: the first, the last and the ones between.
      const participant = participants[Math.round((i * (PROFILES - 1)) / Math.max(1, SWITCHES - 1))];
      const pick = await timedClick(tabletPage.getByRole('button', { name: participant.name, exact: true }), tr(lang, 'unlock.title', { name: participant.name }));
      await tabletPage.getByLabel(tr(lang, 'unlock.pin'), { exact: true }).fill(participant.pin);
      const open = await timedClick(tabletPage.getByRole('button', { name: tr(lang, 'unlock.open') }), tr(lang, 'home.title', { name: participant.name }));
      const lock = await timedClick(tabletPage.getByRole('button', { name: tr(lang, 'nav.lock') }), tr(lang, 'profiles.title'));
      parts.pick.push(pick);
      parts.open.push(open);
      parts.lock.push(lock);
      parts.total.push(pick + open + lock);
    }
    if (tabletProblems.length) throw new Error(`the app logged errors:\n${tabletProblems.join('\n')}`);
    await tablet.close();
    console.log(`    tap a name → PIN screen painted   ${spread(stats(parts.pick))}`);
    console.log(`    tap Open → home painted (PBKDF2)  ${spread(stats(parts.open))}`);
    console.log(`    tap Op slot → grid painted        ${spread(stats(parts.lock))}`);
    report(`switching profiles (${PROFILES} on a tablet: lock + pick + unlock)`, spread(stats(parts.total)));
  });

  // -------------------------------------------------------------- Mijn reis with 2,000 check-ins
  if (wanted('chart')) await part('Mijn reis', async () => {
    step(`Mijn reis with 2,000 daily check-ins (phone, CPU ${CPU_SLOWDOWN}× slower while drawing)`);
    const chartContext = await newPhoneContext(browser, { bypassCSP: false });
    const chartPage = await chartContext.newPage();
    const chartProblems = [];
    watchProblems(chartPage, chartProblems);
    await chartPage.goto(`${bench.origin}/?count=2000&runs=20&hold=1`);
    await chartPage.waitForFunction(() => window.__benchSeeded || window.__benchResult, undefined, { timeout: TIMEOUT_MS, polling: 250 });
    await throttle(chartPage, CPU_SLOWDOWN);
    await chartPage.evaluate(() => window.__benchGo?.());
    const chart = await (await chartPage.waitForFunction(() => window.__benchResult, undefined, { timeout: TIMEOUT_MS, polling: 250 })).jsonValue();
    await chartContext.close();
    if (chart.error || chartProblems.length) throw new Error(`the chart page failed:\n${[chart.error, ...chartProblems].filter(Boolean).join('\n')}`);
    const painted = stats(chart.paintedMs);
    console.log(`    (decrypting and grouping ${chart.count} check-ins: ${spread(stats(chart.loadMs))})`);
    report(`Mijn reis, ${chart.count} check-ins, charts drawn and painted`, spread(painted), `median ≤ ${BUDGET.chartMs} ms`, painted.median <= BUDGET.chartMs);
  });

} finally {
  await browser.close();
  app.server.close();
  bench.server.close();
}

// ---------------------------------------------------------------- Lighthouse

if (!flag('no-lighthouse') && wanted('lighthouse')) await part('Lighthouse', async () => {
  step(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, first visit, ${LIGHTHOUSE_RUNS} run(s)`);
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const served = await serve(APP_DIR);
  const categories = ['performance', 'accessibility', 'best-practices'];
  const scores = Object.fromEntries(categories.map((category) => [category, []]));
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const result = await lighthouse(`${served.origin}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        // The whole report, to look into: open it at https://googlechrome.github.io/lighthouse/viewer/ or read the JSON.
        await mkdir(OUTPUT_DIR, { recursive: true });
        await writeFile(join(OUTPUT_DIR, `lighthouse-${i + 1}.json`), result.report);
        for (const category of categories) scores[category].push(lhr.categories[category].score);
        const metric = (id) => lhr.audits[id].displayValue;
        const failed = Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0).map((audit) => audit.id);
        console.log(
          `    run ${i + 1}: ${categories.map((category) => `${category} ${lhr.categories[category].score.toFixed(2)}`).join(', ')}; ` +
            `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}` +
            (failed.length ? `; failed: ${failed.join(', ')}` : ''),
        );
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    served.server.close();
  }
  const median = (category) => stats(scores[category]).median;
  const ok = categories.every((category) => median(category) >= BUDGET.lighthouse[category]);
  report(
    'Lighthouse mobile (median): performance, accessibility, best practices',
    categories.map((category) => `${median(category).toFixed(2)} (min ${Math.min(...scores[category]).toFixed(2)}, max ${Math.max(...scores[category]).toFixed(2)})`).join(', '),
    '≥ 0.98, 1.00, 1.00',
    ok,
  );
});

// ---------------------------------------------------------------- summary

const [load1] = loadavg();
console.log(`\nMijn Werkboek: performance figures (headless Chromium ${CPU_SLOWDOWN}× CPU slowdown; ${cpus().length} CPUs, load average ${load1.toFixed(1)})`);
const widths = [0, 1, 2].map((column) => Math.max(...summary.map((row) => row[column].length)));
for (const row of summary) console.log(`  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`);
if (load1 > cpus().length) console.log(`  (the machine was busy: load ${load1.toFixed(1)} on ${cpus().length} CPUs; timings are noisier and slower than on a quiet machine)`);
process.exitCode = overBudget ? 1 : 0;
