import { HELPERS } from './redis-scripts';

/*
 * The scripts of file uploads and downloads (docs/protocol.md §Parts), on
 * the keys of lib/redis/keys.ts (fields drawn in redis-scripts.ts): KEYS =
 * secret, receipt, parts, leases, all under one `{id}` hash tag.
 */

/**
 * PUT_PART's steps once the caller is authorised (ARGV[2..4] as above); the
 * request scripts run the same steps for an answer's parts (redis-request-scripts.ts).
 */
export const PUT_PART_STEPS = `
local r = redis.call('HMGET', KEYS[1], 'sb', 'pend', 'np', 'plen', 'last')
if not r[1] or r[1] == '' then return 'missing' end
if r[2] ~= '1' then return 'committed' end
local i = tonumber(ARGV[2])
local parts = tonumber(r[3])
if not i or i < 0 or i >= parts or i % 1 ~= 0 then return 'bad_index' end
local want = tonumber(i == parts - 1 and r[5] or r[4])
if #ARGV[3] ~= want then return 'bad_length' end
if uploads_paused(tonumber(ARGV[4]), #ARGV[3]) then return 'paused' end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
redis.call('PEXPIREAT', KEYS[3], redis.call('PEXPIRETIME', KEYS[1]))
return 'stored'
`;

/**
 * ARGV[1] manage verifier, ARGV[2] part index (canonical decimal), ARGV[3] part bytes,
 * ARGV[4] upload memory ratio.
 * Returns 'stored', 'missing' (also: wrong verifier, no files), 'committed',
 * 'bad_index', 'bad_length' or 'paused' (the part would take Redis past the
 * upload share of maxmemory: checked here, atomically with the write, so
 * concurrent uploads cannot all pass one stale reading). No allow-oom: a full
 * Redis refuses it (507). The parts key takes the pending secret's own expiry.
 */
export const PUT_PART_SCRIPT = `#!lua
${HELPERS}
local mv = redis.call('HGET', KEYS[2], 'mv')
if not mv or not ct_eq(mv, ARGV[1]) then return 'missing' end
${PUT_PART_STEPS}`;

/**
 * ARGV[1] manage verifier. Returns {0} missing (also: wrong verifier, no files),
 * {1, exp} committed (now or before), {2, {missing indices}} incomplete.
 * Committing frees nothing but must not strand a finished upload: allow-oom.
 */
export const COMMIT_SCRIPT = `#!lua flags=allow-oom
${HELPERS}
local mv = redis.call('HGET', KEYS[2], 'mv')
if not mv or not ct_eq(mv, ARGV[1]) then return {0} end
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
return {1, exp}
`;

/**
 * ARGV[1] lease verifier, ARGV[2] part index. Returns the part's bytes, or nil
 * without a lease, after it ended (by Redis time) or without the part.
 * The verifier is SHA-256 of a 256-bit token: a field lookup leaks nothing useful.
 */
export const READ_PART_SCRIPT = `#!lua flags=no-writes,allow-oom
${HELPERS}
local lease = redis.call('HGET', KEYS[4], ARGV[1])
if not lease or tonumber(lease) <= now_ms() then return false end
return redis.call('HGET', KEYS[3], ARGV[2])
`;
