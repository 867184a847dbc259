/*
 * `npm run bench`: Handoff's benchmarks (bench/README.md). Runs every section
 * against the production build on loopback, writes bench/results/<date>.json
 * and prints the report. `--check` also exits 1 when a target is missed.
 *
 *   npm run bench -- [--check] [--seconds 1.5] [--warmup 0.25] [--rounds 2] [--only memory,crypto,browser,api]
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { scryptSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { startRedis } from '../tests/support/processes';
import { startAdapter, startBaseline, startNext, type Server } from './api/servers';
import { runApiSuite, smokeTest, type ApiTarget, type CaseResults } from './api/suite';
import { createRealSecret } from './browser/real-secret';
import { weighPage } from './browser/page-weight';
import { timeReveal, type RevealTiming } from './browser/time-to-reveal';
import { cryptoInChromium } from './crypto/chromium';
import { runCryptoBench, type CryptoOptions } from './crypto/measure';
import { largeFileRoundTrip } from './browser/large-file';
import { measureFileMemory, measureSecretMemory } from './redis-memory';
import { formatReport } from './report';
import type { BenchResults } from './results-types';
import { checkTargets } from './targets';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '1.5' },
    warmup: { type: 'string', default: '0.25' },
    rounds: { type: 'string', default: '2' },
    only: { type: 'string', default: 'memory,crypto,browser,api' },
  },
});
const sections = new Set(args.only.split(','));
const settings = {
  seconds: Number(args.seconds),
  warmupSeconds: Number(args.warmup),
  rounds: Number(args.rounds),
  paddedBytes: 1024,
  concurrencies: [1, 50],
};
const MiB = 1024 * 1024;
const CRYPTO: CryptoOptions = {
  envelopeSizes: [1024, 64 * 1024, MiB, 10 * MiB],
  fileSizes: [1024, 64 * 1024, MiB, 10 * MiB],
  secretSizes: [1024, 64 * 1024, MiB],
  scryptRuns: 5,
};
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const REVEAL_RUNS = 10;

const startedAt = performance.now();
const log = (line: string) => console.error(`[${Math.round((performance.now() - startedAt) / 1000)} s] ${line}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cleanups: (() => Promise<unknown>)[] = [];
async function started<T extends { stop: () => Promise<void> }>(server: Promise<T>): Promise<T> {
  const s = await server;
  cleanups.push(() => s.stop());
  return s;
}

async function redisVersion(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    return /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}

function gitState(): BenchResults['git'] {
  const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain')
      .split('\n')
      .filter((l) => l && !l.slice(3).startsWith('bench/'));
    return { commit: git('rev-parse', '--short', 'HEAD'), changedFiles: changed.length };
  } catch {
    return { commit: 'unknown', changedFiles: 0 };
  }
}

function nativeScryptMs(runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    scryptSync('correct horse battery staple', 'sixteen byte salt', 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * MiB });
    times.push(performance.now() - t0);
  }
  return Math.round(median(times));
}

const SERVERS: Record<string, string> = {
  baseline: 'bench/baseline-server.mjs: node:http + ioredis, the same Lua scripts, no validation',
  'baseline-rl': 'the baseline plus the app’s rate-limit script before each call (the app’s Redis work, all of it)',
  'adapter-redis': '`npm start` (server.mjs, the lean node:http adapter) on Redis: what production runs',
  'next-redis': 'bench/next-server.mjs: the same table through Next’s catch-all route (app/api/[[...path]]) on Redis',
  'adapter-memory': '`npm start` on the embedded memory store',
  'next-memory': 'bench/next-server.mjs on the memory store; its /api/health is the framework floor',
};

async function apiSection(app: Server, redisFor: () => Promise<string>): Promise<NonNullable<BenchResults['api']>> {
  const all = settings.concurrencies;
  const full = { create: all, peek: all, reveal: all, pair: all };
  const baseline = await started(startBaseline(await redisFor(), 'handoff:'));
  const baselineRl = await started(startBaseline(await redisFor(), 'handoff:', true));
  const nextRedis = await started(startNext(await redisFor(), 'handoff:'));
  const adapterMemory = await started(startAdapter(null, 'handoff:'));
  const nextMemory = await started(startNext(null, 'handoff:'));
  const targets: ApiTarget[] = [
    { name: 'baseline', url: baseline.url, plan: { ...full, health: [50] } },
    { name: 'baseline-rl', url: baselineRl.url, plan: { create: [50], peek: [50], reveal: [50] } },
    { name: 'adapter-redis', url: app.url, plan: full },
    { name: 'next-redis', url: nextRedis.url, plan: full },
    { name: 'adapter-memory', url: adapterMemory.url, plan: { ...full, health: [50] } },
    { name: 'next-memory', url: nextMemory.url, plan: { health: all } },
  ];
  for (const t of targets) if (t.plan.create) await smokeTest(t.url, settings.paddedBytes);
  const results = await runApiSuite(targets, { ...settings, log });
  return {
    servers: SERVERS,
    results,
    ratios: ratiosTo('baseline', results, ['baseline']),
    sameWorkRatios: ratiosTo('baseline-rl', results, ['baseline', 'baseline-rl']),
  };
}

/** Each server's req/s ÷ `baseline`'s, by case and concurrency, where that baseline ran the same case. */
function ratiosTo(baseline: string, results: Record<string, CaseResults>, except: string[]) {
  const ratios: Record<string, Record<string, Record<string, number>>> = {};
  for (const [server, byCase] of Object.entries(results)) {
    for (const [name, byC] of Object.entries(byCase)) {
      for (const [c, result] of Object.entries(byC)) {
        const base = results[baseline]?.[name as keyof typeof byCase]?.[c];
        if (!base || except.includes(server)) continue;
        ((ratios[server] ??= {})[name] ??= {})[c] = Number((result.rps / base.rps).toFixed(3));
      }
    }
  }
  return ratios;
}

