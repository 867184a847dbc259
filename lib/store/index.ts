import 'server-only';
import type { Config } from '../config';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { SecretStore } from './types';

export { StoreFullError, StoreUnavailableError } from './errors';
export type * from './types';

/** The store the configuration selects: Redis when configured, else the embedded memory store. */
export function createStore(config: Config['store']): SecretStore {
  if (config.kind === 'redis') return new RedisStore({ url: config.url, keyPrefix: config.keyPrefix });
  return new MemoryStore({ maxBytes: config.maxBytes });
}
