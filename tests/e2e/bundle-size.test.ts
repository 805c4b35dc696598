/**
 * Budget: the JavaScript and CSS the start page loads before it can draw stay within 80 KB gzip
 * (the best comparable app loads 110 KB). Reads the production build made by globalSetup.
 * Screens, session content, pictograms, drawing and recording code load when first needed.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { measureInitialLoad } from '../bench/initialLoad';

const APP = join(import.meta.dirname, '../../dist/app');
/** The budget in bytes of gzip (level 9) over all initial scripts and stylesheets. */
const INITIAL_JS_CSS_BUDGET_BYTES = 80_000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

it(`loads at most ${kb(INITIAL_JS_CSS_BUDGET_BYTES)} gzip of JavaScript and CSS at the start`, async () => {
  const load = await measureInitialLoad(APP);
  // The measurement must have found the app itself, or an empty list would pass.
  expect(load.files.some((file) => /^assets\/index-.*\.js$/.test(file.path))).toBe(true);
  expect(load.files.some((file) => file.path.endsWith('.css'))).toBe(true);
  const report = load.files.map((file) => `  ${file.path} ${kb(file.gzipBytes)}`).join('\n');
  expect(load.totalGzipBytes, `initial JS + CSS is ${kb(load.totalGzipBytes)} gzip:\n${report}`).toBeLessThanOrEqual(INITIAL_JS_CSS_BUDGET_BYTES);
});

it('keeps session content, pictograms, drawing, recording and English out of the start', async () => {
  const initial = new Set((await measureInitialLoad(APP)).files.map((file) => file.path.replace(/^assets\//, '')));
  const built = await readdir(join(APP, 'assets'));
  // Chunks named after their first module: each must exist in the build, and load only later.
  const later: [string, RegExp][] = [
    ['session content', /^\d+(\.\d+)?-[\w-]{8}\.js$/],
    ['session player', /^SessionPage-[\w-]{8}\.js$/],
    ['pictograms', /^pictograms-[\w-]{8}\.js$/],
    ['drawing', /^DrawingExercise-[\w-]{8}\.js$/],
    ['voice recording', /^VoiceRecorder-[\w-]{8}\.js$/],
    ['English strings', /^en-[\w-]{8}\.js$/],
  ];
  for (const [what, name] of later) {
    const chunks = built.filter((file) => name.test(file));
    expect(chunks.length, `no ${what} chunk in the build`).toBeGreaterThan(0);
    expect(chunks.filter((chunk) => initial.has(chunk)), `${what} is loaded at the start`).toEqual([]);
  }
});
