/*
 * Lua scripts (Redis 7+): each state change of a secret is one script, so it is atomic
 * on a single Redis, across app instances, and (both keys of a secret share
 * the `{id}` hash tag) on Redis Cluster. Time comes from Redis (TIME), so app
 * instances with skewed clocks agree on expiry and view times.
 *
 * KEYS are the four keys of a secret, named by lib/redis/keys.ts (secretKeys), then its outbox (outboxKey).
 * Each reply is decoded, and checked, by lib/store/redis-replies.ts.
 * KEYS[1] secret hash, always with an expiry:
 *   env  envelope (base64url)       lv  link verifier      pv  password verifier or ''
 *   kdf  KDF metadata JSON or ''    views  views left      att  wrong-password attempts left
 *   exp  expiry, ms since the epoch
 *   sb   padded file stream length, or '' (or absent: stored before files existed) without files
 *   lms  lease length (ms)    pend  1 while the upload is pending (absent once committed)
 *   np  parts    plen  bytes of every part but the last    last  bytes of the last part
 *   rttl  receipt ttl ms (applied at commit)
 * KEYS[2] receipt hash (only with a manage verifier), expires `receipt ttl` after the secret:
 *   mv  manage verifier    state  active|viewed|revoked|locked (expired is derived)
 *   lv  the link verifier (the tombstone ENDING reads; absent in receipts stored before it)
 *   max  maxViews    used  views used    views  comma-separated view times (ms)
 *   created, exp, ended (ms or '')    pw  1|0    failed  wrong passwords so far
 *   nd  notification destination (encoded, lib/notify/destination.ts), only if asked for
 *   nref  its short reference    nseq  last event number    nexp  1 once `expired` was written
 * KEYS[3] parts hash (files only): part index → part bytes (binary).
 * KEYS[4] leases hash (files only): lease verifier → lease expiry (ms).
 * KEYS[#KEYS] (the last key) outbox hash (lib/store/notify-types.ts): event number →
 *   type|at ms|views left|attempts|next attempt ms|lease until ms|dead (0/1); expires with the receipt.
 * While pending, every key expires at min(exp, creation + upload window);
 * from the commit on, the secret and its parts at exp. After the last view
 * the parts and leases outlive the secret only until the latest lease ends.
 *
 * Flags (the `#!lua` line): only PUT may be refused when Redis is out of
 * memory (the API answers 507); claims, revokes and reads carry `allow-oom`,
 * because they free memory or use none, so a full Redis still lets people
 * read and burn what is stored.
 */

export const HELPERS = `
local function ct_eq(a, b)
  if type(a) ~= 'string' or type(b) ~= 'string' or #a ~= #b then return false end
  local acc = 0
  for i = 1, #a do acc = bit.bor(acc, bit.bxor(string.byte(a, i), string.byte(b, i))) end
  return acc == 0
end
-- Whether the given verifier equals the stored one. With no record it compares against a dummy
-- of the same length anyway ('.' is not base64url, so nothing equals it): a missing id and a
-- wrong proof do the same work (security review F-13).
local function verifier_matches(stored, given)
  local same = ct_eq(stored or string.rep('.', #given), given)
  return stored and same
end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- Writes a notification event into the outbox (always the LAST key) in the same step as the
-- state change, if the receipt holds a destination. Entry: type|at|viewsLeft|attempts|next|lease|dead.
local function notify(kind, at, left)
  local nd = redis.call('HGET', KEYS[2], 'nd')
  if not nd or nd == '' then return end
  local seq = redis.call('HINCRBY', KEYS[2], 'nseq', 1)
  local box = KEYS[#KEYS]
  redis.call('HSET', box, seq, kind .. '|' .. at .. '|' .. left .. '|0|0|0|0')
  redis.call('PEXPIREAT', box, redis.call('PEXPIRETIME', KEYS[2]))
end
local END_EVENTS = { viewed = 'last_view', revoked = 'revoked', locked = 'locked' }
local function end_receipt(state, now)
  if redis.call('EXISTS', KEYS[2]) == 1 then
    redis.call('HSET', KEYS[2], 'state', state, 'ended', now)
    notify(END_EVENTS[state], now, 0)
  end
end
local function memory_above(ratio, incoming)
  local info = redis.call('INFO', 'memory')
  local max = tonumber(string.match(info, 'maxmemory:(%d+)')) or 0
  if max == 0 then return false end
  local used = tonumber(string.match(info, 'used_memory:(%d+)')) or 0
  return used + incoming >= ratio * max
end
local function uploads_paused(ratio, incoming) return memory_above(ratio, incoming) end
`;

