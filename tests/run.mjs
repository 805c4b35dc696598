// `npm test`: every Vitest project (unit, component, server, e2e) in one run, then one
// closing line "N passed, N failed" that CI reads. Extra arguments go to Vitest, e.g.
// `npm test -- --project server`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT = join(ROOT, 'tests/.output/vitest.json');
// Vitest's own entry run with this Node, as `npx vitest` would, minus npx's lookup and noise.
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const CONTENT_LINT = join(ROOT, 'tests/lint-content.mjs');

/** Counts from Vitest's JSON report, or null when Vitest died before writing it. */
function readVitestReport(file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  // A test file that crashes on import has no tests, so numFailedTests would not count it.
  const crashedFiles = (report.testResults ?? []).filter(
    (result) => result.status === 'failed' && (result.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + crashedFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

rmSync(REPORT, { force: true }); // a stale report must never stand in for this run
mkdirSync(dirname(REPORT), { recursive: true });
const vitest = spawnSync(
  process.execPath,
  [VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
const vitestOk = vitest.status === 0;

const counts = readVitestReport(REPORT);
let passed = counts?.passed ?? 0;
let failed = counts?.failed ?? 1;
if (counts === null) console.error(`\nVitest wrote no report (exit ${vitest.status ?? vitest.signal}); counted as 1 failure.`);
else if (!vitestOk && failed === 0) {
  // E.g. an unhandled error, a failing globalSetup or no test files: no test failed, yet the run did.
  console.error(`\nVitest exited with ${vitest.status ?? vitest.signal} although no test failed; counted as 1 failure.`);
  failed = 1;
}

// TODO(content lint): hook for tests/lint-content.mjs, which does not exist yet. Until it is
// decided whether it becomes a Vitest test, each run of it counts as one test; without it
// nothing happens.
if (existsSync(CONTENT_LINT)) {
  const lint = spawnSync(process.execPath, [CONTENT_LINT], { cwd: ROOT, stdio: 'inherit' });
  if (lint.status === 0) passed += 1;
  else failed += 1;
}

if (counts?.skipped) console.log(`(${counts.skipped} skipped or todo)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || !vitestOk ? 1 : 0;
