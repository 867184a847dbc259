/** The API actions that are rate limited, each with its own budget. */
export type LimitedAction = 'create' | 'peek' | 'reveal' | 'manage' | 'upload' | 'download';

/** `count` requests per `windowSeconds`, refilled continuously (a token bucket). */
export type Limit = { count: number; windowSeconds: number };

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /**
   * Counts one request of `client` for `action` and says whether it may go on.
   * Atomic per client and action across every app instance sharing the backend.
   */
  hit(action: LimitedAction, client: string): Promise<LimitDecision>;
  close(): Promise<void>;
}
