/**
 * The page chart.bench.mjs measures in Chromium: a real participant on real (encrypted) IndexedDB
 * with 2,000 daily check-ins saved through the app's core, then Mijn reis's real chart component
 * (CheckInCharts, the mood and craving charts) drawn again and again. Results go to
 * window.__benchResult for the script to read. Not part of the app.
 */
import { render } from 'preact';
import { listCheckInDays, saveCheckIn, type CheckInDay, type Mood } from '../../src/core/checkins';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { initI18n } from '../../src/i18n';
import { CheckInCharts } from '../../src/ui/features/journey/CheckInCharts';
import '../../src/ui/styles.css';

const params = new URLSearchParams(location.search);
const COUNT = Number(params.get('count') ?? 2000);
const RUNS = Number(params.get('runs') ?? 20);
const DAY_MS = 86_400_000;

declare global {
  interface Window {
    __benchResult?: BenchResult | { error: string };
    /** With ?hold=1: set once the check-ins are saved; the drawing waits for __benchGo(). */
    __benchSeeded?: boolean;
    __benchGo?: () => void;
  }
}

/** Milliseconds per run of each measurement. */
export interface BenchResult {
  count: number;
  width: number;
  drawMs: number[];
  paintedMs: number[];
  loadMs: number[];
  tableMs: number;
  /** Points the mood line passes through after averaging to the pixel width (M and L commands). */
  moodLinePoints: number;
}

// A fixed pseudo-random sequence, so every run of the benchmark draws the same data.
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

async function seed(): Promise<void> {
  await initI18n('nl');
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Bench', avatar: 'sun', pin: '2468' });
  await unlockWithPin(id, '2468');
  const next = random(42);
  const start = Date.now() - COUNT * DAY_MS;
  for (let day = 0; day < COUNT; day++) {
    const mood: Mood = next() < 0.05 ? 'unknown' : ((1 + Math.floor(next() * 5)) as 1 | 2 | 3 | 4 | 5);
    const craving = next() < 0.05 ? null : Math.floor(next() * 11);
    await saveCheckIn({ mood, craving, note: '' }, start + day * DAY_MS + Math.floor(next() * 12) * 3_600_000);
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// Runs after the frame that rAF precedes has been produced: rAF, then a task queued from it.
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

/** Draws the charts once into a fresh container; returns [render + layout ms, until painted ms]. */
async function drawOnce(days: CheckInDay[], host: HTMLElement): Promise<[number, number]> {
  const container = document.createElement('div');
  host.append(container);
  const start = performance.now();
  render(<CheckInCharts days={days} />, container);
  // The charts measure their width in a layout effect and draw in the re-render that follows, a microtask later.
  while (container.querySelectorAll('.chart-line').length < 2) await Promise.resolve();
  container.getBoundingClientRect(); // style and layout of the drawn SVG
  const drawn = performance.now() - start;
  await afterPaint();
  const painted = performance.now() - start;
  render(null, container);
  container.remove();
  await nextFrame();
  return [drawn, painted];
}

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  await seed();
  if (params.has('hold')) {
    // run.mjs turns on CPU throttling for the measurement only, not for saving 2,000 check-ins.
    await new Promise<void>((resolve) => {
      window.__benchGo = resolve;
      window.__benchSeeded = true;
    });
  }
  const loadMs: number[] = [];
  let days: CheckInDay[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    days = await listCheckInDays();
    loadMs.push(performance.now() - start);
  }
  const total = days.reduce((sum, day) => sum + day.checkIns.length, 0);
  if (total !== COUNT) throw new Error(`seeded ${total} check-ins, wanted ${COUNT}`);

  const host = document.getElementById('bench')!;
  const drawMs: number[] = [];
  const paintedMs: number[] = [];
  await drawOnce(days, host); // warm-up: code paths compiled, fonts loaded
  for (let run = 0; run < RUNS; run++) {
    const [drawn, painted] = await drawOnce(days, host);
    drawMs.push(drawn);
    paintedMs.push(painted);
  }

  // Once, for information: the "Toon als tabel" of 2,000 rows.
  const container = document.createElement('div');
  host.append(container);
  render(<CheckInCharts days={days} />, container);
  while (container.querySelectorAll('.chart-line').length < 2) await Promise.resolve();
  const width = Math.round(container.querySelector('svg.chart')!.getBoundingClientRect().width);
  const moodLinePoints = container.querySelector('.chart-line')!.getAttribute('d')!.match(/[ML]/g)?.length ?? 0;
  const toggle = container.querySelector<HTMLButtonElement>('.chart-table-block button')!;
  const start = performance.now();
  toggle.click();
  while (!container.querySelector('table')) await Promise.resolve();
  container.getBoundingClientRect();
  const tableMs = performance.now() - start;

  status.textContent = 'Klaar';
  window.__benchResult = { count: total, width, drawMs, paintedMs, loadMs, tableMs, moodLinePoints };
}

main().catch((error: unknown) => {
  window.__benchResult = { error: String(error instanceof Error ? (error.stack ?? error.message) : error) };
});
