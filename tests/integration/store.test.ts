import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { MemoryStore } from '@/lib/store/memory';
import { RedisStore } from '@/lib/store/redis';
import { RedisConnection } from '@/lib/redis/connection';
import { secretKey, secretKeysPattern, type SecretKeyKind } from '@/lib/redis/keys';
import { RedisRateLimiter } from '@/lib/ratelimit';
import { isStoreError, type StoreErrorCode } from '@/lib/store';
import { freePort, startRedis } from '../support/processes';
import { fileFixture, newProof, secretFixture, verifierOf } from '../support/secrets';
import { describeStoreContract } from './store-contract';
import { everyAction } from '../support/limits';

/** Whether a rejection is the StoreError with `code`. */
const storeError = (code: StoreErrorCode) => (error: unknown) => isStoreError(error) && error.code === code;

const redisUrl = inject('redisUrl');
const keyPrefix = `${inject('keyPrefix')}store:`;

describeStoreContract('memory', async (count) => {
  // One process-local store: the "instances" share it, as requests in one process do.
  const store = new MemoryStore({ maxBytes: 256 * 1024 * 1024 });
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
    const keys = (await raw.keys(secretKeysPattern(keyPrefix, f.secret.id))).sort();
    expect(keys).toEqual([secretKey(keyPrefix, f.secret.id, 'receipt'), secretKey(keyPrefix, f.secret.id, 'secret')]);
    // Absolute expiry times (PEXPIRETIME, Redis 7): two PTTL reads a millisecond apart would flake.
    const [receiptAt, secretAt] = (await Promise.all(keys.map((k) => raw.call('PEXPIRETIME', k)))) as number[];
    const secretTtl = secretAt! - Date.now();
    expect(secretTtl).toBeGreaterThan(290_000);
    expect(secretTtl).toBeLessThanOrEqual(300_000);
    expect(receiptAt! - secretAt!).toBe(60_000);
    const receipt = await raw.hgetall(keys[0]!);
    expect(Object.keys(receipt)).not.toContain('env');
  });

  it('keeps parts and leases under the same hash tag, expiring with the secret once committed', async () => {
    const f = fileFixture({ ttlSeconds: 300, receiptTtlSeconds: 60 });
    const manage = verifierOf(f.manageToken);
    await store.putSecret(f.secret);
    for (const [i, part] of f.parts.entries()) await store.putPart(f.secret.id, manage, i, part);
    const key = (kind: SecretKeyKind) => secretKey(keyPrefix, f.secret.id, kind);
    const at = async (kind: SecretKeyKind) => (await raw.call('PEXPIRETIME', key(kind))) as number;
    expect(await at('parts')).toBe(await at('secret'));
    await store.commitUpload(f.secret.id, manage);
    const secretAt = await at('secret');
    expect(await at('parts')).toBe(secretAt);
    expect((await at('receipt')) - secretAt).toBe(60_000);
    const lease = newProof();
    await store.claimSecret(f.secret.id, {
      linkVerifier: f.linkVerifier,
      passwordVerifier: null,
      leaseVerifier: verifierOf(lease),
    });
    // After the last view: the secret is gone, parts and leases live until the lease ends (here
    // capped at the secret's own expiry, 5 minutes being shorter than the 10-minute lease).
    expect(await raw.exists(key('secret'))).toBe(0);
    expect(await at('leases')).toBe(secretAt);
    expect(await at('parts')).toBe(secretAt);
    const stored = await raw.hgetallBuffer(key('parts'));
    expect(Buffer.compare(stored['1']!, f.parts[1]!)).toBe(0);
  });

  it('leaves no key of an abandoned upload after the upload window', async () => {
    const f = fileFixture({ uploadWindowSeconds: 1 });
    await store.putSecret(f.secret);
    await store.putPart(f.secret.id, verifierOf(f.manageToken), 0, f.parts[0]!);
    expect((await raw.keys(secretKeysPattern(keyPrefix, f.secret.id))).length).toBe(3);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await raw.keys(secretKeysPattern(keyPrefix, f.secret.id))).toEqual([]);
  });

  it('pauses file uploads when Redis is nearly full, and still stores text secrets', async () => {
    const own = await startRedis(['--maxmemory', '64mb', '--maxmemory-policy', 'noeviction']);
    onTestFinished(() => own.stop());
    const admin = new Redis(own.url);
    onTestFinished(() => admin.disconnect());
    const guarded = new RedisStore(new RedisConnection({ target: { mode: 'single', url: own.url } }), {
      keyPrefix,
      uploadMemoryRatio: 0.5,
    });
    onTestFinished(() => guarded.close());
    const early = fileFixture();
    expect((await guarded.putSecret(early.secret)).kind).toBe('created');
    for (let i = 0; i < 36; i++) await admin.set(`ballast-${i}`, Buffer.alloc(1024 * 1024));
    await new Promise((r) => setTimeout(r, 1100)); // the memory reading is cached for a second
    await expect(guarded.putSecret(fileFixture().secret)).rejects.toSatisfy(storeError('uploads_paused'));
    await expect(guarded.putPart(early.secret.id, verifierOf(early.manageToken), 0, early.parts[0]!)).rejects.toSatisfy(
      storeError('uploads_paused'),
    );
    expect((await guarded.putSecret(secretFixture().secret)).kind).toBe('created');
    await admin.del(...Array.from({ length: 36 }, (_, i) => `ballast-${i}`));
    await new Promise((r) => setTimeout(r, 1100));
    expect(await guarded.putPart(early.secret.id, verifierOf(early.manageToken), 0, early.parts[0]!)).toBe('stored');
  });

  it('concurrent part uploads cannot take Redis past the upload share, whatever a cached reading said', async () => {
    const own = await startRedis(['--maxmemory', '64mb', '--maxmemory-policy', 'noeviction']);
    onTestFinished(() => own.stop());
    const admin = new Redis(own.url);
    onTestFinished(() => admin.disconnect());
    const ratio = 0.5;
    const guarded = new RedisStore(new RedisConnection({ target: { mode: 'single', url: own.url } }), {
      keyPrefix,
      uploadMemoryRatio: ratio,
    });
    onTestFinished(() => guarded.close());
    // Six pending 8 MiB uploads: 48 MiB of parts against a 32 MiB upload share, all created while empty.
    const uploads = Array.from({ length: 6 }, () => fileFixture({ streamBytes: 8 * 1024 * 1024 }));
    for (const u of uploads) expect((await guarded.putSecret(u.secret)).kind).toBe('created');
    const results = await Promise.allSettled(
      uploads.flatMap((u) =>
        u.parts.map((part, i) => guarded.putPart(u.secret.id, verifierOf(u.manageToken), i, part)),
      ),
    );
    const stored = results.filter((r) => r.status === 'fulfilled' && r.value === 'stored').length;
    const paused = results.filter((r) => r.status === 'rejected' && storeError('uploads_paused')(r.reason)).length;
    expect(stored + paused).toBe(results.length);
    expect(paused).toBeGreaterThan(0);
    const info = await admin.info('memory');
    const used = Number(/used_memory:(\d+)/.exec(info)?.[1]);
    expect(used).toBeLessThan(ratio * 64 * 1024 * 1024);
    // Text secrets still have the rest.
    expect((await guarded.putSecret(secretFixture().secret)).kind).toBe('created');
  });

  it('stores no proof, only verifiers', async () => {
    const f = secretFixture({ password: true });
    await store.putSecret(f.secret);
    const record = await raw.hgetall(secretKey(keyPrefix, f.secret.id, 'secret'));
    const stored = JSON.stringify(record);
    expect(stored).toContain(f.linkVerifier);
    expect(stored).not.toContain(f.linkProof);
    expect(stored).not.toContain(f.passwordProof!);
  });

  it('answers a corrupted record as a malformed reply, never as a result', async () => {
    const f = secretFixture({ password: true });
    await store.putSecret(f.secret);
    await raw.hset(secretKey(keyPrefix, f.secret.id, 'secret'), 'kdf', '{"name":"scr');
    await expect(store.peekSecret(f.secret.id, f.linkVerifier)).rejects.toSatisfy(storeError('malformed_reply'));
    const manage = verifierOf(f.manageToken);
    await raw.hset(secretKey(keyPrefix, f.secret.id, 'receipt'), 'state', 'melted');
    await expect(store.secretStatus(f.secret.id, manage)).rejects.toSatisfy(storeError('malformed_reply'));
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
    await impatient.claimSecret(warmUp.secret.id, {
      linkVerifier: warmUp.linkVerifier,
      passwordVerifier: null,
      leaseVerifier: null,
    });
    const admin = new Redis(own.url);
    await admin.call('CLIENT', 'PAUSE', '1000', 'WRITE');
    await expect(
      impatient.claimSecret(f.secret.id, { linkVerifier: f.linkVerifier, passwordVerifier: null, leaseVerifier: null }),
    ).rejects.toSatisfy(storeError('outcome_unknown'));
    await new Promise((r) => setTimeout(r, 1200));
    // The paused claim ran after all: the view is gone although nobody received it.
    expect(await patient.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
    await impatient.close();
    await patient.close();
    admin.disconnect();
  });

  it('counts a weighted request (MiB of files) by its cost in the Redis script', async () => {
    const connection = new RedisConnection({ target: { mode: 'single', url: redisUrl } });
    const limits = { count: 10, windowSeconds: 3600 };
    const limiter = new RedisRateLimiter(connection, `${keyPrefix}weighted:`, everyAction(limits));
    expect(await limiter.hit('fileMiB', 'w', 6)).toEqual({ allowed: true });
    const refused = await limiter.hit('fileMiB', 'w', 5);
    expect(refused.allowed).toBe(false);
    // One MiB refills in 360 s; 5 MiB need one more of them: 1 MiB over the budget.
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(300);
    expect(await limiter.hit('fileMiB', 'w', 4)).toEqual({ allowed: true });
    expect((await limiter.hit('fileMiB', 'w', 1)).allowed).toBe(false);
    expect(await limiter.hit('fileMiB', 'other', 10)).toEqual({ allowed: true });
    await connection.close();
  });

  it('rate-limits at the highest configurable rate without failing (the step rounds to 0 ms there)', async () => {
    const connection = new RedisConnection({ target: { mode: 'single', url: redisUrl } });
    const fastest = { count: 9_999_999, windowSeconds: 1 };
    const limiter = new RedisRateLimiter(connection, keyPrefix, everyAction(fastest));
    expect(await limiter.hit('fileMiB', 'fast-cost', 1000)).toEqual({ allowed: true });
    for (let i = 0; i < 20; i++) expect(await limiter.hit('create', `fast-${i % 2}`)).toEqual({ allowed: true });
    await connection.close();
  });

  it('answers StoreError unavailable quickly when Redis cannot be reached', async () => {
    const port = await freePort();
    const down = new RedisStore(
      new RedisConnection({ target: { mode: 'single', url: `redis://127.0.0.1:${port}` }, connectTimeoutMs: 500 }),
      {
        keyPrefix,
      },
    );
    const started = Date.now();
    await expect(down.putSecret(secretFixture().secret)).rejects.toSatisfy(storeError('unavailable'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await down.ping()).toBe(false);
    await down.close();
  });
});

