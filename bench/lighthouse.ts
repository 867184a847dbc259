import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { startApp, startRedis } from '../tests/support/processes';
import { shareText } from '../tests/support/client';

/*
 * Lighthouse 12 (Node 20) with the system Chromium on `/`, `/s#…` and `/m#…`
 * of the production build on Redis: performance, accessibility and best
 * practices, with Lighthouse's own desktop preset (`--preset=desktop`:
 * desktop screen, user agent and scoring, and its desktop throttling: 40 ms
 * RTT, 10 Mbit/s, no CPU slowdown, simulated). Run: `npx tsx bench/lighthouse.ts`
 * (after `npm run build`); writes bench/results/lighthouse-<date>.json, and
 * every full report to $LIGHTHOUSE_REPORT_DIR if set.
 *
 * `--mobile` runs Lighthouse's default configuration instead (what the CLI
 * does without `--preset`): a Moto G Power screen and user agent, slow 4G
 * (150 ms RTT, 1.6 Mbit/s) and a 4x slower CPU, scored against mobile
 * thresholds. `--mobile-network` keeps the desktop preset but throttles the
 * network and CPU that way: what this script measured before it used the
 * preset; a stress view.
 *
 * Each page is fetched once before it is measured: the first request after
 * the server starts pays for loading and compiling its modules (hundreds of
 * ms), which no visitor of a running server waits for.
 */

const { values: args } = parseArgs({
  options: { 'mobile-network': { type: 'boolean', default: false }, mobile: { type: 'boolean', default: false } },
});
const variant = args.mobile ? 'mobile' : args['mobile-network'] ? 'mobile-network' : 'desktop';
const config =
  variant === 'mobile'
    ? undefined
    : variant === 'mobile-network'
      ? { ...desktopConfig, settings: { ...desktopConfig.settings, throttling: constants.throttling.mobileSlow4G } }
      : desktopConfig;
/** Lighthouse sometimes loses the trace's navigation start on Chromium 156 (NO_NAVSTART): such a run measured nothing. */
const ATTEMPTS = 5;

const redis = await startRedis();
const app = await startApp({ REDIS_URL: redis.url });
const shared = await shareText(app.url, 'lighthouse', { maxViews: 10 });
const { formatManageFragment } = await import('../lib/crypto');
const pages = {
  '/': `${app.url}/`,
  '/s': `${app.url}/s#${shared.fragment}`,
  '/m': `${app.url}/m#${formatManageFragment(shared.id, shared.manageToken)}`,
};
for (const url of Object.values(pages)) await (await fetch(url)).text();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
// The metrics behind the performance score, as Lighthouse names its audits.
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
const scores: Record<string, Record<string, number>> = {};
const metrics: Record<string, Record<string, { value: number; score: number }>> = {};
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
try {
  for (const [name, url] of Object.entries(pages)) {
    let result: Awaited<ReturnType<typeof lighthouse>>;
    for (let attempt = 1; ; attempt++) {
      result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          throttlingMethod: 'simulate',
        },
        config,
      );
      const error = result?.lhr.runtimeError;
      if (!error) break;
      if (attempt === ATTEMPTS) throw new Error(`lighthouse: ${name}: ${error.code} ${error.message}`);
      console.error(`${name}: ${error.code}, measuring again`);
    }
    const categories = result!.lhr.categories;
    scores[name] = Object.fromEntries(
      Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
    );
    metrics[name] = Object.fromEntries(
      METRICS.map((id) => {
        const audit = result!.lhr.audits[id];
        return [id, { value: Number((audit?.numericValue ?? NaN).toFixed(3)), score: audit?.score ?? 0 }];
      }),
    );
    if (reportDir) {
      mkdirSync(reportDir, { recursive: true });
      writeFileSync(`${reportDir}/lighthouse${name.replaceAll('/', '-')}.json`, JSON.stringify(result!.lhr));
    }
    const failed = Object.values(result!.lhr.audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
    );
    console.log(name, scores[name], failed.map((a) => a.id).join(', '));
    console.log(
      '   ',
      Object.entries(metrics[name])
        .map(([id, m]) => `${id} ${m.value} (${Math.round(m.score * 100)})`)
        .join(' · '),
    );
  }
} finally {
  await chrome.kill();
  await app.stop();
  await redis.stop();
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  `bench/results/lighthouse-${new Date().toISOString().slice(0, 10)}${variant === 'desktop' ? '' : `-${variant}`}.json`,
  `${JSON.stringify({ variant, throttling: (config?.settings ?? { throttling: constants.throttling.mobileSlow4G }).throttling, scores, metrics }, null, 2)}\n`,
);
process.exit(0);
