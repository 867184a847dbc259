/**
 * The API actions that are rate limited, each with its own budget.
 * `fileMiB` is weighted: a secret with files costs one unit per MiB of its file stream.
 * `textKiBDays` is weighted too: every secret costs its envelope's KiB × its lifetime in days
 * (at least one day), see lib/ratelimit/text-cost.ts.
 */
export type LimitedAction = 'create' | 'peek' | 'reveal' | 'manage' | 'upload' | 'download' | 'fileMiB' | 'textKiBDays';

/** `count` requests per `windowSeconds`, refilled continuously (a token bucket). */
export type Limit = { count: number; windowSeconds: number };

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /**
   * Counts `cost` (default 1; at most the limit's count) of `client` for `action` and says whether it may go on.
   * Atomic per client and action across every app instance sharing the backend.
   */
  hit(action: LimitedAction, client: string, cost?: number): Promise<LimitDecision>;
  close(): Promise<void>;
}
