import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWaitMs } from '@/lib/ratelimit/redis';
import { isStoreError } from '@/lib/store';
import {
  decodeClaimReply,
  decodeCommitReply,
  decodePeekReply,
  decodePutPartReply,
  decodePutReply,
  decodeReadPartReply,
  decodeRevokeReply,
  decodeStatusReply,
} from '@/lib/store/redis-replies';

/*
 * The checked decoders of every Lua reply (lib/store/redis-replies.ts, and the
 * limiter's GCRA reply): the replies each script documents decode to the
 * store's results; anything else is StoreError('malformed_reply'), never a
 * crash of another kind and never a result holding an invalid value.
 */

const KDF = JSON.stringify({ name: 'scrypt', log2N: 17, r: 8, p: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA' });
const EXP = 1_800_000_000_000;

/** Runs a decoder; answers 'malformed' for the one error it may throw, and rethrows anything else. */
function attempt<T>(decode: (reply: unknown) => T, reply: unknown): T | 'malformed' {
  try {
    return decode(reply);
  } catch (error) {
    if (isStoreError(error) && error.code === 'malformed_reply') return 'malformed';
    throw error;
  }
}

const validDate = (d: unknown) => d instanceof Date && !Number.isNaN(d.getTime());
const validCount = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Every decoder, its documented replies, and what a result of it must satisfy. */
const decoders: {
  name: string;
  decode: (reply: unknown) => unknown;
  valid: unknown[];
  sound: (result: unknown) => boolean;
}[] = [
  {
    name: 'PUT',
    decode: decodePutReply,
    valid: [0, -1, -2, [EXP, 0], [EXP, EXP - 1]],
    sound: (r) =>
      r === 'paused' ||
      r === 'full' ||
      (typeof r === 'object' &&
        r !== null &&
        ('kind' in r && r.kind === 'exists'
          ? true
          : 'expiresAt' in r &&
            validDate(r.expiresAt) &&
            'uploadExpiresAt' in r &&
            (r.uploadExpiresAt === null || validDate(r.uploadExpiresAt)))),
  },
  {
    name: 'PEEK',
    decode: decodePeekReply,
    valid: [[], [1, EXP, '', ''], [3, EXP, KDF, '1048576']],
    sound: (r) =>
      r === null ||
      (typeof r === 'object' &&
        'viewsLeft' in r &&
        validCount(r.viewsLeft) &&
        'expiresAt' in r &&
        validDate(r.expiresAt) &&
        'streamBytes' in r &&
        (r.streamBytes === null || validCount(r.streamBytes))),
  },
  {
    name: 'CLAIM',
    decode: decodeClaimReply,
    valid: [[0], [1, 4], [2, 'envelope', 0, 0, 0], [2, 'envelope', 2, 1048576, EXP], [3]],
    sound: (r) => {
      if (typeof r !== 'object' || r === null || !('kind' in r)) return false;
      if (r.kind === 'missing' || r.kind === 'lease_required') return Object.keys(r).length === 1;
      if (r.kind === 'wrong_password') return 'attemptsLeft' in r && validCount(r.attemptsLeft);
      return (
        r.kind === 'released' &&
        'envelope' in r &&
        typeof r.envelope === 'string' &&
        'viewsLeft' in r &&
        validCount(r.viewsLeft) &&
        'leaseExpiresAt' in r &&
        (r.leaseExpiresAt === null || validDate(r.leaseExpiresAt))
      );
    },
  },
  {
    name: 'STATUS',
    decode: decodeStatusReply,
    valid: [
      [],
      ['active', '2', '0', '', String(EXP - 9), String(EXP), '', '0', '0'],
      ['viewed', '2', '2', `${EXP - 5},${EXP - 4}`, String(EXP - 9), String(EXP), String(EXP - 4), '1', '3'],
    ],
    sound: (r) =>
      r === null ||
      (typeof r === 'object' &&
        'viewedAt' in r &&
        Array.isArray(r.viewedAt) &&
        r.viewedAt.every(validDate) &&
        'createdAt' in r &&
        validDate(r.createdAt) &&
        'expiresAt' in r &&
        validDate(r.expiresAt) &&
        'endedAt' in r &&
        (r.endedAt === null || validDate(r.endedAt)) &&
        'maxViews' in r &&
        validCount(r.maxViews)),
  },
  { name: 'REVOKE', decode: decodeRevokeReply, valid: [0, 1], sound: (r) => typeof r === 'boolean' },
  {
    name: 'PUT_PART',
    decode: decodePutPartReply,
    valid: ['stored', 'missing', 'committed', 'bad_index', 'bad_length', 'paused'],
    sound: (r) => typeof r === 'string',
  },
  {
    name: 'COMMIT',
    decode: decodeCommitReply,
    valid: [[0], [1, EXP], [2, [0, 3]]],
    sound: (r) =>
      typeof r === 'object' &&
      r !== null &&
      'kind' in r &&
      (r.kind === 'missing' ||
        (r.kind === 'committed' && 'expiresAt' in r && validDate(r.expiresAt)) ||
        (r.kind === 'incomplete' && 'missing' in r && Array.isArray(r.missing) && r.missing.every(validCount))),
  },
  {
    name: 'READ_PART',
    decode: decodeReadPartReply,
    valid: [null, Buffer.from('part')],
    sound: (r) => r === null || r instanceof Uint8Array,
  },
  { name: 'GCRA', decode: decodeWaitMs, valid: [0, 1500], sound: validCount },
];

describe('Lua reply decoders', () => {
  it('decode what each script documents', () => {
    expect(decodePutReply(0)).toEqual({ kind: 'exists' });
    expect(decodePutReply(-1)).toBe('paused');
    expect(decodePutReply([EXP, 0])).toEqual({ kind: 'created', expiresAt: new Date(EXP), uploadExpiresAt: null });
    expect(decodePeekReply([])).toBeNull();
    expect(decodePeekReply([3, EXP, KDF, '1048576'])).toEqual({
      viewsLeft: 3,
      expiresAt: new Date(EXP),
      kdf: JSON.parse(KDF),
      streamBytes: 1048576,
    });
    expect(decodeClaimReply([1, 4])).toEqual({ kind: 'wrong_password', attemptsLeft: 4 });
    expect(decodeClaimReply([2, 'env', 0, 0, 0])).toEqual({
      kind: 'released',
      envelope: 'env',
      viewsLeft: 0,
      streamBytes: null,
      leaseExpiresAt: null,
    });
    expect(decodeClaimReply([2, 'env', 1, 64, EXP])).toMatchObject({ streamBytes: 64, leaseExpiresAt: new Date(EXP) });
    expect(decodeClaimReply([3])).toEqual({ kind: 'lease_required' });
    expect(
      decodeStatusReply(['locked', '1', '0', '', String(EXP - 9), String(EXP), String(EXP - 1), '1', '5']),
    ).toEqual({
      state: 'locked',
      maxViews: 1,
      viewsUsed: 0,
      viewedAt: [],
      createdAt: new Date(EXP - 9),
      expiresAt: new Date(EXP),
      hasPassword: true,
      failedAttempts: 5,
      endedAt: new Date(EXP - 1),
    });
    expect(decodeRevokeReply(1)).toBe(true);
    expect(decodeCommitReply([2, [1, 2]])).toEqual({ kind: 'incomplete', missing: [1, 2] });
    expect(decodeCommitReply([1, EXP])).toEqual({ kind: 'committed', expiresAt: new Date(EXP) });
    expect(decodeWaitMs(250)).toBe(250);
  });

  it.each(decoders)('$name: accepts every documented reply soundly', ({ decode, valid, sound }) => {
    for (const reply of valid) expect(sound(decode(reply))).toBe(true);
  });

  it.each([
    ['PUT', [EXP], decodePutReply],
    ['PUT', [EXP, -5], decodePutReply],
    ['PUT', [9e15, 0], decodePutReply],
    ['PUT', '1', decodePutReply],
    ['PEEK', [1, EXP, '{"name":"scrypt"', ''], decodePeekReply],
    ['PEEK', [1, EXP, '{"name":"argon2"}', ''], decodePeekReply],
    ['PEEK', [1, EXP, '', '12abc'], decodePeekReply],
    ['PEEK', [1, EXP, ''], decodePeekReply],
    ['CLAIM', [2, null, 1, 0, 0], decodeClaimReply],
    ['CLAIM', [2, 'env', 1.5, 0, 0], decodeClaimReply],
    ['CLAIM', [1], decodeClaimReply],
    ['CLAIM', [0, 'extra'], decodeClaimReply],
    ['CLAIM', [4], decodeClaimReply],
    ['CLAIM', [], decodeClaimReply],
    ['STATUS', ['burned', '1', '0', '', '1', '2', '', '0', '0'], decodeStatusReply],
    ['STATUS', ['active', '1', '0', 'x,y', '1', '2', '', '0', '0'], decodeStatusReply],
    ['STATUS', ['active', '1', '0', '', '1', '2', '', 'yes', '0'], decodeStatusReply],
    ['STATUS', ['active', '1', '0', '', '1', '2', ''], decodeStatusReply],
    ['REVOKE', '1', decodeRevokeReply],
    ['PUT_PART', 'STORED', decodePutPartReply],
    ['COMMIT', [2, []], decodeCommitReply],
    ['COMMIT', [2, [1, '2']], decodeCommitReply],
    ['COMMIT', [1], decodeCommitReply],
    ['READ_PART', 'part', decodeReadPartReply],
    ['GCRA', '0', decodeWaitMs],
    ['GCRA', Number.NaN, decodeWaitMs],
  ] as [string, unknown, (reply: unknown) => unknown][])(
    '%s: refuses a near miss as a malformed reply: %j',
    (name, reply, decode) => {
      expect(attempt(decode, reply)).toBe('malformed');
    },
  );

  it('name the script in the error, never the reply (it may hold an envelope or a verifier)', () => {
    const error = (() => {
      try {
        decodeClaimReply([2, 'secret-envelope', -1, 0, 0]);
      } catch (e) {
        return e;
      }
    })();
    expect(isStoreError(error) && error.code).toBe('malformed_reply');
    expect(String((error as Error).message)).toBe('store: malformed CLAIM reply');
  });

  /** Garbage shaped like Redis replies: integers, floats, strings, nulls, Buffers, nested arrays. */
  const replyLike = fc.letrec<{ reply: unknown }>((tie) => ({
    reply: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: -3, max: 5 }),
      fc.double(),
      fc.constantFrom('', '0', '1', 'active', 'stored', 'paused', KDF, '9999999999999999999'),
      fc.string(),
      fc.constant(null),
      fc.uint8Array({ maxLength: 4 }).map((bytes) => Buffer.from(bytes)),
      fc.array(tie('reply'), { maxLength: 10 }),
    ),
  })).reply;

  it.each(decoders)('$name: answers garbage with a malformed reply or a sound result, never a crash', (d) => {
    fc.assert(
      fc.property(fc.oneof(replyLike, fc.anything()), (reply) => {
        const result = attempt(d.decode, reply);
        expect(result === 'malformed' || d.sound(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(decoders.filter((d) => d.valid.some(Array.isArray)))(
    '$name: refuses a documented reply with one element replaced by garbage, unless it still fits',
    (d) => {
      const arrays = d.valid.filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
      fc.assert(
        fc.property(fc.constantFrom(...arrays), fc.nat(), replyLike, (valid, at, garbage) => {
          const reply = valid.with(at % valid.length, garbage);
          const result = attempt(d.decode, reply);
          expect(result === 'malformed' || d.sound(result)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    },
  );
});
