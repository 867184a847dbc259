import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { RedisConnection, script } from '@/lib/redis/connection';
import { linkCredentials, sealSecret } from '@/lib/crypto';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { isStoreError } from '@/lib/store';
import { RedisStore } from '@/lib/store/redis';
import { postJson, shareText } from '../support/client';
import { startApp, startRedis, type Started } from '../support/processes';
import { secretFixture, verifierOf } from '../support/secrets';

/*
 * Reliability review (issue 18): the store's answers tell the truth about
 * what happened, health says what the API would do, and a stalled Redis is
 * answered at once beyond a bound. Real redis-server and app processes on free
 * loopback ports; every one is stopped when its test ends.
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const status = async (url: string) => (await fetch(url)).status;
const peek = (base: string, id: string, linkProof: string) =>
  fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${linkProof}` } });

/** A create body sealed as the browser seals it, and the link proof that opens it (nothing is sent). */
async function sealedCreate(text = 'maybe stored') {
  const { fragment, sealed } = await sealSecret({ kind: 'text', text });
  const { linkProof } = linkCredentials(decodeBase64url(fragment));
  return { body: { ...sealed, ttlSeconds: 300, maxViews: 1 }, linkProof };
}

describe('R1: a broken connection never answers store_unavailable for a call that took effect', () => {
  it('compares every answer with the store afterwards, over rounds of CLIENT KILL mid-flight', async () => {
    const redis = await track(startRedis());
    const app = await track(startApp({ REDIS_URL: redis.url }));
    const admin = new Redis(redis.url);
    onTestFinished(() => void admin.disconnect());
    const tally: Record<string, number> = {};
    const lies: string[] = [];
    for (const killAfterMs of [2, 5, 8, 12, 16, 20, 30, 40]) {
      const secrets = await Promise.all(Array.from({ length: 60 }, () => shareText(app.url, 'in flight')));
      const creates = await Promise.all(Array.from({ length: 60 }, () => sealedCreate()));
      const reveals = secrets.map((s) =>
        postJson(`${app.url}/api/secrets/${s.id}/reveal`, { linkProof: s.linkProof }).then((r) => ({
          kind: 'reveal' as const,
          s,
          r,
        })),
      );
      const made = creates.map((c) =>
        postJson(`${app.url}/api/secrets`, c.body).then((r) => ({ kind: 'create' as const, c, r })),
      );
      await sleep(killAfterMs);
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal');
      const answers = await Promise.all([...reveals, ...made]);
      await until('the app to reconnect', async () => (await status(`${app.url}/api/health`)) === 200, 15_000);
      for (const a of answers) {
        const code = a.r.status === 503 ? String((a.r.json as { error?: string }).error) : String(a.r.status);
        tally[`${a.kind} ${code}`] = (tally[`${a.kind} ${code}`] ?? 0) + 1;
        if (code !== 'store_unavailable') continue;
        // store_unavailable promises "nothing happened": the reveal's view is still there, the create is not.
        const after =
          a.kind === 'reveal'
            ? await peek(app.url, a.s.id, a.s.linkProof)
            : await peek(app.url, a.c.body.id, a.c.linkProof);
        const tookEffect = a.kind === 'reveal' ? after.status === 404 : after.status === 200;
        if (tookEffect) lies.push(`${a.kind} after a kill at ${killAfterMs} ms`);
      }
    }
    console.info(`R1 answers: ${JSON.stringify(tally)}`);
    expect(lies).toEqual([]);
    // The kills did land on calls in flight (else this test proves nothing).
    const failures = Object.entries(tally).filter(([k]) => / (store_unavailable|outcome_unknown)$/.test(k));
    expect(failures.reduce((n, [, v]) => n + v, 0)).toBeGreaterThan(0);
  }, 120_000);
});

