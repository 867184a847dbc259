/*
 * Lua scripts (Redis 7+): each state change of a secret is one script, so it is atomic
 * on a single Redis, across app instances, and (both keys of a secret share
 * the `{id}` hash tag) on Redis Cluster. Time comes from Redis (TIME), so app
 * instances with skewed clocks agree on expiry and view times.
 *
 * KEYS[1] secret hash, always with an expiry:
 *   env  envelope (base64url)       lv  link verifier      pv  password verifier or ''
 *   kdf  KDF metadata JSON or ''    views  views left      att  wrong-password attempts left
 *   exp  expiry, ms since the epoch
 * KEYS[2] receipt hash (only with a manage verifier), expires `receipt ttl` after the secret:
 *   mv  manage verifier    state  active|viewed|revoked|locked (expired is derived)
 *   max  maxViews    used  views used    views  comma-separated view times (ms)
 *   created, exp, ended (ms or '')    pw  1|0    failed  wrong passwords so far
 *
 * Flags (the `#!lua` line): only PUT may be refused when Redis is out of
 * memory (the API answers 507); claims, revokes and reads carry `allow-oom`,
 * because they free memory or use none, so a full Redis still lets people
 * read and burn what is stored.
 */

const HELPERS = `
local function ct_eq(a, b)
  if type(a) ~= 'string' or type(b) ~= 'string' or #a ~= #b then return false end
  local acc = 0
  for i = 1, #a do acc = bit.bor(acc, bit.bxor(string.byte(a, i), string.byte(b, i))) end
  return acc == 0
end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function end_receipt(state, now)
  if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[2], 'state', state, 'ended', now) end
end
`;

/**
 * ARGV: env, lv, pv, kdf, mv, views, att, ttl ms, receipt ttl ms.
 * Returns 0 when the id exists (or existed and still has a receipt), else the expiry in ms.
 */
export const PUT_SCRIPT = `#!lua
${HELPERS}
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local now = now_ms()
local exp = now + tonumber(ARGV[8])
redis.call('HSET', KEYS[1], 'env', ARGV[1], 'lv', ARGV[2], 'pv', ARGV[3], 'kdf', ARGV[4],
  'views', ARGV[6], 'att', ARGV[7], 'exp', exp)
redis.call('PEXPIREAT', KEYS[1], exp)
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[2], 'mv', ARGV[5], 'state', 'active', 'max', ARGV[6], 'used', 0, 'views', '',
    'created', now, 'exp', exp, 'ended', '', 'pw', ARGV[3] ~= '' and 1 or 0, 'failed', 0)
  redis.call('PEXPIREAT', KEYS[2], exp + tonumber(ARGV[9]))
end
return exp
`;

/** ARGV[1] link verifier. Returns {} when missing or wrong, else {views, exp, kdf}. */
export const PEEK_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[1], 'lv', 'views', 'exp', 'kdf')
if not r[1] or not ct_eq(r[1], ARGV[1]) then return {} end
return {tonumber(r[2]), tonumber(r[3]), r[4]}
`;

/**
 * ARGV[1] link verifier, ARGV[2] password verifier or ''.
 * Returns {0} missing or wrong link verifier (nothing counted),
 *         {1, attemptsLeft} wrong password (deleted and locked at 0),
 *         {2, envelope, viewsLeft} released (deleted at 0 views).
 */
export const CLAIM_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[1], 'lv', 'pv', 'env')
if not r[1] or not ct_eq(r[1], ARGV[1]) then return {0} end
local now = now_ms()
local receipt = redis.call('EXISTS', KEYS[2]) == 1
if r[2] ~= '' and not ct_eq(r[2], ARGV[2]) then
  local left = redis.call('HINCRBY', KEYS[1], 'att', -1)
  if receipt then redis.call('HINCRBY', KEYS[2], 'failed', 1) end
  if left <= 0 then
    redis.call('DEL', KEYS[1])
    end_receipt('locked', now)
    left = 0
  end
  return {1, left}
end
local views = redis.call('HINCRBY', KEYS[1], 'views', -1)
if receipt then
  redis.call('HINCRBY', KEYS[2], 'used', 1)
  local seen = redis.call('HGET', KEYS[2], 'views')
  redis.call('HSET', KEYS[2], 'views', seen == '' and tostring(now) or (seen .. ',' .. now))
end
if views <= 0 then
  redis.call('DEL', KEYS[1])
  end_receipt('viewed', now)
  views = 0
end
return {2, r[3], views}
`;

/**
 * ARGV[1] manage verifier. Returns {} when there is no receipt or the verifier
 * is wrong, else {state, max, used, views, created, exp, ended, pw, failed}.
 */
export const STATUS_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[2], 'mv', 'state', 'max', 'used', 'views', 'created', 'exp', 'ended', 'pw', 'failed')
if not r[1] or not ct_eq(r[1], ARGV[1]) then return {} end
local state = r[2]
local ended = r[8]
if state == 'active' and redis.call('EXISTS', KEYS[1]) == 0 then
  state = 'expired'
  ended = r[7]
end
return {state, r[3], r[4], r[5], r[6], r[7], ended, r[9], r[10]}
`;

/** ARGV[1] manage verifier. Returns 0 when there is no receipt or the verifier is wrong, else 1. */
export const REVOKE_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
local mv = redis.call('HGET', KEYS[2], 'mv')
if not mv or not ct_eq(mv, ARGV[1]) then return 0 end
if redis.call('DEL', KEYS[1]) == 1 then end_receipt('revoked', now_ms()) end
return 1
`;
