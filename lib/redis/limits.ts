/*
 * Defaults of the Redis connection's bounds, here without imports so that
 * lib/config can use them without loading the client.
 */

/**
 * Store calls waiting for Redis at once, per process (HANDOFF_STORE_MAX_IN_FLIGHT). A call takes a
 * few milliseconds, so normal load keeps a few dozen in flight; 512 are reached only when Redis
 * stalls, and then the rest are answered 503 at once instead of waiting for the command timeout.
 */
export const DEFAULT_MAX_IN_FLIGHT = 512;
