import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { MemoryStore } from '@/lib/store/memory';
import { RedisStore } from '@/lib/store/redis';
import { RedisConnection } from '@/lib/store/redis-connection';
import { RedisRateLimiter } from '@/lib/ratelimit';
import { StoreFullError, StoreOutcomeUnknownError, StoreUnavailableError } from '@/lib/store';
import { freePort, startRedis } from '../support/processes';
import { secretFixture } from '../support/secrets';
import { describeStoreContract } from './store-contract';

const redisUrl = inject('redisUrl');
const keyPrefix = `${inject('keyPrefix')}store:`;

describeStoreContract('memory', async (count) => {
  // One process-local store: the "instances" share it, as requests in one process do.
  const store = new MemoryStore({ maxBytes: 64 * 1024 * 1024 });
  return Array.from({ length: count }, () => store);
});

// Separate connections, as separate app instances would have.
const redisStore = (url = redisUrl) =>
  new RedisStore(new RedisConnection({ target: { mode: 'single', url } }), { keyPrefix });

describeStoreContract('redis', async (count) => Array.from({ length: count }, () => redisStore()));

describe('redis store specifics', () => {
  const raw = new Redis(redisUrl);
  const store = redisStore();
  afterAll(async () => {
    await store.close();
    raw.disconnect();
  });

  it('keeps a secret and its receipt under one hash tag, each with an expiry', async () => {
    const f = secretFixture({ ttlSeconds: 300, receiptTtlSeconds: 60 });
    await store.putSecret(f.secret);
    const keys = (await raw.keys(`${keyPrefix}{${f.secret.id}}*`)).sort();
    expect(keys).toEqual([`${keyPrefix}{${f.secret.id}}:receipt`, `${keyPrefix}{${f.secret.id}}:secret`]);
    // Absolute expiry times (PEXPIRETIME, Redis 7): two PTTL reads a millisecond apart would flake.
    const [receiptAt, secretAt] = (await Promise.all(keys.map((k) => raw.call('PEXPIRETIME', k)))) as number[];
    const secretTtl = secretAt! - Date.now();
    expect(secretTtl).toBeGreaterThan(290_000);
    expect(secretTtl).toBeLessThanOrEqual(300_000);
    expect(receiptAt! - secretAt!).toBe(60_000);
    const receipt = await raw.hgetall(keys[0]!);
    expect(Object.keys(receipt)).not.toContain('env');
  });

  it('stores no proof, only verifiers', async () => {
    const f = secretFixture({ password: true });
    await store.putSecret(f.secret);
    const record = await raw.hgetall(`${keyPrefix}{${f.secret.id}}:secret`);
    const stored = JSON.stringify(record);
    expect(stored).toContain(f.linkVerifier);
    expect(stored).not.toContain(f.linkProof);
    expect(stored).not.toContain(f.passwordProof!);
  });

  it('reports a claim whose answer never came as of unknown outcome, because it may have run', async () => {
    // A private Redis: pausing the shared one would stall other test runs.
    const own = await startRedis();
    onTestFinished(() => own.stop()); // also when an assertion fails: never leave a redis-server behind
    const patient = redisStore(own.url);
    const f = secretFixture();
    await patient.putSecret(f.secret);
    const impatient = new RedisStore(
      new RedisConnection({ target: { mode: 'single', url: own.url }, commandTimeoutMs: 300 }),
      { keyPrefix },
    );
    // Load the claim script first, so the paused command is the claim itself, not a NOSCRIPT miss.
    const warmUp = secretFixture();
    await patient.putSecret(warmUp.secret);
    await impatient.claimSecret(warmUp.secret.id, { linkVerifier: warmUp.linkVerifier, passwordVerifier: null });
    const admin = new Redis(own.url);
    await admin.call('CLIENT', 'PAUSE', '1000', 'WRITE');
    await expect(
      impatient.claimSecret(f.secret.id, { linkVerifier: f.linkVerifier, passwordVerifier: null }),
    ).rejects.toBeInstanceOf(StoreOutcomeUnknownError);
    await new Promise((r) => setTimeout(r, 1200));
    // The paused claim ran after all: the view is gone although nobody received it.
    expect(await patient.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
    await impatient.close();
    await patient.close();
    admin.disconnect();
  });

  it('rate-limits at the highest configurable rate without failing (the step rounds to 0 ms there)', async () => {
    const connection = new RedisConnection({ target: { mode: 'single', url: redisUrl } });
    const fastest = { count: 9_999_999, windowSeconds: 1 };
    const limiter = new RedisRateLimiter(connection, keyPrefix, {
      create: fastest,
      peek: fastest,
      reveal: fastest,
      manage: fastest,
    });
    for (let i = 0; i < 20; i++) expect(await limiter.hit('create', `fast-${i % 2}`)).toEqual({ allowed: true });
    await connection.close();
  });

  it('answers StoreUnavailableError quickly when Redis cannot be reached', async () => {
    const port = await freePort();
    const down = new RedisStore(
      new RedisConnection({ target: { mode: 'single', url: `redis://127.0.0.1:${port}` }, connectTimeoutMs: 500 }),
      {
        keyPrefix,
      },
    );
    const started = Date.now();
    await expect(down.putSecret(secretFixture().secret)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await down.ping()).toBe(false);
    await down.close();
  });
});

describe('memory store specifics', () => {
  it('refuses new secrets beyond its memory budget and accepts them again after a burn', async () => {
    const store = new MemoryStore({ maxBytes: 1500 });
    const first = secretFixture();
    await store.putSecret(first.secret);
    await expect(store.putSecret(secretFixture().secret)).rejects.toBeInstanceOf(StoreFullError);
    await store.claimSecret(first.secret.id, { linkVerifier: first.linkVerifier, passwordVerifier: null });
    expect((await store.putSecret(secretFixture().secret)).kind).toBe('created');
    await store.close();
  });

  it('forgets a secret at its expiry by the store clock', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ maxBytes: 1 << 20, now: () => now });
    const f = secretFixture({ ttlSeconds: 300 });
    await store.putSecret(f.secret);
    now += 299_999;
    expect(await store.peekSecret(f.secret.id, f.linkVerifier)).not.toBeNull();
    now += 1;
    expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
    await store.close();
  });
});
