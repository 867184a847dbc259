/** `count` requests per `windowSeconds`, refilled continuously (a token bucket). */
export type Limit = { count: number; windowSeconds: number };

/**
 * The rate-limited API actions, each with its own budget per client address,
 * the environment variable that sets it (`COUNT/SECONDS`) and its default.
 * The one list: LimitedAction, lib/config's HANDOFF_RATE_* variables and the
 * tests' limiter settings derive from it; README and docs/deploy.md are
 * checked against it (tests/unit/closed-lists.test.ts).
 */
export const RATE_LIMITS = {
  create: { env: 'HANDOFF_RATE_CREATE', default: { count: 60, windowSeconds: 600 } },
  peek: { env: 'HANDOFF_RATE_PEEK', default: { count: 300, windowSeconds: 600 } },
  reveal: { env: 'HANDOFF_RATE_REVEAL', default: { count: 60, windowSeconds: 600 } },
  manage: { env: 'HANDOFF_RATE_MANAGE', default: { count: 300, windowSeconds: 600 } },
  upload: { env: 'HANDOFF_RATE_UPLOAD', default: { count: 600, windowSeconds: 60 } },
  // Requests (docs/api.md § Requests): creating one, and submitting an answer to one.
  requestCreate: { env: 'HANDOFF_RATE_REQUEST_CREATE', default: { count: 30, windowSeconds: 600 } },
  answer: { env: 'HANDOFF_RATE_ANSWER', default: { count: 30, windowSeconds: 600 } },
  download: { env: 'HANDOFF_RATE_DOWNLOAD', default: { count: 600, windowSeconds: 60 } },
  // Weighted: a secret with files costs one unit per MiB of its padded file
  // stream. 200 MiB at once, 20 MiB a minute after.
  fileMiB: { env: 'HANDOFF_RATE_FILE_MIB', default: { count: 200, windowSeconds: 600 } },
  // Weighted: every secret costs its envelope's KiB × its lifetime in days (at
  // least one day; lib/ratelimit/text-cost.ts), so one client cannot fill the
  // store with text (F-02). 64 MiB-days at once, 16 MiB-days a day after.
  textKiBDays: { env: 'HANDOFF_RATE_TEXT_KIB_DAYS', default: { count: 65536, windowSeconds: 345600 } },
  // Signed-in creators (HANDOFF_AUTH proxy or oidc) count per user, not per address: a whole
  // office behind one NAT address would otherwise share one budget. Anonymous calls keep the above.
  userCreate: { env: 'HANDOFF_RATE_USER_CREATE', default: { count: 300, windowSeconds: 600 } },
  userRequestCreate: { env: 'HANDOFF_RATE_USER_REQUEST_CREATE', default: { count: 150, windowSeconds: 600 } },
  // Creating and revoking personal API tokens, per user.
  tokens: { env: 'HANDOFF_RATE_TOKENS', default: { count: 30, windowSeconds: 600 } },
} as const satisfies Record<string, { env: `HANDOFF_RATE_${string}`; default: Limit }>;

export type LimitedAction = keyof typeof RATE_LIMITS;
/** The environment variable of each action, e.g. HANDOFF_RATE_CREATE. */
export type RateLimitEnvKey = (typeof RATE_LIMITS)[LimitedAction]['env'];

export const LIMITED_ACTIONS = Object.keys(RATE_LIMITS) as readonly LimitedAction[];

/** A limit as its environment variable spells it: `COUNT/SECONDS`. */
export function formatLimit(limit: Limit): string {
  return `${limit.count}/${limit.windowSeconds}`;
}
