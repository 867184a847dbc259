import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type Started } from '../support/processes';
import { newId, newProof } from '../support/secrets';

/*
 * Rate limits against real app processes: two instances on one Redis with a
 * small reveal budget, so the limit must be shared through Redis.
 */

const redisUrl = inject('redisUrl');
let apps: Started[] = [];

beforeAll(async () => {
  const env = {
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `test-rl-${randomBytes(4).toString('hex')}:`,
    HANDOFF_RATE_REVEAL: '5/60',
    HANDOFF_RATE_PEEK: '5/60',
  };
  apps = await Promise.all([startApp(env), startApp(env)]);
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.stop();
});

const reveal = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/secrets/${newId()}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ linkProof: newProof() }),
  });

describe('rate limits', () => {
  it('answer 429 with Retry-After once the budget is spent, shared by two instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await reveal(apps[i % 2]!.url)).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const limited = await reveal(apps[0]!.url);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
  });

  it('cannot be evaded by spoofing X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await reveal(apps[1]!.url, { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `192.0.2.${i}` })).status,
      );
    }
    expect(statuses).toEqual([429, 429, 429]);
  });

  it('keeps separate budgets per action', async () => {
    const peek = await fetch(`${apps[0]!.url}/api/secrets/${newId()}`, {
      headers: { Authorization: `Bearer ${newProof()}` },
    });
    expect(peek.status).toBe(404);
  });
});
