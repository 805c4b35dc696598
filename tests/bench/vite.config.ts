/**
 * Builds the benchmark pages (tests/bench/index.html: the chart; save.html: saving answers) into tests/.output/bench-app with the
 * app's own build pipeline, so the benchmark runs the production code of the chart, minified.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../.output/bench-app', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The chart page (chart.bench.mjs, run.mjs) and the save page (run.mjs).
    rollupOptions: {
      input: {
        chart: fileURLToPath(new URL('./index.html', import.meta.url)),
        save: fileURLToPath(new URL('./save.html', import.meta.url)),
      },
    },
  },
});
