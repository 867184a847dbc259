import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { redisAnswers, startApp, startRedis, type Started } from '../support/processes';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    redisAppUrl: string;
    memoryAppUrl: string;
    keyPrefix: string;
  }
}

/**
 * Integration tests talk to a real Redis (TEST_REDIS_URL, default the local
 * one; a private redis-server is started when none answers) and to the built
 * app, once on Redis and once on the embedded store. Keys carry a prefix
 * unique to this run, so runs never collide.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: Started[] = [];
  let redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    const redis = await startRedis();
    started.push(redis);
    redisUrl = redis.url;
  }
  const keyPrefix = `test-${randomBytes(6).toString('hex')}:`;
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('integration tests need the production build: run `npm run build`');
  const redisApp = await startApp({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix });
  started.push(redisApp);
  const memoryApp = await startApp({});
  started.push(memoryApp);

  project.provide('redisUrl', redisUrl);
  project.provide('redisAppUrl', redisApp.url);
  project.provide('memoryAppUrl', memoryApp.url);
  project.provide('keyPrefix', keyPrefix);

  return async () => {
    for (const s of started.reverse()) await s.stop();
  };
}
