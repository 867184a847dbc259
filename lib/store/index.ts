import 'server-only';
import type { Config } from '../config';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../ratelimit';
import { logger } from '../observability/logger';
import { recordStoreReconnect } from '../observability/metrics';
import { RedisConnection } from '../redis/connection';
import { guardEviction } from './eviction';
import type { AccountStore } from './account-types';
import { MemoryAccountStore } from './accounts-memory';
import { RedisAccountStore } from './accounts-redis';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { SecretStore } from './types';

export { STORE_ERROR_CODES, StoreError, isStoreError, type StoreErrorCode } from '../redis/errors';
export type * from './types';
export type * from './request-types';
export type * from './notify-types';
export { NOTIFY_EVENT_TYPES } from './notify-types';
export type * from './account-types';
export { UnsafeDeploymentError } from './eviction';

export type Backend = {
  store: SecretStore;
  limiter: RateLimiter;
  /** Sign-in sessions and personal API tokens (used when HANDOFF_AUTH is proxy or oidc). */
  accounts: AccountStore;
  /**
   * Checks that the deployment cannot silently lose secrets: Redis must not
   * evict keys, now and later (lib/store/eviction.ts). Resolves with a warning
   * to log, or throws with a clear message.
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
    const { target, keyPrefix, allowEviction, recheckSeconds, maxInFlight, replicaAck } = config.store;
    const connection = new RedisConnection({
      target,
      maxInFlight,
      replicaAck: replicaAck ?? undefined,
      log: logger(),
      onReconnect: recordStoreReconnect,
    });
    return {
      store: new RedisStore(connection, { keyPrefix, uploadMemoryRatio: config.files.uploadMemoryRatio }),
      limiter: new RedisRateLimiter(connection, keyPrefix, config.rateLimits),
      accounts: new RedisAccountStore(connection, keyPrefix),
      verify: () => guardEviction(connection, { allowEviction, recheckMs: recheckSeconds * 1000 }),
      memory: () => connection.memoryUsage(),
    };
  }
  const store = new MemoryStore({ maxBytes: config.store.maxBytes, uploadMemoryRatio: config.files.uploadMemoryRatio });
  return {
    store,
    limiter: new MemoryRateLimiter(config.rateLimits),
    accounts: new MemoryAccountStore(),
    verify: async () => null,
    memory: () => store.memoryUsage(),
  };
}
