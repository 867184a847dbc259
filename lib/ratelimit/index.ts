import 'server-only';
export { clientAddress, normalizeAddress, PEER_HEADER, type ProxyHeader, type ProxyTrust } from './client-address';
export { MemoryRateLimiter } from './memory';
export { RedisRateLimiter } from './redis';
export type * from './types';
