import { PUT_PART_STEPS } from './redis-file-scripts';
import { HELPERS } from './redis-scripts';

/*
 * Lua scripts of requests (lib/store/request-types.ts), one per step, each
 * atomic on a single Redis and (all five keys share the `{id}` hash tag) on
 * Cluster. KEYS are lib/redis/keys.ts requestKeys: the four keys of the
 * answer, which is a secret with the field layout of redis-scripts.ts, then
 * KEYS[5], the request hash:
 *   note  note envelope (base64url)   sv, cv, mv  submit, collect, manage verifiers
 *   created, exp  creation and open-until (ms)   attl  answer lifetime (ms)
 *   max  the answer's views   rttl  receipt ttl (ms)
 *   state  open|uploading|answered|revoked
 *   uv  upload verifier of the pending answer or ''   uuntil  its upload deadline (ms) or ''
 *   answered  when the answer was accepted (ms) or ''   sb  its padded file stream length or ''
 *   nd, nref, nseq  notification destination, its reference, last event number (only if asked for)
 *   nexp  1 once `expired_unanswered` was written
 * KEYS[6] the id's outbox (lib/redis/keys.ts outboxKey): the `answered` event, written by the
 * step that accepts the answer, or `expired_unanswered`, written by TAKE_NOTIFICATIONS
 * (redis-scripts.ts) once the deadline passed open; expires with KEYS[5]. The answer's receipt
 * never holds a destination, so the answer's own reads write nothing there.
 * KEYS[5] expires when the request does (one that asked for notifications rttl later, so that
 * its expiry can still be told: an open request past `exp` is gone to every step but that one);
 * an accepted answer extends it to the answer's expiry + rttl (the pending one to its upload
 * deadline), so the owner still sees "answered" while the answer's receipt lives.
 * An `uploading` request whose deadline passed is `open` again: its pending
 * answer's keys expired at that same deadline. The scripts read it so.
 */

const REQUEST_HELPERS = `
-- The state, with an upload whose window ended read as open again.
local function effective_state(state, uuntil, now)
  if state == 'uploading' and tonumber(uuntil) <= now then return 'open' end
  return state
end
-- Keeps KEYS[5] at least until 'ms'.
local function keep_request(ms)
  local current = redis.call('PEXPIRETIME', KEYS[5])
  if current < ms then redis.call('PEXPIREAT', KEYS[5], ms) end
end
-- Writes 'answered' into the outbox (the LAST key) if the request asked; call after keep_request.
local function notify_answered(now)
  local nd = redis.call('HGET', KEYS[5], 'nd')
  if not nd or nd == '' then return end
  local seq = redis.call('HINCRBY', KEYS[5], 'nseq', 1)
  local box = KEYS[#KEYS]
  redis.call('HSET', box, seq, 'answered|' .. now .. '|0|0|0|0|0')
  redis.call('PEXPIREAT', box, redis.call('PEXPIRETIME', KEYS[5]))
end
`;

/**
 * ARGV: note, sv, cv, mv, ttl ms, answer ttl ms, max views, receipt ttl ms,
 *       notification destination or '', its reference or ''.
 * Returns 0 when the id holds a request, a secret or a receipt, else the expiry (ms).
 */
export const PUT_REQUEST_SCRIPT = `#!lua
${HELPERS}
if redis.call('EXISTS', KEYS[5]) == 1 or redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then
  return 0
end
local now = now_ms()
local exp = now + tonumber(ARGV[5])
redis.call('HSET', KEYS[5], 'note', ARGV[1], 'sv', ARGV[2], 'cv', ARGV[3], 'mv', ARGV[4], 'created', now,
  'exp', exp, 'attl', ARGV[6], 'max', ARGV[7], 'rttl', ARGV[8], 'state', 'open', 'uv', '', 'uuntil', '',
  'answered', '', 'sb', '')
local keep = exp
if (ARGV[9] or '') ~= '' then
  redis.call('HSET', KEYS[5], 'nd', ARGV[9], 'nref', ARGV[10], 'nseq', 0)
  keep = exp + tonumber(ARGV[8])
end
redis.call('PEXPIREAT', KEYS[5], keep)
return exp
`;

