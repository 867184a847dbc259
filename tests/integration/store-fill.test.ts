import { OPEN_POLICY } from '@/lib/policy/instance';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiDeps } from '@/lib/api/secrets';
import { createSecret } from '../support/web-handlers';
import { parseConfig } from '@/lib/config';
import { ENVELOPE_OVERHEAD_BYTES, PADDED_SIZES_BYTES } from '@/lib/protocol/v1';
import { MemoryRateLimiter, PEER_HEADER, type Limit, type LimitedAction } from '@/lib/ratelimit';
import type { SecretStore } from '@/lib/store';
import { MemoryStore } from '@/lib/store/memory';
import { RedisStore } from '@/lib/store/redis';
import { RedisConnection } from '@/lib/redis/connection';
import { everyAction } from '../support/limits';
import { startRedis, type Started } from '../support/processes';
import { b64, newId, newProof, verifierOf } from '../support/secrets';

/*
 * Security review F-02: one client address must not be able to fill the
 * store with text and so refuse everyone's creates. Both stores, each small
 * (32 MiB) so that filling it takes seconds; the handlers with a real limiter.
 */

const STORE_BYTES = 32 * 1024 * 1024;
const ATTACKER = '203.0.113.7';
const VICTIM = '198.51.100.9';
const KIB = 1024;
const MIB = 1024 * KIB;

/** Padded sizes of large envelopes (above 64 KiB), largest first, as an attacker filling a store would go. */
const LARGE_SIZES = PADDED_SIZES_BYTES.filter((n) => n > 64 * KIB).reverse();

function createRequest(client: string, paddedBytes: number, ttlSeconds = 300): Request {
  const body = {
    id: newId(),
    envelope: b64(randomBytes(paddedBytes + ENVELOPE_OVERHEAD_BYTES)),
    linkVerifier: verifierOf(newProof()),
    manageVerifier: verifierOf(newProof()),
    passwordVerifier: null,
    kdf: null,
    ttlSeconds,
    maxViews: 1,
  };
  return new Request('http://h/api/secrets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PEER_HEADER]: client },
    body: JSON.stringify(body),
  });
}

function depsFor(store: SecretStore, limits: Record<LimitedAction, Limit>): ApiDeps {
  return {
    store,
    limiter: new MemoryRateLimiter(limits),
    config: {
      maxBodyBytes: 2 * MIB,
      passwordAttempts: 5,
      receiptTtlSeconds: 60,
      trustedProxies: { kind: 'none' },
      files: { maxFileBytes: MIB, uploadWindowSeconds: 3600, leaseSeconds: 600, uploadMemoryRatio: 0.8 },
      policy: OPEN_POLICY,
    },
  };
}

/** Creates from `client`, each size until it is refused, for at most `attempts` requests: the statuses seen. */
async function fill(deps: ApiDeps, client: string, sizes: readonly number[], attempts = 400): Promise<number[]> {
  const statuses: number[] = [];
  for (const size of sizes) {
    while (statuses.length < attempts) {
      const status = (await createSecret(createRequest(client, size), deps)).status;
      statuses.push(status);
      if (status !== 201) break;
    }
  }
  return statuses;
}

type StoreCase = { name: string; make: () => Promise<SecretStore> };

let redis: Started | undefined;
const stores: StoreCase[] = [
  { name: 'memory', make: async () => new MemoryStore({ maxBytes: STORE_BYTES }) },
  {
    name: 'redis',
    make: async () => {
      redis = await startRedis(['--maxmemory', `${STORE_BYTES}`, '--maxmemory-policy', 'noeviction']);
      return new RedisStore(new RedisConnection({ target: { mode: 'single', url: redis.url } }), { keyPrefix: 'f02:' });
    },
  },
];

// Each test fills a store of its own: a fresh embedded store, or a fresh private redis-server.
describe.each(stores)('$name store', ({ make }) => {
  let store: SecretStore | undefined;
  const open = async () => (store = await make());
  afterEach(async () => {
    await store?.close();
    await redis?.stop();
    store = redis = undefined;
  });

  it('F-02: one address cannot fill the store with text: its byte budget runs out, another address still creates', async () => {
    // Default limits, with a small text budget (4 MiB-days) to match the small store.
    const limits = { ...parseConfig({}).rateLimits, textKiBDays: { count: 4096, windowSeconds: 86_400 } };
    const deps = depsFor(await open(), limits);
    const attacker = await fill(deps, ATTACKER, PADDED_SIZES_BYTES.toReversed());
    expect(attacker).toContain(429);
    expect(attacker).not.toContain(507);
    expect((await createSecret(createRequest(VICTIM, 4 * KIB), deps)).status).toBe(201);
  });

  it('F-02: charges text by size × lifetime: a maximum-size 30-day secret takes most of the default budget', async () => {
    const deps = depsFor(await open(), parseConfig({}).rateLimits);
    const month = 30 * 86_400;
    expect((await createSecret(createRequest(ATTACKER, MIB, month), deps)).status).toBe(201);
    expect((await createSecret(createRequest(ATTACKER, MIB, month), deps)).status).toBe(429);
    // Small secrets of the same client and of others cost little.
    expect((await createSecret(createRequest(ATTACKER, 4 * KIB, 86_400), deps)).status).toBe(201);
    expect((await createSecret(createRequest(VICTIM, MIB, month), deps)).status).toBe(201);
  });

  it('F-02: keeps the last tenth of the store for small secrets when large envelopes fill it', async () => {
    // No rate limit in the way: many addresses together could do what this one does.
    const deps = depsFor(await open(), everyAction({ count: 1_000_000, windowSeconds: 1 }));
    const attacker = await fill(deps, ATTACKER, LARGE_SIZES);
    expect(attacker.filter((s) => s === 201).length).toBeGreaterThan(10);
    expect(attacker.filter((s) => s !== 201).every((s) => s === 507)).toBe(true);
    // Another client can still share ten 64 KiB secrets (about 0.9 MB), but not a large one.
    for (let i = 0; i < 10; i++) {
      expect((await createSecret(createRequest(VICTIM, 64 * KIB), deps)).status).toBe(201);
    }
    expect((await createSecret(createRequest(VICTIM, 4 * KIB), deps)).status).toBe(201);
    expect((await createSecret(createRequest(VICTIM, MIB), deps)).status).toBe(507);
  });
});