describe('R1: at the store, for claims in flight when the connection is killed', () => {
  it('answers outcome_unknown or the truth for every claim, never unavailable for a used view', async () => {
    const redis = await track(startRedis());
    const admin = new Redis(redis.url);
    onTestFinished(() => void admin.disconnect());
    const store = new RedisStore(new RedisConnection({ target: { mode: 'single', url: redis.url } }), {
      keyPrefix: 'r1:',
    });
    onTestFinished(() => store.close());
    const tally: Record<string, number> = {};
    const lies: number[] = [];
    for (let round = 0; round < 24; round++) {
      const fixtures = Array.from({ length: 100 }, () => secretFixture());
      for (const f of fixtures) await store.putSecret(f.secret);
      const claims = fixtures.map((f) =>
        store
          .claimSecret(f.secret.id, { linkVerifier: f.linkVerifier, passwordVerifier: null, leaseVerifier: null })
          .then(
            (r) => r.kind,
            (error: unknown) => (isStoreError(error) ? error.code : 'other'),
          ),
      );
      // From before the claims are written to after some have run: the kill lands at every stage.
      await sleep(round % 6);
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal');
      const answers = await Promise.all(claims);
      await until('a reconnect', () => store.ping(), 10_000);
      for (const [i, answer] of answers.entries()) {
        tally[answer] = (tally[answer] ?? 0) + 1;
        const f = fixtures[i]!;
        if (answer === 'unavailable' && !(await store.peekSecret(f.secret.id, f.linkVerifier))) lies.push(round);
      }
    }
    console.info(`R1 store answers: ${JSON.stringify(tally)}`);
    expect(lies).toEqual([]);
    expect(tally.outcome_unknown ?? 0).toBeGreaterThan(0);
  }, 120_000);
});

describe('R4: health and readiness follow the eviction policy of the running Redis', () => {
  it('fail within the check interval after CONFIG SET to an evicting policy, and recover when set back', async () => {
    const redis = await track(startRedis({ args: ['--maxmemory-policy', 'noeviction'] }));
    const app = await track(startApp({ REDIS_URL: redis.url, HANDOFF_REDIS_CHECK_SECONDS: '1' }));
    const admin = new Redis(redis.url);
    onTestFinished(() => void admin.disconnect());
    expect(await status(`${app.url}/api/health`)).toBe(200);

    await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const noticed = await until(
      'health to fail',
      async () => (await status(`${app.url}/api/health`)) === 503,
      3000, // 1 s interval, with room for a busy machine
    );
    expect(await status(`${app.url}/api/ready`)).toBe(503);
    const refused = await postJson(`${app.url}/api/secrets`, (await sealedCreate()).body);
    expect([refused.status, (refused.json as { error: string }).error]).toEqual([503, 'store_unavailable']);
    expect(app.output()).toContain('maxmemory-policy is allkeys-lru');

    await admin.config('SET', 'maxmemory-policy', 'noeviction');
    await until('health to recover', async () => (await status(`${app.url}/api/health`)) === 200, 3000);
    expect(await status(`${app.url}/api/ready`)).toBe(200);
    expect((await postJson(`${app.url}/api/secrets`, (await sealedCreate()).body)).status).toBe(201);
    console.info(`R4: noticed the evicting policy after ${noticed} ms`);
  }, 60_000);

  it('serves nothing from a Redis that comes back with an evicting policy', async () => {
    const redis = await startRedis();
    const app = await track(startApp({ REDIS_URL: redis.url, HANDOFF_REDIS_CHECK_SECONDS: '3600' }));
    await redis.stop();
    const back = await track(startRedis({ port: redis.port, args: ['--maxmemory-policy', 'allkeys-lru'] }));
    void back;
    // Reconnects take up to 2 s; no create may be stored meanwhile, health must fail throughout.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const created = await postJson(`${app.url}/api/secrets`, (await sealedCreate()).body);
      expect(created.status).toBe(503);
      expect(await status(`${app.url}/api/health`)).toBe(503);
      await sleep(100);
    }
    expect(app.output()).toContain('maxmemory-policy is allkeys-lru');
  }, 60_000);
});

