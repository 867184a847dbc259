import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { redisAnswers, startApp, startRedis, type Started } from '../support/processes';

/**
 * Starts the production build on real Redis (TEST_REDIS_URL, default the
 * local one, else a private redis-server) and hands its URL to the tests via
 * HANDOFF_E2E_URL. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('browser tests need the production build: run `npm run build`');
  const started: Started[] = [];
  let redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    const redis = await startRedis();
    started.push(redis);
    redisUrl = redis.url;
  }
  const app = await startApp({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `e2e-${randomBytes(6).toString('hex')}:` });
  started.push(app);
  process.env.HANDOFF_E2E_URL = app.url;
  return async () => {
    for (const s of started.reverse()) await s.stop();
  };
}
