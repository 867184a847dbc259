import 'server-only';
import { StoreError } from '../redis/errors';
import type { RequestMeta, RequestRole, RequestState, SubmitResult } from './request-types';

/*
 * Checked decoders for the replies of the request scripts
 * (lib/store/redis-request-scripts.ts), like redis-replies.ts for secrets:
 * exactly the documented shapes, StoreError('malformed_reply') for anything
 * else; messages name the script only. The answer's parts and commit replies
 * have the shapes of PUT_PART and COMMIT and use their decoders.
 */

type Script = 'PUT_REQUEST' | 'PEEK_REQUEST' | 'SUBMIT_ANSWER' | 'REVOKE_REQUEST';

function malformed(script: Script): StoreError {
  return new StoreError('malformed_reply', `store: malformed ${script} reply`);
}

/** A Lua integer or a decimal hash field: a safe non-negative integer. */
function count(value: unknown, script: Script): number {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
  throw malformed(script);
}

function instant(value: unknown, script: Script): Date {
  const ms = count(value, script);
  if (ms <= 8.64e15) return new Date(ms);
  throw malformed(script);
}

function text(value: unknown, script: Script): string {
  if (typeof value === 'string') return value;
  throw malformed(script);
}

/** PUT_REQUEST: 0 (the id is taken) or the expiry (ms). */
export function decodePutRequestReply(reply: unknown): { kind: 'created'; expiresAt: Date } | { kind: 'exists' } {
  if (reply === 0) return { kind: 'exists' };
  return { kind: 'created', expiresAt: instant(reply, 'PUT_REQUEST') };
}

const ROLES = ['submit', 'collect', 'manage'] as const satisfies readonly RequestRole[];
const STATES = ['open', 'uploading', 'answered', 'revoked'] as const satisfies readonly RequestState[];

/** PEEK_REQUEST: {} or {role, state, note or '', created, exp, attl, max, answered or '', sb or ''}. */
export function decodePeekRequestReply(reply: unknown): RequestMeta | null {
  if (!Array.isArray(reply)) throw malformed('PEEK_REQUEST');
  if (reply.length === 0) return null;
  if (reply.length !== 9) throw malformed('PEEK_REQUEST');
  const [role, state, note, created, exp, attl, max, answered, sb] = reply.map((v: unknown) =>
    typeof v === 'number' ? String(v) : text(v, 'PEEK_REQUEST'),
  ) as string[];
  const knownRole = ROLES.find((r) => r === role);
  const knownState = STATES.find((s) => s === state);
  if (!knownRole || !knownState) throw malformed('PEEK_REQUEST');
  if ((knownRole === 'manage') !== (note === '')) throw malformed('PEEK_REQUEST');
  return {
    role: knownRole,
    state: knownState,
    note: knownRole === 'manage' ? null : note!,
    createdAt: instant(created, 'PEEK_REQUEST'),
    expiresAt: instant(exp, 'PEEK_REQUEST'),
    answerTtlSeconds: count(attl, 'PEEK_REQUEST') / 1000,
    maxViews: count(max, 'PEEK_REQUEST'),
    answeredAt: answered ? instant(answered, 'PEEK_REQUEST') : null,
    streamBytes: sb ? count(sb, 'PEEK_REQUEST') || null : null,
  };
}

/** SUBMIT_ANSWER: {0} missing, {1} closed, {-1} paused, {-2} full, {2, exp, upload deadline or 0}. */
export function decodeSubmitReply(reply: unknown): SubmitResult | 'paused' | 'full' {
  if (!Array.isArray(reply)) throw malformed('SUBMIT_ANSWER');
  const [tag] = reply;
  if (reply.length === 1 && tag === 0) return { kind: 'missing' };
  if (reply.length === 1 && tag === 1) return { kind: 'closed' };
  if (reply.length === 1 && tag === -1) return 'paused';
  if (reply.length === 1 && tag === -2) return 'full';
  if (reply.length !== 3 || tag !== 2) throw malformed('SUBMIT_ANSWER');
  const until = count(reply[2], 'SUBMIT_ANSWER');
  return {
    kind: 'accepted',
    expiresAt: instant(reply[1], 'SUBMIT_ANSWER'),
    uploadExpiresAt: until ? instant(until, 'SUBMIT_ANSWER') : null,
  };
}

/** REVOKE_REQUEST: 1 revoked, 0 wrong verifier or gone. */
export function decodeRevokeRequestReply(reply: unknown): boolean {
  if (reply === 0 || reply === 1) return reply === 1;
  throw malformed('REVOKE_REQUEST');
}
