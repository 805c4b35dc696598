// Benchmark (not a test): how long Mijn reis takes to draw its chart of 2,000 daily check-ins.
//
// Honest set-up: the chart page (tests/bench/chartPage.tsx) is built with Vite for production,
// served by the app's own server code (src/server/server.ts, same headers and CSP), and opened in
// Debian's headless Chromium with the e2e flags (tests/e2e/browser.ts). The page saves 2,000
// check-ins through the app's core (encrypted, in IndexedDB), then mounts the real CheckInCharts
// component again and again and times each draw. Run: `node tests/bench/chart.bench.mjs`
// (options: --count=2000 --runs=20). Exits 1 when the median is over the 100 ms budget.
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_DIR = fileURLToPath(new URL('../.output/bench-app', import.meta.url));
const BUDGET_MS = 100;
const TIMEOUT_MS = 180_000;

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const COUNT = option('count', 2000);
const RUNS = option('runs', 20);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
};
const ms = (value) => `${value.toFixed(1)} ms`;
const line = ({ median, min, max }) => `median ${ms(median)} (min ${ms(min)}, max ${ms(max)})`;

console.log(`Building the chart page with Vite (production) …`);
process.env.NODE_ENV = 'production';
await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), mode: 'production' });

const { module: serverModule } = await runnerImport(`${ROOT}src/server/server.ts`);
const { module: browserHelpers } = await runnerImport(`${ROOT}tests/e2e/browser.ts`);
const server = serverModule.createServer({ appDir: APP_DIR, log: false });
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${server.address().port}/?count=${COUNT}&runs=${RUNS}`;

const browser = await browserHelpers.launchBrowser();
let overBudget = false;
try {
  for (const [size, newContext] of [
    ['phone 390 px', browserHelpers.newPhoneContext],
    ['tablet 1024 px', browserHelpers.newTabletContext],
  ]) {
    // bypassCSP off: the chart must draw under the app's own Content-Security-Policy.
    const context = await newContext(browser, { bypassCSP: false });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
    // The browser asks for /favicon.ico by itself; any other missing file is a broken page.
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__benchResult, undefined, { timeout: TIMEOUT_MS, polling: 250 });
    const result = await handle.jsonValue();
    await context.close();
    if (result.error || problems.length) throw new Error(`the bench page failed (${size}):\n${[result.error, ...problems].filter(Boolean).join('\n')}`);

    const drawn = stats(result.drawMs);
    const painted = stats(result.paintedMs);
    const ok = painted.median <= BUDGET_MS;
    overBudget ||= !ok;
    console.log(`\nMijn reis, mood and craving charts, ${size} (chart ${result.width} px wide), headless Chromium:`);
    console.log(`  (the mood line is one <path> through ${result.moodLinePoints} points, averaged to the pixel width)`);
    console.log(`  render + layout             ${line(drawn)}`);
    console.log(`  until the frame is painted  ${line(painted)}`);
    console.log(`  (load: decrypting and grouping ${result.count} check-ins ${line(stats(result.loadMs))})`);
    console.log(`  (opening "Toon als tabel" with ${result.count} rows: ${ms(result.tableMs)})`);
    console.log(
      `chart of ${result.count} check-ins (${size}): median ${ms(painted.median)} (min ${ms(painted.min)}, max ${ms(painted.max)}) over ${RUNS} runs, ` +
        `budget ${BUDGET_MS} ms: ${ok ? 'OK' : 'OVER BUDGET'}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = overBudget ? 1 : 0;
