import { LIMITED_ACTIONS, RATE_LIMITS, type Limit, type LimitedAction } from '@/lib/policy';

/** The same limit for every rate-limited action, with `overrides` for some: limiter settings for tests. */
export function everyAction(limit: Limit, overrides: Partial<Record<LimitedAction, Limit>> = {}) {
  return { ...Object.fromEntries(LIMITED_ACTIONS.map((action) => [action, limit])), ...overrides } as Record<
    LimitedAction,
    Limit
  >;
}

/** The same `COUNT/SECONDS` for every HANDOFF_RATE_* variable: a server's environment for tests and benchmarks. */
export function everyRateEnv(limit: string): Record<string, string> {
  return Object.fromEntries(LIMITED_ACTIONS.map((action) => [RATE_LIMITS[action].env, limit]));
}