describe('Backpressure: a stalled Redis is answered at once beyond the bound', () => {
  it('never has more than maxInFlight calls waiting, and refuses the rest before sending them', async () => {
    const redis = await track(startRedis());
    const connection = new RedisConnection({ target: { mode: 'single', url: redis.url }, maxInFlight: 5 });
    onTestFinished(() => connection.close());
    const ping = script('return 1', { changesSecrets: true });
    expect(await connection.run(ping, [], [])).toBe(1);
    const admin = new Redis(redis.url);
    onTestFinished(() => void admin.disconnect());
    await admin.call('CLIENT', 'PAUSE', '1500', 'ALL');
    let most = 0;
    const calls = Array.from({ length: 50 }, () => {
      const call = connection.run(ping, [], []).then(
        () => 'ran',
        (error: unknown) => (isStoreError(error) ? error.code : 'other'),
      );
      most = Math.max(most, connection.inFlight);
      return call;
    });
    const results = await Promise.all(calls);
    expect(most).toBe(5);
    expect(results.filter((r) => r === 'ran')).toHaveLength(5);
    // Refused before sending: unavailable, truthfully, even for a script that changes secrets.
    expect(results.filter((r) => r === 'unavailable')).toHaveLength(45);
  });

  it('answers the excess 503 store_unavailable with Retry-After at once, over HTTP', async () => {
    const redis = await track(startRedis());
    const bound = 20;
    const app = await track(startApp({ REDIS_URL: redis.url, HANDOFF_STORE_MAX_IN_FLIGHT: String(bound) }));
    const secret = await shareText(app.url, 'behind a paused Redis', { maxViews: 10 });
    const admin = new Redis(redis.url);
    onTestFinished(() => void admin.disconnect());
    const burst = () =>
      Promise.all(
        Array.from({ length: 80 }, async () => {
          const started = performance.now();
          const res = await peek(app.url, secret.id, secret.linkProof);
          await res.text();
          return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - started };
        }),
      );
    // The same burst with Redis answering: it opens the keep-alive sockets and gives a baseline.
    const baseline = (await burst()).map((a) => a.ms).sort((x, y) => x - y);
    await admin.call('CLIENT', 'PAUSE', '3000', 'ALL');
    const answers = await burst();
    const refused = answers.filter((a) => a.status === 503);
    const waited = answers.filter((a) => a.status === 200);
    // Each waiting peek holds one call (the rate limiter's) while Redis is paused: at most `bound` wait.
    expect(waited.length).toBeLessThanOrEqual(bound);
    expect(refused.length).toBeGreaterThanOrEqual(80 - bound);
    expect(refused.every((a) => a.retryAfter === '5')).toBe(true);
    const ms = refused.map((a) => a.ms).sort((x, y) => x - y);
    console.info(
      `Backpressure: ${refused.length} refused in p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, ` +
        `max ${ms.at(-1)!.toFixed(1)} ms; ${waited.length} waited; the same burst unpaused: ` +
        `p50 ${baseline[40]!.toFixed(1)} ms, max ${baseline.at(-1)!.toFixed(1)} ms`,
    );
    expect(ms.at(-1)!).toBeLessThan(100);
  }, 60_000);
});

