import 'server-only';
import { script, type RedisConnection } from '../redis/connection';
import { StoreError } from '../redis/errors';
import { rateLimitKey } from '../redis/keys';
import { boundedCost } from './gcra';
import type { Limit, LimitDecision, LimitedAction, RateLimiter } from './types';

/**
 * GCRA in one Lua script (see gcra.ts): one key per client and action, so the
 * limit holds across every app instance, and on Redis Cluster (one key is one
 * slot). Redis TIME is the clock. The key expires when the bucket is full again.
 * KEYS[1] tat key; ARGV interval ms (× the request's cost), window ms. Returns 0 when allowed, else ms to wait.
 * `allow-oom`: a full Redis must not stop reveals at the rate limiter.
 * It changes a counter, never a secret: when it fails, the call it guards was
 * not sent yet, so the answer is `store_unavailable` whatever happened to it.
 */
const GCRA = script(
  `#!lua flags=allow-oom
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local allow_at = tat - window + interval
if now < allow_at then return math.ceil(allow_at - now) end
local new_tat = tat + interval
-- At very high rates the step rounds to 0 on epoch milliseconds: keep the key at least 1 ms.
redis.call('SET', KEYS[1], new_tat, 'PX', math.max(1, math.ceil(new_tat - now)))
return 0
`,
  { changesSecrets: false },
);

/** GCRA's reply: 0 or the ms to wait, a Lua integer; anything else is StoreError `malformed_reply`. */
export function decodeWaitMs(reply: unknown): number {
  if (typeof reply === 'number' && Number.isSafeInteger(reply) && reply >= 0) return reply;
  throw new StoreError('malformed_reply', 'store: malformed GCRA reply');
}

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly connection: RedisConnection,
    private readonly keyPrefix: string,
    private readonly limits: Record<LimitedAction, Limit>,
  ) {}

  async hit(action: LimitedAction, client: string, cost = 1): Promise<LimitDecision> {
    const limit = this.limits[action];
    const windowMs = limit.windowSeconds * 1000;
    const intervalMs = (windowMs / limit.count) * boundedCost(limit, cost);
    // Fails closed: if Redis cannot answer, run() throws and the API answers 503, never unlimited.
    const key = rateLimitKey(this.keyPrefix, action, client);
    const waitMs = decodeWaitMs(await this.connection.run(GCRA, [key], [intervalMs, windowMs]));
    return waitMs === 0
      ? { allowed: true }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  async close(): Promise<void> {
    // The connection belongs to the store, which closes it.
  }
}