/**
 * ARGV: env, lv, pv, kdf, mv, views, att, ttl ms, receipt ttl ms,
 *       sb or '', parts, last part bytes, part bytes, upload window ms, lease ms, upload memory ratio,
 *       headroom ratio for a large envelope or '' (lib/store/headroom.ts),
 *       notification destination or '', its reference or ''.
 * Returns 0 when the id exists (or existed and still has a receipt), -1 when
 * a secret with files would take Redis past the upload share of maxmemory,
 * -2 when a large envelope would take it past the headroom ratio, else
 * {expiry ms, upload deadline ms (0 without files)}. The memory checks run
 * here, on the node that will hold the secret, atomically with the write.
 */
export const PUT_SCRIPT = `#!lua
${HELPERS}
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local now = now_ms()
local exp = now + tonumber(ARGV[8])
local pending = ARGV[10] ~= ''
if pending and uploads_paused(tonumber(ARGV[16]), tonumber(ARGV[10])) then return -1 end
if (ARGV[17] or '') ~= '' and memory_above(tonumber(ARGV[17]), #ARGV[1]) then return -2 end
local until_ms = exp
if pending then until_ms = math.min(exp, now + tonumber(ARGV[14])) end
redis.call('DEL', KEYS[3], KEYS[4])
redis.call('HSET', KEYS[1], 'env', ARGV[1], 'lv', ARGV[2], 'pv', ARGV[3], 'kdf', ARGV[4],
  'views', ARGV[6], 'att', ARGV[7], 'exp', exp, 'sb', ARGV[10], 'lms', ARGV[15])
if pending then
  redis.call('HSET', KEYS[1], 'pend', 1, 'np', ARGV[11], 'last', ARGV[12], 'plen', ARGV[13], 'rttl', ARGV[9])
end
redis.call('PEXPIREAT', KEYS[1], until_ms)
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[2], 'mv', ARGV[5], 'lv', ARGV[2], 'state', 'active', 'max', ARGV[6], 'used', 0, 'views', '',
    'created', now, 'exp', exp, 'ended', '', 'pw', ARGV[3] ~= '' and 1 or 0, 'failed', 0)
  if (ARGV[18] or '') ~= '' then redis.call('HSET', KEYS[2], 'nd', ARGV[18], 'nref', ARGV[19], 'nseq', 0) end
  redis.call('PEXPIREAT', KEYS[2], pending and until_ms or exp + tonumber(ARGV[9]))
end
return {exp, pending and until_ms or 0}
`;

