/*
 * The Redis key layout: the only place that spells a key. The store, the rate
 * limiter, the tests and the bench (bench/redis-memory.ts) all build keys here.
 * No `server-only` line: the bench imports this module under plain Node, and
 * it holds nothing but string layout.
 *
 *   <prefix>{<id>}:secret    the secret's hash         (KEYS[1] of every store script)
 *   <prefix>{<id>}:receipt   its receipt hash          (KEYS[2])
 *   <prefix>{<id>}:parts     its file parts, if any    (KEYS[3])
 *   <prefix>{<id>}:leases    its download leases       (KEYS[4])
 *   <prefix>{<id>}:request   a request whose answer is the secret under this id (KEYS[5] of the request scripts)
 *   <prefix>{<id>}:outbox    its undelivered notification events, if it asked (the LAST key of every script)
 *   <prefix>notify:{w<n>}    the watch index of ids with a notification destination, n = 0..15
 *   <prefix>notify:cap:{<digest>}   email times to one address (SHA-256 digest, never the address)
 *   <prefix>rl:{<action>:<client>}   one rate-limit bucket (GCRA) per client and action
 *
 * `<prefix>` is REDIS_KEY_PREFIX. The `{...}` is a Redis Cluster hash tag: only
 * it is hashed, so every key of one secret sits in one slot and each script
 * (which touches all four) is atomic on Cluster too. The field layout inside
 * the hashes is drawn in lib/store/redis-scripts.ts.
 *
 * These strings are in every stored record: changing one strands what is
 * stored. How a layout change is rolled out: docs/deploy.md §Redis key layout.
 */

/** The four keys of a secret, in the order the store scripts take them as KEYS. */
export type SecretKeys = readonly [secret: string, receipt: string, parts: string, leases: string];

export type SecretKeyKind = 'secret' | 'receipt' | 'parts' | 'leases';

/** The hash-tagged stem every key of secret `id` starts with. */
function secretStem(prefix: string, id: string): string {
  return `${prefix}{${id}}`;
}

/** One key of secret `id`. */
export function secretKey(prefix: string, id: string, kind: SecretKeyKind): string {
  return `${secretStem(prefix, id)}:${kind}`;
}

/** Every key of secret `id`, as the store scripts take them (KEYS[1..4]). */
export function secretKeys(prefix: string, id: string): SecretKeys {
  const key = (kind: SecretKeyKind) => secretKey(prefix, id, kind);
  return [key('secret'), key('receipt'), key('parts'), key('leases')];
}

/** The five keys of request `id`: its answer's four secret keys, then the request record (KEYS[1..5]). */
export type RequestKeys = readonly [...SecretKeys, request: string];

/** Every key of request `id`, as the request scripts take them (lib/store/redis-request-scripts.ts). */
export function requestKeys(prefix: string, id: string): RequestKeys {
  return [...secretKeys(prefix, id), `${secretStem(prefix, id)}:request`];
}

/** A KEYS/SCAN pattern matching every key of secret `id` (ids are base64url: no glob characters). */
export function secretKeysPattern(prefix: string, id: string): string {
  return `${secretStem(prefix, id)}*`;
}

/** The GCRA bucket of one client for one action; the whole `action:client` is the hash tag. */
export function rateLimitKey(prefix: string, action: string, client: string): string {
  return `${prefix}rl:{${action}:${client}}`;
}

/**
 * A secret's notification outbox (lib/store/notify-types.ts). Under the secret's hash tag, so
 * the script that changes the secret writes its event in the same atomic step, on Cluster too.
 */
export function outboxKey(prefix: string, id: string): string {
  return `${secretStem(prefix, id)}:outbox`;
}

/** How many shards the watch index has: each its own hash tag, so they spread over Cluster slots. */
export const WATCH_SHARDS = 16;

/**
 * The watch index shard that holds `id` (a sorted set scored by the secret's deadline). It is
 * written by the app before the create script, never by a script: a script on `{id}` cannot
 * write a key in another slot. The worker enumerates all WATCH_SHARDS shards.
 */
export function watchKey(prefix: string, id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return watchShardKey(prefix, h % WATCH_SHARDS);
}

/** Watch index shard `n` (0 ≤ n < WATCH_SHARDS). */
export function watchShardKey(prefix: string, n: number): string {
  return `${prefix}notify:{w${n}}`;
}

/** The sliding window of emails sent to one address, by the address's digest. */
export function emailCapKey(prefix: string, addressDigest: string): string {
  return `${prefix}notify:cap:{${addressDigest}}`;
}

/*
 * Sign-in (lib/store/accounts-redis.ts): one key per record, each its own hash tag.
 *
 *   <prefix>auth:session:{<id>}     a session (JSON string, expires with the session)
 *   <prefix>auth:token:{<sha256>}   a personal token's record (hash: id user label name created used)
 *   <prefix>auth:tokens:{<user>}    one user's tokens (hash: token id → sha256); <user> is hex of SHA-256
 */

/** The key of sign-in session `id`. */
export function sessionKey(prefix: string, id: string): string {
  return `${prefix}auth:session:{${id}}`;
}

/** The key of the personal token whose SHA-256 (hex) is `hash`. */
export function tokenKey(prefix: string, hash: string): string {
  return `${prefix}auth:token:{${hash}}`;
}

/** The key of one user's token index; `userDigest` is the hex SHA-256 of the user key. */
export function userTokensKey(prefix: string, userDigest: string): string {
  return `${prefix}auth:tokens:{${userDigest}}`;
}
