#!/usr/bin/env node
/*
 * `npm test`: every gate and every suite, in CI order, with one plain summary.
 *   typecheck -> lint -> format -> unit -> build -> integration -> e2e
 * Test suites keep running after a failing suite, so the summary counts them
 * all; a failing gate (typecheck, lint, format, build) counts as one failure.
 * Prints `N passed, N failed[, N skipped]` last, writes it to reports/summary.txt,
 * and exits non-zero if anything failed or no test ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => `node_modules/.bin/${name}`;
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function gate(label, command, args) {
  if (run(label, command, args)) return true;
  totals.failed += 1;
  failures.push(label);
  return false;
}

function vitest(project) {
  const report = `reports/vitest-${project}.json`;
  const ok = run(`${project} tests`, bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${project} tests (no report)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load reports no failed test but a failed file.
  if (!ok && r.numFailedTests === 0) {
    totals.failed += 1;
    failures.push(`${project} tests (suite error)`);
  } else if (!ok) failures.push(`${project} tests`);
}

function playwright() {
  const report = 'reports/playwright.json';
  const ok = run('browser tests', bin('playwright'), ['test']);
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push('browser tests (no report)');
    return;
  }
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!ok && stats.unexpected === 0) {
    totals.failed += 1;
    failures.push('browser tests (run error)');
  } else if (!ok) failures.push('browser tests');
}

gate('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
gate('lint', bin('eslint'), ['.', '--max-warnings', '0']);
gate('format', bin('prettier'), ['--check', '.']);
vitest('unit');
if (gate('build', 'npm', ['run', 'build'])) {
  vitest('integration');
  playwright();
}

const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('reports/summary.txt', `${summary}\n`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${summary}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
