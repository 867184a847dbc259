import { writeFileSync, mkdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startApp, startRedis } from '../tests/support/processes';
import { shareText } from '../tests/support/client';

/*
 * Lighthouse 12 (Node 20) with the system Chromium on `/`, `/s#…` and `/m#…`
 * of the production build on Redis: performance, accessibility and best
 * practices, desktop preset. Run: `npx tsx bench/lighthouse.ts` (after
 * `npm run build`); writes bench/results/lighthouse-<date>.json.
 */

const redis = await startRedis();
const app = await startApp({ REDIS_URL: redis.url });
const shared = await shareText(app.url, 'lighthouse', { maxViews: 10 });
const { formatManageFragment } = await import('../lib/crypto');
const pages = {
  '/': `${app.url}/`,
  '/s': `${app.url}/s#${shared.fragment}`,
  '/m': `${app.url}/m#${formatManageFragment(shared.id, shared.manageToken)}`,
};
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
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'simulate',
    });
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
  `bench/results/lighthouse-${new Date().toISOString().slice(0, 10)}.json`,
  `${JSON.stringify({ scores, metrics }, null, 2)}\n`,
);
process.exit(0);
