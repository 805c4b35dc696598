/**
 * Builds the chart benchmark page (tests/bench/index.html) into tests/.output/bench-app with the
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
  },
});