/** ARGV[1] link verifier. Returns {} when missing, pending or wrong, else {views, exp, kdf, sb}. */
export const PEEK_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[1], 'lv', 'views', 'exp', 'kdf', 'pend', 'sb')
if not verifier_matches(r[1], ARGV[1]) or r[5] == '1' then return {} end
return {tonumber(r[2]), tonumber(r[3]), r[4], r[6] or ''}
`;

/**
 * ARGV[1] link verifier, ARGV[2] password verifier or '', ARGV[3] lease verifier or ''.
 * Returns {0} missing, pending or wrong link verifier (nothing counted),
 *         {3} files but no lease verifier (nothing counted),
 *         {1, attemptsLeft} wrong password (deleted with parts and leases, and locked, at 0),
 *         {2, envelope, viewsLeft, sb or 0, lease expiry or 0} released (deleted at 0 views;
 *           the parts then live until the latest lease ends).
 */
export const CLAIM_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[1], 'lv', 'pv', 'env', 'pend', 'sb', 'lms', 'exp')
if not verifier_matches(r[1], ARGV[1]) or r[4] == '1' then return {0} end
local files = r[5] and r[5] ~= ''
if files and ARGV[3] == '' then return {3} end
local now = now_ms()
local receipt = redis.call('EXISTS', KEYS[2]) == 1
if r[2] ~= '' and not ct_eq(r[2], ARGV[2]) then
  local left = redis.call('HINCRBY', KEYS[1], 'att', -1)
  if receipt then redis.call('HINCRBY', KEYS[2], 'failed', 1) end
  if left <= 0 then
    redis.call('DEL', KEYS[1], KEYS[3], KEYS[4])
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
local lease = 0
if files then
  lease = math.min(now + tonumber(r[6]), tonumber(r[7]))
  redis.call('HSET', KEYS[4], ARGV[3], lease)
  redis.call('PEXPIREAT', KEYS[4], tonumber(r[7]))
end
if receipt and views > 0 then notify('opened', now, views) end
if views <= 0 then
  redis.call('DEL', KEYS[1])
  end_receipt('viewed', now)
  views = 0
  if files then
    local latest = lease
    for _, t in ipairs(redis.call('HVALS', KEYS[4])) do latest = math.max(latest, tonumber(t)) end
    redis.call('PEXPIREAT', KEYS[3], latest)
    redis.call('PEXPIREAT', KEYS[4], latest)
  end
end
return {2, r[3], views, files and tonumber(r[5]) or 0, lease}
`;

/**
 * ARGV[1] manage verifier. Returns {} when there is no receipt or the verifier
 * is wrong, else {state, max, used, views, created, exp, ended, pw, failed}.
 */
export const STATUS_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[2], 'mv', 'state', 'max', 'used', 'views', 'created', 'exp', 'ended', 'pw', 'failed')
if not verifier_matches(r[1], ARGV[1]) then return {} end
local state = r[2]
local ended = r[8]
if state == 'active' and redis.call('EXISTS', KEYS[1]) == 0 then
  state = 'expired'
  ended = r[7]
end
return {state, r[3], r[4], r[5], r[6], r[7], ended, r[9], r[10]}
`;

/**
 * ARGV[1] link verifier. Returns {} when there is no receipt, its tombstone does not match,
 * or the secret still exists, else {state, ended}: how it ended (expired is derived as
 * STATUS does) and when (ms).
 */
export const ENDING_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local r = redis.call('HMGET', KEYS[2], 'lv', 'state', 'exp', 'ended')
if not verifier_matches(r[1], ARGV[1]) then return {} end
local state = r[2]
local ended = r[4]
if state == 'active' then
  if redis.call('EXISTS', KEYS[1]) == 1 then return {} end
  state = 'expired'
  ended = r[3]
end
return {state, ended}
`;

