import { MAX_FILES } from '../protocol/v1';

/*
 * Product policy: what a sender may choose, and how much a client may ask
 * of the server. Unlike lib/protocol/v1 nothing here is frozen into links or
 * envelopes. Every copy a user meets derives from these definitions: the web
 * form, the CLI's flags and help, the API schemas, the OpenAPI document;
 * tests/unit/closed-lists.test.ts holds the docs and README to them.
 *
 * The one place for policy. An operator policy (parsed by lib/config from the
 * environment, as the rate limits already are) may narrow it: offer some of
 * these lifetimes and view counts, another default, fewer files. Offering a
 * new lifetime or view count is a product change made here; the compiler then
 * asks for its label in every catalogue (lib/i18n).
 */

export { LIMITED_ACTIONS, RATE_LIMITS, formatLimit, type Limit, type LimitedAction } from './rate-limits';

/** How long a secret may live: 5 minutes, 1 hour, 1 day, 7 days, 30 days. */
export const TTL_CHOICES_SECONDS = [300, 3600, 86400, 604800, 2592000] as const;
export type TtlSeconds = (typeof TTL_CHOICES_SECONDS)[number];
export const DEFAULT_TTL_SECONDS: TtlSeconds = 86400;

/** How many times a secret may be opened. */
export const VIEW_CHOICES = [1, 2, 3, 5, 10] as const;
export type ViewCount = (typeof VIEW_CHOICES)[number];
export const DEFAULT_MAX_VIEWS: ViewCount = 1;

/**
 * Files the clients let a sender attach to one secret. Policy may lower this,
 * never raise it: a bundle holds at most v1's MAX_FILES (frozen by its layout).
 * Only clients enforce it: the count is inside the encrypted manifest, which
 * the server never sees.
 */
export const MAX_FILES_PER_SECRET: number = MAX_FILES;