/**
 * ARGV[1] a verifier. Compares it with all three (so the time taken does not
 * tell which matched). Returns {} when none matches or the request is gone,
 * else {role, state, note or '', created, exp, attl, max, answered or '', sb or ''}.
 */
export const PEEK_REQUEST_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
${REQUEST_HELPERS}
local r = redis.call('HMGET', KEYS[5], 'sv', 'cv', 'mv', 'state', 'note', 'created', 'exp', 'attl', 'max',
  'answered', 'sb', 'uuntil')
local submit = verifier_matches(r[1], ARGV[1])
local collect = verifier_matches(r[2], ARGV[1])
local manage = verifier_matches(r[3], ARGV[1])
local role = (submit and 'submit') or (collect and 'collect') or (manage and 'manage')
if not role then return {} end
local now = now_ms()
local state = effective_state(r[4], r[12], now)
if state == 'open' and tonumber(r[7]) <= now then return {} end
local sb = r[11]
if state == 'open' then sb = '' end
return {role, state, role == 'manage' and '' or r[5], r[6], r[7], r[8], r[9], r[10], sb}
`;

/**
 * ARGV: sv, answer envelope, sb or '', uv or '', parts, last part bytes, part bytes,
 *       upload window ms, lease ms, upload memory ratio, headroom ratio for a large envelope or ''.
 * Returns {0} missing (wrong verifier, gone, expired), {1} closed (answered, uploading,
 * revoked, or the id holds another secret), {-1} uploads paused, {-2} full,
 * {2, answer expiry, upload deadline or 0} accepted: the answer is stored as the secret
 * under this id (link verifier cv, manage verifier mv) in this same step.
 */
export const SUBMIT_ANSWER_SCRIPT = `#!lua
${HELPERS}
${REQUEST_HELPERS}
local q = redis.call('HMGET', KEYS[5], 'sv', 'state', 'exp', 'cv', 'mv', 'attl', 'max', 'rttl', 'uuntil')
if not verifier_matches(q[1], ARGV[1]) then return {0} end
local now = now_ms()
local state = effective_state(q[2], q[9], now)
if state ~= 'open' then return {1} end
if tonumber(q[3]) <= now then return {0} end
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return {1} end
local pending = ARGV[3] ~= ''
if pending and uploads_paused(tonumber(ARGV[10]), tonumber(ARGV[3])) then return {-1} end
if ARGV[11] ~= '' and memory_above(tonumber(ARGV[11]), #ARGV[2]) then return {-2} end
local exp = now + tonumber(q[6])
local until_ms = exp
if pending then until_ms = math.min(exp, now + tonumber(ARGV[8])) end
redis.call('DEL', KEYS[3], KEYS[4])
redis.call('HSET', KEYS[1], 'env', ARGV[2], 'lv', q[4], 'pv', '', 'kdf', '', 'views', q[7], 'att', 1, 'exp', exp,
  'sb', ARGV[3], 'lms', ARGV[9])
if pending then
  redis.call('HSET', KEYS[1], 'pend', 1, 'np', ARGV[5], 'last', ARGV[6], 'plen', ARGV[7], 'rttl', q[8])
end
redis.call('PEXPIREAT', KEYS[1], until_ms)
redis.call('HSET', KEYS[2], 'mv', q[5], 'lv', q[4], 'state', 'active', 'max', q[7], 'used', 0, 'views', '',
  'created', now, 'exp', exp, 'ended', '', 'pw', 0, 'failed', 0)
if pending then
  redis.call('PEXPIREAT', KEYS[2], until_ms)
  redis.call('HSET', KEYS[5], 'state', 'uploading', 'uv', ARGV[4], 'uuntil', until_ms, 'sb', ARGV[3])
  -- With a destination, kept rttl past the upload deadline too: if the upload never completes
  -- (its window may end after the request's deadline), the expiry can still be told.
  local grace = 0
  if redis.call('HEXISTS', KEYS[5], 'nd') == 1 then grace = tonumber(q[8]) end
  keep_request(until_ms + grace)
  return {2, exp, until_ms}
end
redis.call('PEXPIREAT', KEYS[2], exp + tonumber(q[8]))
redis.call('HSET', KEYS[5], 'state', 'answered', 'answered', now, 'sb', '', 'uv', '', 'uuntil', '')
keep_request(exp + tonumber(q[8]))
notify_answered(now)
return {2, exp, 0}
`;

/** Whether ARGV[1] is the upload verifier of this request's pending or committed answer; sets 'q'. */
const UPLOAD_CHECK = `
local q = redis.call('HMGET', KEYS[5], 'uv', 'state', 'uuntil', 'rttl')
if not verifier_matches(q[1], ARGV[1]) then return MISSING end
local now = now_ms()
local state = effective_state(q[2], q[3], now)
if state ~= 'uploading' and state ~= 'answered' then return MISSING end
`;

/** ARGV as PUT_PART_SCRIPT's, with the upload verifier first. Replies as PUT_PART_SCRIPT. */
export const PUT_ANSWER_PART_SCRIPT = `#!lua
${HELPERS}
${REQUEST_HELPERS}
${UPLOAD_CHECK.replaceAll('MISSING', "'missing'")}
if state == 'answered' then return 'committed' end
${PUT_PART_STEPS}`;

/**
 * ARGV[1] upload verifier. Replies as COMMIT_SCRIPT; a commit that completes
 * the upload also marks the request answered, in the same step.
 */
export const COMMIT_ANSWER_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
${REQUEST_HELPERS}
${UPLOAD_CHECK.replaceAll('MISSING', '{0}')}
local r = redis.call('HMGET', KEYS[1], 'sb', 'pend', 'np', 'exp', 'rttl')
if not r[1] or r[1] == '' then return {0} end
local exp = tonumber(r[4])
if r[2] ~= '1' then return {1, exp} end
local missing = {}
for i = 0, tonumber(r[3]) - 1 do
  if redis.call('HEXISTS', KEYS[3], tostring(i)) == 0 then missing[#missing + 1] = i end
end
if #missing > 0 then return {2, missing} end
redis.call('HDEL', KEYS[1], 'pend')
redis.call('PEXPIREAT', KEYS[1], exp)
redis.call('PEXPIREAT', KEYS[3], exp)
redis.call('PEXPIREAT', KEYS[2], exp + tonumber(r[5]))
redis.call('HSET', KEYS[5], 'state', 'answered', 'answered', now)
keep_request(exp + tonumber(q[4]))
notify_answered(now)
return {1, exp}
`;

/**
 * ARGV[1] manage verifier. Returns 0 when it does not match (or the request is
 * gone), else 1: the request is revoked and its answer, if any, burned (its
 * receipt says revoked). Idempotent.
 */
export const REVOKE_REQUEST_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
${REQUEST_HELPERS}
local q = redis.call('HMGET', KEYS[5], 'mv', 'state', 'uuntil', 'exp')
if not verifier_matches(q[1], ARGV[1]) then return 0 end
local now = now_ms()
local state = effective_state(q[2], q[3], now)
-- Open past its deadline: expired (the record outlives it only to tell the requester so).
if state == 'open' and tonumber(q[4]) <= now then return 0 end
if state == 'uploading' or state == 'answered' then
  if redis.call('DEL', KEYS[1]) == 1 then end_receipt('revoked', now) end
  redis.call('DEL', KEYS[3], KEYS[4])
end
redis.call('HSET', KEYS[5], 'state', 'revoked', 'uv', '', 'uuntil', '')
return 1
`;
