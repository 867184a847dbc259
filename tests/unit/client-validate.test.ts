import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import * as client from '@/lib/client/responses';
import { isoDate, maxLength, type Guard, type Guarded } from '@/lib/client/validate';
import { ENVELOPE_OVERHEAD_BYTES, PADDED_SIZES_BYTES, base64urlChars } from '@/lib/protocol/v1';
import { API_ERRORS } from '@/lib/schemas/errors';
import { apiErrorBodySchema } from '@/lib/schemas/errors';
import * as server from '@/lib/schemas/secrets';

/*
 * The browser checks API answers with the guards of lib/client/responses.ts,
 * the server (and the CLI's tests) with the zod schemas of lib/schemas. They
 * must agree on every input: a guard that accepts more would let a lying
 * server smuggle a field or a malformed value past the browser; one that
 * accepts less would break the app. Each pair runs on the same inputs: valid
 * answers, valid answers with one field broken, dropped or added, and
 * arbitrary JSON.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Mostly `valid`, sometimes `nearMiss`: so that whole answers are often valid, and often one field off. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, nearMiss: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: nearMiss });

/** Canonical base64url of `bytes` bytes, or strings near it (wrong length, characters or last bits). */
function base64url(bytes: number) {
  const length = base64urlChars(bytes);
  return mostly(
    fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => Buffer.from(b).toString('base64url')),
    fc.oneof(
      fc.string({ unit: fc.constantFrom(...B64), minLength: length, maxLength: length }),
      fc.string({
        unit: fc.constantFrom(...B64, '=', '+', '/', ' ', 'é'),
        minLength: length - 2,
        maxLength: length + 2,
      }),
    ),
  );
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** ISO timestamps, or near misses (offsets, leap days, 24:00, no seconds, lower case). */
const datetime = mostly(
  fc
    .date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31T23:59:59.999Z') })
    .map((d) => d.toISOString()),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.option(fc.integer({ min: 0, max: 61 })),
      frac: fc.constantFrom('', '.', '.1', '.123', '.123456789'),
      zone: fc.constantFrom('Z', 'z', '', '+01:00', '-23:59'),
      t: fc.constantFrom('T', 't', ' '),
    })
    .map(
      (p) =>
        `${String(p.y).padStart(4, '0')}-${pad2(p.mo)}-${pad2(p.d)}${p.t}${pad2(p.h)}:${pad2(p.mi)}` +
        `${p.s === null ? '' : `:${pad2(p.s)}`}${p.frac}${p.zone}`,
    ),
);

/** Integers from `min`, or values near integers that are not valid (0, negatives, fractions, unsafe, strings). */
const int = (min: number) =>
  mostly(
    fc.integer({ min, max: 20 }),
    fc.constantFrom(
      0,
      -1,
      0.5,
      -0,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      NaN,
      Infinity,
      '1',
      null,
      true,
    ),
  );

const envelopeLengths = PADDED_SIZES_BYTES.slice(0, 3).map((n) => n + ENVELOPE_OVERHEAD_BYTES);
const envelope = fc.constantFrom(...envelopeLengths).chain((bytes) => base64url(bytes));

const kdfFields = {
  name: mostly(fc.constant('scrypt'), fc.constantFrom('argon2id', 'Scrypt')),
  log2N: mostly(fc.constant(17), fc.constantFrom(16, '17')),
  r: mostly(fc.constant(8), fc.constant(1)),
  p: mostly(fc.constant(1), fc.constant(2)),
  salt: base64url(16),
};
const kdf = fc.record(kdfFields);

/** Fields of each response, each from an arbitrary that mostly yields valid values. */
const FIELDS = {
  create: {
    id: base64url(16),
    expiresAt: datetime,
    upload: fc.option(fc.record({ parts: int(1), expiresAt: datetime }), { nil: undefined }),
  },
  peek: { expiresAt: datetime, viewsLeft: int(1), kdf: fc.option(kdf), streamBytes: fc.option(int(1)) },
  reveal: {
    envelope,
    viewsLeft: int(0),
    files: fc.option(fc.record({ streamBytes: int(1), parts: int(1), leaseExpiresAt: datetime })),
  },
  ending: {
    ending: mostly(fc.constantFrom('viewed', 'expired', 'revoked', 'locked'), fc.constantFrom('active', '')),
    endedAt: datetime,
  },
  status: {
    state: mostly(fc.constantFrom('active', 'viewed', 'expired', 'revoked', 'locked'), fc.constantFrom('burned', '')),
    maxViews: int(1),
    viewsUsed: int(0),
    viewedAt: fc.array(datetime, { maxLength: 3 }),
    createdAt: datetime,
    expiresAt: datetime,
    endedAt: fc.option(datetime),
    hasPassword: mostly(fc.boolean(), fc.constantFrom(0, 'true')),
    failedAttempts: int(0),
  },
  error: {
    error: mostly(fc.constantFrom(...Object.keys(API_ERRORS)), fc.constantFrom('nope', 'toString')),
    message: mostly(fc.string(), fc.constant(3)),
    issues: fc.option(fc.array(fc.record({ path: fc.string(), message: mostly(fc.string(), fc.constant(1)) })), {
      nil: undefined,
    }),
    attemptsLeft: fc.option(int(0), { nil: undefined }),
    missing: fc.option(fc.array(int(0), { maxLength: 3 }), { nil: undefined }),
    policy: fc.option(
      fc.record({
        rule: mostly(fc.constantFrom('ttl', 'views', 'password', 'text', 'files', 'requestTtl'), fc.constant('nope')),
        allowed: fc.oneof(fc.array(fc.integer(), { maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant('7d')),
      }),
      { nil: undefined },
    ),
  },
  kdf: kdfFields,
} satisfies Record<string, Record<string, fc.Arbitrary<unknown>>>;

/** A response built from `fields`, then maybe with a key dropped or added, or replaced by any JSON value. */
function answers(fields: Record<string, fc.Arbitrary<unknown>>) {
  const record = fc.record(fields);
  const keys = Object.keys(fields);
  return fc.oneof(
    { weight: 4, arbitrary: record },
    record.chain((r) =>
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(r).filter(([x]) => x !== k))),
    ),
    // Through JSON, as an answer arrives: JSON.parse makes `__proto__` an own key.
    fc
      .tuple(
        record,
        fc.constantFrom('extra', '__proto__', 'constructor', 'files', keys[0]!.toUpperCase()),
        fc.jsonValue(),
      )
      .map(([r, k, v]) => JSON.parse(JSON.stringify({ ...r, extra: v }).replace('"extra":', `${JSON.stringify(k)}:`))),
    fc.jsonValue(),
    fc.anything(),
  );
}

