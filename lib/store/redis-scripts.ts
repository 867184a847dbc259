/*
 * Lua scripts: each state change of a secret is one script, so it is atomic
 * on a single Redis, across app instances, and (all keys of a secret share
 * the `{id}` hash tag) on Redis Cluster. Time comes from Redis (TIME), so
 * several app instances with skewed clocks agree on expiry.
 *
 * Record layout, one hash per secret, always with an expiry:
 *   env  envelope (base64url)       lv  link verifier      pv  password verifier or ''
 *   kdf  KDF metadata JSON or ''    mv  manage verifier or ''
 *   views  views left               att  wrong-password attempts left
 *   exp  expiry, ms since the epoch
 */

/** Constant-time equality of two equal-length strings (a length mismatch is public). */
const CT_EQ = `
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
`;

/**
 * KEYS[1] secret hash. ARGV: env, lv, pv, kdf, mv, views, att, ttl ms.
 * Returns 0 when the id exists, else the expiry in ms.
 */
export const PUT_SCRIPT = `${CT_EQ}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local exp = now_ms() + tonumber(ARGV[8])
redis.call('HSET', KEYS[1], 'env', ARGV[1], 'lv', ARGV[2], 'pv', ARGV[3], 'kdf', ARGV[4], 'mv', ARGV[5],
  'views', ARGV[6], 'att', ARGV[7], 'exp', exp)
redis.call('PEXPIREAT', KEYS[1], exp)
return exp
`;

/**
 * KEYS[1] secret hash. ARGV[1] link verifier.
 * Returns {} when missing or the verifier is wrong, else {views, exp, kdf}.
 */
export const PEEK_SCRIPT = `${CT_EQ}
local r = redis.call('HMGET', KEYS[1], 'lv', 'views', 'exp', 'kdf')
if not r[1] or not ct_eq(r[1], ARGV[1]) then return {} end
return {tonumber(r[2]), tonumber(r[3]), r[4]}
`;

/**
 * KEYS[1] secret hash. ARGV[1] link verifier, ARGV[2] password verifier or ''.
 * Returns {0} missing or wrong link verifier (nothing counted),
 *         {1, attemptsLeft} wrong password (the secret is deleted at 0),
 *         {2, envelope, viewsLeft} released (the secret is deleted at 0 views).
 */
export const CLAIM_SCRIPT = `${CT_EQ}
local r = redis.call('HMGET', KEYS[1], 'lv', 'pv', 'env')
if not r[1] or not ct_eq(r[1], ARGV[1]) then return {0} end
if r[2] ~= '' and not ct_eq(r[2], ARGV[2]) then
  local left = redis.call('HINCRBY', KEYS[1], 'att', -1)
  if left <= 0 then redis.call('DEL', KEYS[1]); left = 0 end
  return {1, left}
end
local views = redis.call('HINCRBY', KEYS[1], 'views', -1)
if views <= 0 then redis.call('DEL', KEYS[1]); views = 0 end
return {2, r[3], views}
`;
