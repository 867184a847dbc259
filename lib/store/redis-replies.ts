import 'server-only';
import { StoreError } from '../redis/errors';
import { kdfSchema, type SecretKdf } from '../schemas/secrets';
import type {
  ClaimResult,
  CommitResult,
  PutPartResult,
  PutResult,
  SecretMeta,
  SecretReceipt,
  SecretEnding,
  SecretState,
} from './types';

/*
 * Checked decoders for the replies of the store scripts (lib/store/redis-scripts.ts,
 * redis-file-scripts.ts), as ioredis delivers them: Lua integers as numbers, strings
 * as strings (Buffers for READ_PART), tables as arrays, nil and false as null.
 * Each decoder accepts exactly the shapes its script documents and throws
 * StoreError('malformed_reply') on anything else, so a corrupted record or a
 * script from another version is an error, never a wrong answer. Messages name
 * the script only: a reply may hold an envelope or a verifier.
 */

type Script = 'PUT' | 'PEEK' | 'CLAIM' | 'STATUS' | 'ENDING' | 'REVOKE' | 'PUT_PART' | 'COMMIT' | 'READ_PART';

function malformed(script: Script, cause?: unknown): StoreError {
  return new StoreError('malformed_reply', `store: malformed ${script} reply`, cause ? { cause } : undefined);
}

/** A Lua integer that counts or stamps something: a safe integer, never negative. */
function count(value: unknown, script: Script): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw malformed(script);
}

/** The latest instant a Date can hold (ECMA-262 §21.4.1.1), in ms since the epoch. */
const MAX_DATE_MS = 8.64e15;

/** A point in time in ms since the epoch, as a valid Date. */
function instant(value: unknown, script: Script): Date {
  const ms = count(value, script);
  if (ms <= MAX_DATE_MS) return new Date(ms);
  throw malformed(script);
}

/** A non-negative integer stored as a decimal string (hash fields come back as strings). */
function decimal(value: unknown, script: Script): number {
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return count(Number(value), script);
  throw malformed(script);
}

function text(value: unknown, script: Script): string {
  if (typeof value === 'string') return value;
  throw malformed(script);
}

function array(value: unknown, script: Script): unknown[] {
  if (Array.isArray(value)) return value;
  throw malformed(script);
}

/** An array of exactly `length` elements whose first is the tag `tag`. */
function tagged(reply: unknown[], tag: number, length: number, script: Script): unknown[] {
  if (reply[0] === tag && reply.length === length) return reply;
  throw malformed(script);
}

/** PUT: 0 (id exists), -1 (uploads paused), -2 (store nearly full, a large envelope) or {expiry ms, upload deadline ms or 0}. */
export function decodePutReply(reply: unknown): PutResult | 'paused' | 'full' {
  if (reply === 0) return { kind: 'exists' };
  if (reply === -1) return 'paused';
  if (reply === -2) return 'full';
  const r = array(reply, 'PUT');
  if (r.length !== 2) throw malformed('PUT');
  const until = count(r[1], 'PUT');
  return { kind: 'created', expiresAt: instant(r[0], 'PUT'), uploadExpiresAt: until ? instant(until, 'PUT') : null };
}

/** PEEK: {} (missing, pending or wrong verifier) or {views, exp, kdf JSON or '', sb or ''}. */
export function decodePeekReply(reply: unknown): SecretMeta | null {
  const r = array(reply, 'PEEK');
  if (r.length === 0) return null;
  if (r.length !== 4) throw malformed('PEEK');
  const kdf = text(r[2], 'PEEK');
  const sb = text(r[3], 'PEEK');
  return {
    viewsLeft: count(r[0], 'PEEK'),
    expiresAt: instant(r[1], 'PEEK'),
    kdf: kdf ? decodeKdf(kdf) : null,
    streamBytes: sb ? decimal(sb, 'PEEK') || null : null,
  };
}

function decodeKdf(json: string): SecretKdf {
  try {
    return kdfSchema.parse(JSON.parse(json));
  } catch (error) {
    throw malformed('PEEK', error);
  }
}

