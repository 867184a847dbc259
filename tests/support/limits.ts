import type { Limit, LimitedAction } from '@/lib/ratelimit';

const ACTIONS: readonly LimitedAction[] = [
  'create',
  'peek',
  'reveal',
  'manage',
  'upload',
  'download',
  'fileMiB',
  'textKiBDays',
];

/** The same limit for every rate-limited action, with `overrides` for some: limiter settings for tests. */
export function everyAction(limit: Limit, overrides: Partial<Record<LimitedAction, Limit>> = {}) {
  return { ...Object.fromEntries(ACTIONS.map((action) => [action, limit])), ...overrides } as Record<
    LimitedAction,
    Limit
  >;
}