async function browserSection(browser: Browser, app: Server) {
  const text = 'DATABASE_URL=postgres://app:s3cr3t@db.internal:5432/app\nSTRIPE_KEY=sk_live_51HxExample';
  const shown = await createRealSecret(app.url, text);
  const pages = [
    await weighPage(browser, `${app.url}/`, '/'),
    await weighPage(browser, shown.shareUrl, '/s'),
    await weighPage(browser, shown.manageUrl, '/m'),
  ];
  // The framework's floor: the smallest page of the same build (the 404 page, root layout only).
  const floor = await weighPage(browser, `${app.url}/bench-no-such-page`, '/_not-found');
  const sPage = pages[1]!;
  const runs: RevealTiming[] = [];
  await timeReveal(browser, await createRealSecret(app.url, text)); // warm-up, discarded
  for (let i = 0; i < REVEAL_RUNS; i++) runs.push(await timeReveal(browser, await createRealSecret(app.url, text)));
  const key = (k: keyof RevealTiming) => Number(median(runs.map((r) => r[k])).toFixed(1));
  log('A 100 MiB file through the pages…');
  const largeFile = await largeFileRoundTrip(browser, app.url, 100 * 1024 * 1024);
  return {
    largeFile,
    pages: {
      pages,
      floor,
      sFirstLoadJsGzipAboveFloor: sPage.firstLoad.js.gzip - floor.firstLoad.js.gzip,
      sJsGzipUntilIdle: sPage.all.js.gzip,
    },
    reveal: {
      runs,
      median: {
        readyMs: key('readyMs'),
        revealMs: key('revealMs'),
        requestMs: key('requestMs'),
        showMs: key('showMs'),
      },
    },
  };
}

async function main() {
  const needsBuild = ['api', 'browser'].some((section) => sections.has(section));
  if (needsBuild && (!existsSync('.next/BUILD_ID') || !existsSync('dist-server/api.mjs'))) {
    throw new Error('bench: needs the production build: run `npm run build` first');
  }
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const partial: Omit<BenchResults, 'targets' | 'machine' | 'runSeconds' | 'git'> = {
    date: new Date().toISOString(),
    settings,
  };
  // Each Redis-backed server gets its own redis-server: no server sees another's keys or load.
  const redisFor = async () => (await started(startRedis())).url;
  let browser: Browser | undefined;
  let chromiumVersion = 'not run';
  let redisUrl = '';
  let redisVersionText = 'unknown';
  try {
    redisUrl = await redisFor();
    redisVersionText = await redisVersion(redisUrl);
    if (sections.has('memory')) {
      log('Redis memory per secret…');
      partial.redisMemory = [];
      for (const [bytes, count, receipt] of [
        [256, 10_000, true],
        [1024, 10_000, true],
        [4096, 10_000, true],
        [64 * 1024, 1_000, true],
        [1024, 10_000, false],
      ] as const) {
        partial.redisMemory.push(await measureSecretMemory(redisUrl, bytes, count, receipt));
      }
      log('Redis memory per MiB of files…');
      partial.redisFileMemory = [];
      for (const [bytes, count] of [
        [256, 1_000],
        [65536, 500],
        [MiB, 50],
        [10 * MiB, 10],
      ] as const) {
        partial.redisFileMemory.push(await measureFileMemory(redisUrl, bytes, count));
      }
    }
    if (sections.has('crypto')) {
      log('Crypto in Node…');
      partial.crypto = { node: { ...(await runCryptoBench(CRYPTO)), nativeScryptMedianMs: nativeScryptMs(3) } };
    }
    if (sections.has('crypto') || sections.has('browser')) {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      chromiumVersion = browser.version();
    }
    if (sections.has('crypto') && browser && partial.crypto) {
      log('Crypto in Chromium…');
      partial.crypto.chromium = await cryptoInChromium(browser, CRYPTO);
    }
    if (sections.has('browser') || sections.has('api')) {
      const app = await started(startAdapter(redisUrl, 'handoff:'));
      if (sections.has('browser') && browser) {
        log('Page weight and time to reveal…');
        Object.assign(partial, await browserSection(browser, app));
      }
      if (sections.has('api')) {
        log('API load…');
        partial.api = await apiSection(app, redisFor);
      }
    }
  } finally {
    await browser?.close();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
  const results: BenchResults = {
    ...partial,
    runSeconds: Math.round((performance.now() - t0) / 1000),
    git: gitState(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      redis: redisVersionText,
      chromium: chromiumVersion,
      loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
    },
    targets: [],
  };
  results.targets = checkTargets(results);
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${results.date.slice(0, 10)}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatReport(results));
  log(`results: ${file}`);
  const missed = results.targets.filter((t) => t.pass === false);
  if (args.check && missed.length > 0) {
    log(`bench --check: ${missed.length} target(s) missed: ${missed.map((t) => t.name).join('; ')}`);
    process.exitCode = 1;
  }
}

await main();
