import 'server-only';
import type { Config } from '../config';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../ratelimit';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import { RedisConnection } from './redis-connection';
import type { SecretStore } from './types';

export { StoreFullError, StoreUnavailableError } from './errors';
export type * from './types';

export type Backend = { store: SecretStore; limiter: RateLimiter };

/**
 * The store and rate limiter the configuration selects: Redis (one shared
 * connection) when configured, else the embedded memory implementations.
 */
export function createBackend(config: Pick<Config, 'store' | 'rateLimits'>): Backend {
  if (config.store.kind === 'redis') {
    const connection = new RedisConnection({ url: config.store.url });
    return {
      store: new RedisStore(connection, { keyPrefix: config.store.keyPrefix }),
      limiter: new RedisRateLimiter(connection, config.store.keyPrefix, config.rateLimits),
    };
  }
  return {
    store: new MemoryStore({ maxBytes: config.store.maxBytes }),
    limiter: new MemoryRateLimiter(config.rateLimits),
  };
}