/** ARGV[1] manage verifier. Returns 0 when there is no receipt or the verifier is wrong, else 1. */
export const REVOKE_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
local mv = redis.call('HGET', KEYS[2], 'mv')
if not verifier_matches(mv, ARGV[1]) then return 0 end
if redis.call('DEL', KEYS[1]) == 1 then end_receipt('revoked', now_ms()) end
redis.call('DEL', KEYS[3], KEYS[4])
return 1
`;

/** Splits an outbox entry into its seven fields. */
const OUTBOX_HELPERS = `
local function entry(v)
  local f = {}
  for part in string.gmatch(v, '[^|]+') do f[#f + 1] = part end
  return f
end
local function join(f) return table.concat(f, '|') end
`;

/**
 * KEYS as the request scripts take them (lib/redis/keys.ts requestKeys, then the outbox): the
 * receipt's destination first, else the request record's (KEYS[5]).
 * ARGV[1] lease ms. Returns {} when neither holds a destination (gone, or never asked), else
 * {destination, reference, final 0/1, pending, then per leased event: seq, type, at, viewsLeft, attempts}.
 * First writes `expired` once if the secret's deadline passed without a single view, or
 * `expired_unanswered` once if the request's passed while it was open.
 */
export const TAKE_NOTIFICATIONS_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
${OUTBOX_HELPERS}
local r = redis.call('HMGET', KEYS[2], 'nd', 'nref', 'state', 'used', 'exp', 'nexp')
local now = now_ms()
local out
if r[1] and r[1] ~= '' then
  local alive = redis.call('EXISTS', KEYS[1]) == 1
  if r[3] == 'active' and not alive and tonumber(r[4]) == 0 and r[6] ~= '1' then
    redis.call('HSET', KEYS[2], 'nexp', 1)
    notify('expired', math.min(tonumber(r[5]), now), 0)
  end
  out = {r[1], r[2], (r[3] ~= 'active' or not alive) and 1 or 0, 0}
elseif #KEYS == 6 then
  -- A request (lib/store/redis-request-scripts.ts): 'answered', written by the step that accepts
  -- the answer, or 'expired_unanswered', written here once when the deadline passed while open
  -- (an upload whose window ended is open again, and may end after the deadline: then that is
  -- when it expired). Final once answered, revoked or expired.
  local q = redis.call('HMGET', KEYS[5], 'nd', 'nref', 'state', 'uuntil', 'exp', 'nexp')
  if not q[1] or q[1] == '' then return {} end
  local state = q[3]
  if state == 'uploading' and tonumber(q[4]) <= now then state = 'open' end
  local expired = state == 'open' and tonumber(q[5]) <= now
  if expired and q[6] ~= '1' then
    local ended = math.min(math.max(tonumber(q[5]), tonumber(q[4]) or 0), now)
    local seq = redis.call('HINCRBY', KEYS[5], 'nseq', 1)
    redis.call('HSET', KEYS[5], 'nexp', 1)
    redis.call('HSET', KEYS[#KEYS], seq, 'expired_unanswered|' .. ended .. '|0|0|0|0|0')
    redis.call('PEXPIREAT', KEYS[#KEYS], redis.call('PEXPIRETIME', KEYS[5]))
  end
  out = {q[1], q[2], (expired or state == 'answered' or state == 'revoked') and 1 or 0, 0}
else
  return {}
end
local pending = 0
local entries = redis.call('HGETALL', KEYS[#KEYS])
for i = 1, #entries, 2 do
  local f = entry(entries[i + 1])
  if f[7] ~= '1' then
    pending = pending + 1
    if tonumber(f[5]) <= now and tonumber(f[6]) <= now then
      f[4] = tostring(tonumber(f[4]) + 1)
      f[6] = tostring(now + tonumber(ARGV[1]))
      redis.call('HSET', KEYS[#KEYS], entries[i], join(f))
      for _, v in ipairs({entries[i], f[1], f[2], f[3], f[4]}) do out[#out + 1] = v end
    end
  end
end
out[4] = pending
return out
`;

/** ARGV[1] event number, ARGV[2] delivered|retry|dead, ARGV[3] retry delay ms. Returns 1, or 0 when gone. */
export const SETTLE_NOTIFICATION_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
${OUTBOX_HELPERS}
local v = redis.call('HGET', KEYS[#KEYS], ARGV[1])
if not v then return 0 end
if ARGV[2] == 'delivered' then
  redis.call('HDEL', KEYS[#KEYS], ARGV[1])
  return 1
end
local f = entry(v)
if ARGV[2] == 'dead' then
  f[7] = '1'
else
  f[5] = tostring(now_ms() + tonumber(ARGV[3]))
  f[6] = '0'
end
redis.call('HSET', KEYS[#KEYS], ARGV[1], join(f))
return 1
`;
