/*
 * What a requester may choose for a request (docs/api.md § Requests). Policy,
 * like lib/policy/index.ts: not frozen into links or envelopes.
 */

/** How long a request stays open for its answer: 1 hour, 1 day, 7 days, 30 days. */
export const REQUEST_TTL_CHOICES_SECONDS = [3600, 86400, 604800, 2592000] as const;
export type RequestTtlSeconds = (typeof REQUEST_TTL_CHOICES_SECONDS)[number];
export const DEFAULT_REQUEST_TTL_SECONDS: RequestTtlSeconds = 86400;
