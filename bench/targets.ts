import type { BenchResults, TargetCheck } from './results-types';

/*
 * The targets of issue 7, as bench/README.md states them. The server that
 * `npm start` runs is `adapter-redis`; "30 KB" is read as 30,000 bytes. The
 * issue's baseline is "a minimal node:http server doing exactly the same
 * Redis work": that is `baseline-rl` (the app's rate-limit script, then the
 * operation), not `baseline`, which skips the rate limiter's round trip.
 */

export const TARGETS = {
  apiRatio: 0.5,
  apiP99Ms: 25,
  chromium10MiBMs: 500,
  sJsAboveFloorBytes: 30_000,
  /** Issue 25: 150 KiB, every script until network idle, so deferring code does not count as saving it. */
  sJsTotalBytes: 153_600,
  revealClickMs: 100,
} as const;

function check(
  name: string,
  value: number | null | undefined,
  limit: number,
  kind: 'min' | 'max',
  unit: string,
  strict = kind === 'max',
) {
  const known = value === undefined || value === null || Number.isNaN(value) ? null : value;
  const within = (v: number) => (kind === 'min' ? v >= limit : strict ? v < limit : v <= limit);
  const pass = known === null ? null : within(known);
  const margin = known === null ? null : Number(((kind === 'min' ? known - limit : limit - known) / limit).toFixed(3));
  return { name, value: known, limit, kind, strict, unit, pass, margin } satisfies TargetCheck;
}

/** Every target with its measured value; a section that did not run yields `pass: null`. */
export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const app = r.api?.results['adapter-redis'];
  const ratio = r.api?.ratios['adapter-redis'];
  const sameWork = r.api?.sameWorkRatios?.['adapter-redis'];
  // Payloads above 1 MiB can only be files, so the app seals 10 MiB with the file stream.
  const tenMiB = r.crypto?.chromium?.files.find((e) => e.bytes === 10 * 1024 * 1024);
  return [
    check('create c50: npm start ÷ baseline', ratio?.create?.c50, TARGETS.apiRatio, 'min', '×'),
    check('reveal c50: npm start ÷ baseline', ratio?.reveal?.c50, TARGETS.apiRatio, 'min', '×'),
    check('create c50: npm start ÷ baseline-rl (same Redis work)', sameWork?.create?.c50, TARGETS.apiRatio, 'min', '×'),
    check('reveal c50: npm start ÷ baseline-rl (same Redis work)', sameWork?.reveal?.c50, TARGETS.apiRatio, 'min', '×'),
    check('create c50: npm start p99', app?.create?.c50?.p99, TARGETS.apiP99Ms, 'max', 'ms'),
    check('reveal c50: npm start p99', app?.reveal?.c50?.p99, TARGETS.apiP99Ms, 'max', 'ms'),
    check(
      '10 MiB seal + open in Chromium (lib/crypto file stream)',
      tenMiB?.lib.bothMs,
      TARGETS.chromium10MiBMs,
      'max',
      'ms',
    ),
    check(
      '/s first-load JS above the floor (gzip)',
      r.pages?.sFirstLoadJsGzipAboveFloor,
      TARGETS.sJsAboveFloorBytes,
      'max',
      'B',
      false,
    ),
    check(
      '/s JavaScript until network idle (gzip, total)',
      r.pages?.sJsGzipUntilIdle,
      TARGETS.sJsTotalBytes,
      'max',
      'B',
      false,
    ),
    check('reveal click → plaintext (median)', r.reveal?.median.revealMs, TARGETS.revealClickMs, 'max', 'ms'),
  ];
}