/** CLAIM: {0} missing, {1, attemptsLeft}, {2, envelope, viewsLeft, sb or 0, lease or 0}, {3} lease required. */
export function decodeClaimReply(reply: unknown): ClaimResult {
  const r = array(reply, 'CLAIM');
  switch (r[0]) {
    case 0:
      tagged(r, 0, 1, 'CLAIM');
      return { kind: 'missing' };
    case 1:
      return { kind: 'wrong_password', attemptsLeft: count(tagged(r, 1, 2, 'CLAIM')[1], 'CLAIM') };
    case 2: {
      const [, envelope, viewsLeft, sb, lease] = tagged(r, 2, 5, 'CLAIM');
      const streamBytes = count(sb, 'CLAIM');
      const leaseExpiresAt = count(lease, 'CLAIM') ? instant(lease, 'CLAIM') : null;
      return {
        kind: 'released',
        envelope: text(envelope, 'CLAIM'),
        viewsLeft: count(viewsLeft, 'CLAIM'),
        streamBytes: streamBytes || null,
        leaseExpiresAt,
      };
    }
    case 3:
      tagged(r, 3, 1, 'CLAIM');
      return { kind: 'lease_required' };
    default:
      throw malformed('CLAIM');
  }
}

const STATES = ['active', 'viewed', 'expired', 'revoked', 'locked'] as const satisfies readonly SecretState[];

/** STATUS: {} (no receipt or wrong verifier) or nine strings {state, max, used, views, created, exp, ended, pw, failed}. */
export function decodeStatusReply(reply: unknown): SecretReceipt | null {
  const r = array(reply, 'STATUS');
  if (r.length === 0) return null;
  if (r.length !== 9) throw malformed('STATUS');
  const [state, max, used, views, created, exp, ended, pw, failed] = r.map((field) => text(field, 'STATUS'));
  const known = STATES.find((s) => s === state);
  if (!known || (pw !== '0' && pw !== '1')) throw malformed('STATUS');
  const at = (ms: string | undefined) => instant(decimal(ms, 'STATUS'), 'STATUS');
  return {
    state: known,
    maxViews: decimal(max, 'STATUS'),
    viewsUsed: decimal(used, 'STATUS'),
    viewedAt: views ? views.split(',').map(at) : [],
    createdAt: at(created),
    expiresAt: at(exp),
    hasPassword: pw === '1',
    failedAttempts: decimal(failed, 'STATUS'),
    endedAt: ended ? at(ended) : null,
  };
}

const ENDINGS = ['viewed', 'expired', 'revoked', 'locked'] as const satisfies readonly SecretEnding['ending'][];

/** ENDING: {} (no receipt, wrong verifier, or the secret still exists) or {state, ended ms}. */
export function decodeEndingReply(reply: unknown): SecretEnding | null {
  const r = array(reply, 'ENDING');
  if (r.length === 0) return null;
  if (r.length !== 2) throw malformed('ENDING');
  const [state, ended] = r.map((field) => text(field, 'ENDING'));
  const known = ENDINGS.find((s) => s === state);
  if (!known) throw malformed('ENDING');
  return { ending: known, endedAt: instant(decimal(ended, 'ENDING'), 'ENDING') };
}

/** REVOKE: 1 revoked, 0 no receipt or wrong verifier. */
export function decodeRevokeReply(reply: unknown): boolean {
  if (reply === 0 || reply === 1) return reply === 1;
  throw malformed('REVOKE');
}

const PUT_PART_RESULTS = [
  'stored',
  'missing',
  'committed',
  'bad_index',
  'bad_length',
  'paused',
] as const satisfies readonly (PutPartResult | 'paused')[];

/** PUT_PART: one of the words its script documents. */
export function decodePutPartReply(reply: unknown): PutPartResult | 'paused' {
  const known = PUT_PART_RESULTS.find((word) => word === reply);
  if (known) return known;
  throw malformed('PUT_PART');
}

/** COMMIT: {0} missing, {1, exp} committed, {2, {missing indices}} incomplete. */
export function decodeCommitReply(reply: unknown): CommitResult {
  const r = array(reply, 'COMMIT');
  switch (r[0]) {
    case 0:
      tagged(r, 0, 1, 'COMMIT');
      return { kind: 'missing' };
    case 1:
      return { kind: 'committed', expiresAt: instant(tagged(r, 1, 2, 'COMMIT')[1], 'COMMIT') };
    case 2: {
      const missing = array(tagged(r, 2, 2, 'COMMIT')[1], 'COMMIT').map((i) => count(i, 'COMMIT'));
      // An upload with nothing missing would have committed: an empty list is not a reply COMMIT gives.
      if (missing.length === 0) throw malformed('COMMIT');
      return { kind: 'incomplete', missing };
    }
    default:
      throw malformed('COMMIT');
  }
}

/** READ_PART (run with `buffers`): the part's bytes, or null (no lease, lease ended, no such part). */
export function decodeReadPartReply(reply: unknown): Uint8Array | null {
  if (reply === null) return null;
  if (reply instanceof Uint8Array) return reply;
  throw malformed('READ_PART');
}
