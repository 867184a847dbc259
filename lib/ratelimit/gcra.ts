import type { Limit, LimitDecision } from './types';

/*
 * GCRA (generic cell rate algorithm), the token bucket expressed as one
 * timestamp per client: the theoretical arrival time `tat`. A request at
 * `now` is allowed when tat - now <= window - interval, where
 * interval = window / count; it then moves tat to max(tat, now) + interval.
 * Steady rate count/window, bursts up to `count`. A request may cost several
 * units (`cost`): it then needs, and takes, cost × interval. Shared by the
 * memory limiter and (in Lua) the Redis one.
 */

/** Emission interval in ms. */
export function intervalMs(limit: Limit): number {
  return (limit.windowSeconds * 1000) / limit.count;
}

/** Units a request may cost: at least 1, at most the whole bucket. */
export function boundedCost(limit: Limit, cost: number): number {
  return Math.min(limit.count, Math.max(1, Math.ceil(cost)));
}

/** The decision for a request at `now` given the stored `tat` (or none), and the new tat if allowed. */
export function gcra(
  limit: Limit,
  now: number,
  tat: number | undefined,
  cost = 1,
): { decision: LimitDecision; tat?: number } {
  const interval = intervalMs(limit) * boundedCost(limit, cost);
  const windowMs = limit.windowSeconds * 1000;
  const current = Math.max(tat ?? now, now);
  const allowAt = current - windowMs + interval;
  if (now < allowAt) {
    return { decision: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((allowAt - now) / 1000)) } };
  }
  return { decision: { allowed: true }, tat: current + interval };
}
