import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startApp, startRedis, type Started } from '../support/processes';
import { postJson, shareText } from '../support/client';

/*
 * Outages, crashes, a full Redis and several app instances, with real
 * redis-server processes on free loopback ports and real app processes.
 */

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 60_000);

async function track<T extends Started>(started: Promise<T>): Promise<T> {
  const s = await started;
  cleanups.push(s.stop);
  return s;
}

const reveal = (base: string, id: string, linkProof: string) =>
  postJson(`${base}/api/secrets/${id}/reveal`, { linkProof });

describe('when Redis goes away', () => {
  it('answers 503 quickly while it is down and recovers by itself when it returns', async () => {
    const redis = await startRedis();
    const app = await track(startApp({ REDIS_URL: redis.url }));
    const before = await shareText(app.url, 'survives the outage', { maxViews: 2 });
    await redis.stop();

    for (const call of [
      () => postJson(`${app.url}/api/secrets`, {}),
      () => reveal(app.url, before.id, before.linkProof),
    ]) {
      const started = Date.now();
      const res = await call();
      // An invalid create body is still a 400: validation needs no store. Everything else is a 503.
      expect([400, 503]).toContain(res.status);
      expect(Date.now() - started).toBeLessThan(6000);
    }
    const down = await reveal(app.url, before.id, before.linkProof);
    expect(down.status).toBe(503);
    expect(down.json).toMatchObject({ error: 'store_unavailable' });
    expect(down.headers.get('retry-after')).toBe('5');
    expect((await fetch(`${app.url}/api/health`)).status).toBe(503);

    const back = await track(startRedis({ port: redis.port }));
    void back;
    const deadline = Date.now() + 15_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      healthy = (await fetch(`${app.url}/api/health`)).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 250));
    }
    expect(healthy).toBe(true);
    // The Redis came back empty (no persistence in this test): the old secret is gone, new ones work.
    const after = await shareText(app.url, 'after the outage');
    expect((await reveal(app.url, after.id, after.linkProof)).status).toBe(200);
    expect(app.output()).not.toContain('Unhandled');
    expect(app.output().split('store: redis error').length - 1).toBeLessThanOrEqual(2);
  }, 60_000);
});

describe('a kill -9 of Redis with the shipped durability settings', () => {
  it('loses no acknowledged secret and resurrects no acknowledged burn', async () => {
    const durable = ['--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'];
    const redis = await startRedis({ args: durable });
    const app = await track(startApp({ REDIS_URL: redis.url }));
    const kept = await Promise.all(Array.from({ length: 20 }, (_, i) => shareText(app.url, `kept ${i}`)));
    const burned = await Promise.all(Array.from({ length: 20 }, (_, i) => shareText(app.url, `burned ${i}`)));
    for (const b of burned) expect((await reveal(app.url, b.id, b.linkProof)).status).toBe(200);

    redis.process.kill('SIGKILL');
    await once(redis.process, 'exit');
    const restarted = await track(startRedis({ port: redis.port, dir: redis.dir, args: durable }));
    cleanups.push(async () => {
      await restarted.stop();
      await redis.stop();
    });

    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await fetch(`${app.url}/api/health`)).status !== 200) {
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const b of burned) expect((await reveal(app.url, b.id, b.linkProof)).status).toBe(404);
    for (const k of kept) expect((await reveal(app.url, k.id, k.linkProof)).status).toBe(200);
  }, 60_000);
});

describe('a Redis that is out of memory', () => {
  it('refuses new secrets with 507 and still reveals stored ones', async () => {
    const redis = await track(startRedis({ args: ['--maxmemory', '64mb', '--maxmemory-policy', 'noeviction'] }));
    const app = await track(startApp({ REDIS_URL: redis.url }));
    const stored = await shareText(app.url, 'stored before the memory ran out', { maxViews: 2 });
    // Put Redis firmly over its limit, as a full production Redis would be.
    const admin = new Redis(redis.url);
    const used = Number(/used_memory:(\d+)/.exec(await admin.info('memory'))?.[1]);
    await admin.config('SET', 'maxmemory', String(Math.floor(used / 2)));
    admin.disconnect();

    const refused = await shareText(app.url, 'no room').then(
      () => 'created',
      (e: Error) => e.message,
    );
    expect(refused).toBe('shareText: store_full');
    const released = await reveal(app.url, stored.id, stored.linkProof);
    expect(released.status).toBe(200);
    expect((await reveal(app.url, stored.id, stored.linkProof)).status).toBe(200);
    expect((await reveal(app.url, stored.id, stored.linkProof)).status).toBe(404);
  }, 60_000);
});

describe('the eviction-policy check at startup', () => {
  it('refuses to start on a Redis that may evict, unless told to', async () => {
    const redis = await track(startRedis({ args: ['--maxmemory-policy', 'allkeys-lru'] }));
    const port = String(await freePort());
    const child = spawn(process.execPath, ['server.mjs'], {
      env: { ...process.env, NODE_ENV: 'production', REDIS_URL: redis.url, PORT: port, HOSTNAME: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output).toContain('maxmemory-policy is allkeys-lru');
    expect(output).toContain('HANDOFF_ALLOW_EVICTION=1');

    const allowed = await track(startApp({ REDIS_URL: redis.url, HANDOFF_ALLOW_EVICTION: '1' }));
    expect((await fetch(`${allowed.url}/api/health`)).status).toBe(200);
    expect(allowed.output()).toContain('Running anyway');
  }, 60_000);
});

describe('two app instances on one Redis', () => {
  it('release exactly maxViews of 100 concurrent reveals split across both', async () => {
    const redis = await track(startRedis());
    const [a, b] = await Promise.all([
      track(startApp({ REDIS_URL: redis.url })),
      track(startApp({ REDIS_URL: redis.url })),
    ]);
    for (const views of [1, 3, 10]) {
      const shared = await shareText(a!.url, `split ${views}`, { maxViews: views });
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => reveal(i % 2 ? a!.url : b!.url, shared.id, shared.linkProof)),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(views);
      expect(results.filter((r) => r.status === 404)).toHaveLength(100 - views);
    }
  }, 60_000);
});
