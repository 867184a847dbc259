import type { Limit, LimitedAction } from '../policy/rate-limits';

/**
 * The API actions that are rate limited, each with its own budget: one table,
 * RATE_LIMITS in lib/policy/rate-limits.ts. `fileMiB` is weighted: a secret
 * with files costs one unit per MiB of its file stream.
 */
export type { Limit, LimitedAction };

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /**
   * Counts `cost` (default 1; at most the limit's count) of `client` for `action` and says whether it may go on.
   * Atomic per client and action across every app instance sharing the backend.
   */
  hit(action: LimitedAction, client: string, cost?: number): Promise<LimitDecision>;
  close(): Promise<void>;
}