describe('Replication: HANDOFF_REDIS_MIN_REPLICAS_ACK', () => {
  const claimOf = (f: ReturnType<typeof secretFixture>) => ({
    linkVerifier: f.linkVerifier,
    passwordVerifier: null,
    leaseVerifier: null,
  });

  async function masterAndReplica() {
    // No diskless-sync delay (5 s by default): the replica syncs at once.
    const master = await track(startRedis(['--repl-diskless-sync-delay', '0']));
    const replica = await startRedis([
      '--replicaof',
      '127.0.0.1',
      String(master.port),
      '--enable-debug-command',
      'yes',
    ]);
    cleanups.push(replica.stop);
    const onMaster = new Redis(master.url);
    const onReplica = new Redis(replica.url);
    onReplica.on('error', () => undefined); // the replica is stopped in some tests
    onTestFinished(() => {
      onMaster.disconnect();
      onReplica.disconnect();
    });
    await until(
      'the replica to sync',
      async () => /master_link_status:up/.test(await onReplica.info('replication')),
      20_000,
    );
    return { master, replica, onMaster, onReplica };
  }

  const storeOn = (url: string, replicaAck?: { replicas: number; timeoutMs: number }) => {
    const store = new RedisStore(new RedisConnection({ target: { mode: 'single', url }, replicaAck }), {
      keyPrefix: 'ack:',
    });
    onTestFinished(() => store.close());
    return store;
  };

  it('acknowledges a create only once the replica has it', async () => {
    const { master, replica, onReplica } = await masterAndReplica();
    // A generous timeout: this test is about what the replica holds, not about timing on a busy machine.
    const store = storeOn(master.url, { replicas: 1, timeoutMs: 2000 });
    for (let i = 0; i < 50; i++) {
      const f = secretFixture();
      expect((await store.putSecret(f.secret)).kind).toBe('created');
      // Read on the replica right after the answer: it is there already.
      expect(await onReplica.exists(`ack:{${f.secret.id}}:secret`)).toBe(1);
    }
    // A replica asleep for 400 ms: the create waits for it (without the option it would not).
    const sleeper = new Redis(replica.url);
    onTestFinished(() => void sleeper.disconnect());
    for (const [ack, waits] of [
      [undefined, false],
      [{ replicas: 1, timeoutMs: 2000 }, true],
    ] as const) {
      const asleep = sleeper.call('DEBUG', 'SLEEP', '0.4');
      await sleep(50);
      const started = performance.now();
      const f = secretFixture();
      await storeOn(master.url, ack).putSecret(f.secret);
      const took = performance.now() - started;
      if (waits) expect(took).toBeGreaterThan(250);
      else expect(took).toBeLessThan(250);
      await asleep;
      expect(await onReplica.exists(`ack:{${f.secret.id}}:secret`)).toBe(1);
    }
  });

  it('refuses creates within the timeout while the replica is down, and withdraws them', async () => {
    const { master, replica, onMaster } = await masterAndReplica();
    const timeoutMs = 300;
    // Stored while the replica is up, with room for a busy machine: only the refusals below are timed.
    const patient = storeOn(master.url, { replicas: 1, timeoutMs: 2000 });
    const burned = secretFixture();
    await patient.putSecret(burned.secret);
    const revoked = secretFixture();
    await patient.putSecret(revoked.secret);
    await replica.stop();
    const store = storeOn(master.url, { replicas: 1, timeoutMs });

    const single = secretFixture();
    let started = performance.now();
    await expect(store.putSecret(single.secret)).rejects.toSatisfy(
      (e: unknown) => isStoreError(e) && e.code === 'unavailable',
    );
    const one = performance.now() - started;
    // A write may wait behind the WAIT in flight, then for its own (docs/deploy.md): at most two timeouts.
    expect(one).toBeLessThan(2 * timeoutMs + 500);
    expect(await onMaster.exists(`ack:{${single.secret.id}}:secret`)).toBe(0);

    // Concurrent creates share each WAIT: none waits longer than two timeouts.
    const many = Array.from({ length: 20 }, () => secretFixture());
    started = performance.now();
    const answers = await Promise.all(
      many.map((f) =>
        store.putSecret(f.secret).then(
          () => 'created',
          (e: unknown) => (isStoreError(e) ? e.code : 'other'),
        ),
      ),
    );
    const all = performance.now() - started;
    expect(answers).toEqual(many.map(() => 'unavailable'));
    expect(all).toBeLessThan(2 * timeoutMs + 500);

    // A reveal still releases the envelope (the view is spent either way); a revoke says it cannot tell.
    expect((await store.claimSecret(burned.secret.id, claimOf(burned))).kind).toBe('released');
    await expect(store.revokeSecret(revoked.secret.id, verifierOf(revoked.manageToken))).rejects.toSatisfy(
      (e: unknown) => isStoreError(e) && e.code === 'outcome_unknown',
    );
    console.info(
      `Replication, replica down: one create refused in ${one.toFixed(0)} ms, 20 at once in ${all.toFixed(0)} ms`,
    );
  }, 60_000);
});
