import 'server-only';
import type { Config } from '../config';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../ratelimit';
import { logger } from '../observability/logger';
import { recordStoreReconnect } from '../observability/metrics';
import { RedisConnection } from '../redis/connection';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { SecretStore } from './types';

export { STORE_ERROR_CODES, StoreError, isStoreError, type StoreErrorCode } from '../redis/errors';
export type * from './types';

export type Backend = {
  store: SecretStore;
  limiter: RateLimiter;
  /**
   * Checks that the deployment cannot silently lose secrets: Redis must not
   * evict keys. Resolves with a warning to log, or throws with a clear message.
   */
  verify: () => Promise<string | null>;
  /** The store's memory for the metrics, read on scrape (lib/observability/metrics.ts). */
  memory: () => Promise<{ usedBytes: number; limitBytes: number; ratio: number }>;
};

/**
 * The store and rate limiter the configuration selects: Redis (one shared
 * connection) when configured, else the embedded memory implementations.
 */
export function createBackend(config: Pick<Config, 'store' | 'rateLimits' | 'files'>): Backend {
  if (config.store.kind === 'redis') {
    const { target, keyPrefix, allowEviction } = config.store;
    const connection = new RedisConnection({ target, log: logger(), onReconnect: recordStoreReconnect });
    return {
      store: new RedisStore(connection, { keyPrefix, uploadMemoryRatio: config.files.uploadMemoryRatio }),
      limiter: new RedisRateLimiter(connection, keyPrefix, config.rateLimits),
      verify: () => verifyNoEviction(connection, allowEviction),
      memory: () => connection.memoryUsage(),
    };
  }
  const store = new MemoryStore({ maxBytes: config.store.maxBytes, uploadMemoryRatio: config.files.uploadMemoryRatio });
  return {
    store,
    limiter: new MemoryRateLimiter(config.rateLimits),
    verify: async () => null,
    memory: () => store.memoryUsage(),
  };
}

/** Thrown at startup when Redis could evict secrets. */
export class UnsafeDeploymentError extends Error {
  override name = 'UnsafeDeploymentError';
}

async function verifyNoEviction(connection: RedisConnection, allowEviction: boolean): Promise<string | null> {
  let policies: string[];
  try {
    policies = await connection.evictionPolicies();
  } catch {
    // Check as soon as Redis is reachable; if it turns out unsafe, stop serving from it.
    connection.client.once('ready', () => {
      verifyNoEviction(connection, allowEviction).catch((error: Error) => connection.block(error.message));
    });
    return 'store: Redis is not reachable yet; its eviction policy will be checked when it is';
  }
  const unsafe = policies.filter((p) => p !== 'noeviction');
  if (unsafe.length === 0) return null;
  const message =
    `store: Redis maxmemory-policy is ${unsafe.join(', ')}; it must be noeviction, or Redis may ` +
    'silently drop secrets (and receipts) when memory runs out. Set `maxmemory-policy noeviction`, or ' +
    'HANDOFF_ALLOW_EVICTION=1 to run anyway.';
  if (allowEviction) return `${message} Running anyway: HANDOFF_ALLOW_EVICTION=1.`;
  throw new UnsafeDeploymentError(message);
}