describe('memory store specifics', () => {
  it('refuses new secrets beyond its memory budget and accepts them again after a burn', async () => {
    // No receipts here (they count too, and outlive the burn: memory-store.test.ts).
    const store = new MemoryStore({ maxBytes: 1500 });
    const first = secretFixture({ manageVerifier: null });
    await store.putSecret(first.secret);
    await expect(store.putSecret(secretFixture({ manageVerifier: null }).secret)).rejects.toSatisfy(storeError('full'));
    await store.claimSecret(first.secret.id, {
      linkVerifier: first.linkVerifier,
      passwordVerifier: null,
      leaseVerifier: null,
    });
    expect((await store.putSecret(secretFixture({ manageVerifier: null }).secret)).kind).toBe('created');
    await store.close();
  });

  it('pauses file uploads beyond its upload share of the budget, and still stores text secrets', async () => {
    const store = new MemoryStore({ maxBytes: 4 * 1024 * 1024, uploadMemoryRatio: 0.5 });
    const first = fileFixture();
    const manage = verifierOf(first.manageToken);
    await store.putSecret(first.secret);
    expect(await store.putPart(first.secret.id, manage, 0, first.parts[0]!)).toBe('stored');
    // 1 MiB stored of a 2 MiB upload share: the last part (0.5 MiB) still fits, a third would not.
    expect(await store.putPart(first.secret.id, manage, 1, first.parts[1]!)).toBe('stored');
    const second = fileFixture();
    await store.putSecret(second.secret);
    await expect(
      store.putPart(second.secret.id, verifierOf(second.manageToken), 0, second.parts[0]!),
    ).rejects.toSatisfy(storeError('uploads_paused'));
    expect((await store.putSecret(secretFixture().secret)).kind).toBe('created');
    expect(await store.revokeSecret(first.secret.id, manage)).toBe(true);
    expect(await store.putPart(second.secret.id, verifierOf(second.manageToken), 0, second.parts[0]!)).toBe('stored');
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