type Pair = { guard: Guard<unknown>; schema: z.ZodType; fields: Record<string, fc.Arbitrary<unknown>> };
const PAIRS: Record<string, Pair> = {
  'create response': {
    guard: client.isCreateSecretResponse,
    schema: server.createSecretResponseSchema,
    fields: FIELDS.create,
  },
  'peek response': { guard: client.isPeekSecretResponse, schema: server.peekSecretResponseSchema, fields: FIELDS.peek },
  'reveal response': {
    guard: client.isRevealSecretResponse,
    schema: server.revealSecretResponseSchema,
    fields: FIELDS.reveal,
  },
  'status response': {
    guard: client.isSecretStatusResponse,
    schema: server.secretStatusResponseSchema,
    fields: FIELDS.status,
  },
  'ending response': {
    guard: client.isSecretEndingResponse,
    schema: server.secretEndingResponseSchema,
    fields: FIELDS.ending,
  },
  'error body': { guard: client.isApiErrorBody, schema: apiErrorBodySchema, fields: FIELDS.error },
  kdf: { guard: client.isKdf, schema: server.kdfSchema, fields: FIELDS.kdf },
};

describe('the browser’s response guards', () => {
  for (const [name, { guard, schema, fields }] of Object.entries(PAIRS)) {
    it(`accept and reject exactly what the server’s zod schema does: ${name}`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(answers(fields), (value) => {
          const expected = schema.safeParse(value).success;
          expect(guard(value), JSON.stringify(value)).toBe(expected);
          if (expected) accepted += 1;
        }),
        { numRuns: 3000 },
      );
      // The inputs must exercise both sides, or agreement proves nothing.
      expect(accepted).toBeGreaterThan(30);
    });
  }

  it('agree with zod on dates and bounded strings (the history entries in localStorage)', () => {
    const dates = fc.oneof(
      datetime.map((d) => (typeof d === 'string' ? d.slice(0, 10) : d)),
      fc.string(),
    );
    fc.assert(
      fc.property(dates, (d) => isoDate(d) === z.iso.date().safeParse(d).success),
      { numRuns: 3000 },
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 210 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.anything(),
    );
    fc.assert(fc.property(texts, (t) => maxLength(200)(t) === z.string().max(200).safeParse(t).success));
  });

  it('agree on every envelope length, canonical or not', () => {
    for (const size of PADDED_SIZES_BYTES) {
      const chars = base64urlChars(size + ENVELOPE_OVERHEAD_BYTES);
      for (const text of [
        'A'.repeat(chars),
        'A'.repeat(chars - 1),
        `${'A'.repeat(chars - 1)}B`,
        'A'.repeat(chars + 1),
      ]) {
        expect(client.isEnvelope(text)).toBe(server.envelopeSchema.safeParse(text).success);
      }
    }
  });

  it('agree with each schema on the shape of what they accept (types)', () => {
    expectTypeOf<Guarded<typeof client.isCreateSecretResponse>>().toEqualTypeOf<server.CreateSecretResponse>();
    expectTypeOf<Guarded<typeof client.isPeekSecretResponse>>().toEqualTypeOf<server.PeekSecretResponse>();
    expectTypeOf<Guarded<typeof client.isRevealSecretResponse>>().toEqualTypeOf<server.RevealSecretResponse>();
    expectTypeOf<Guarded<typeof client.isSecretStatusResponse>>().toEqualTypeOf<server.SecretStatusResponse>();
    expectTypeOf<Guarded<typeof client.isSecretEndingResponse>>().toEqualTypeOf<server.SecretEndingResponse>();
    expectTypeOf<Guarded<typeof client.isKdf>>().toEqualTypeOf<server.SecretKdf>();
    expectTypeOf<Guarded<typeof client.isApiErrorBody>>().toEqualTypeOf<z.infer<typeof apiErrorBodySchema>>();
  });
});
