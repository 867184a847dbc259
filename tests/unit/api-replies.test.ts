import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { errorReply, jsonReply } from '@/lib/api/http';
import {
  committedReply,
  createdReply,
  healthStatusReply,
  peekedReply,
  readyStatusReply,
  receiptReply,
  revealedReply,
  uploadIncompleteReply,
} from '@/lib/api/replies';
import { ENVELOPE_CHAR_LENGTHS } from '@/lib/protocol/v1';
import { healthResponseSchema, readyResponseSchema } from '@/lib/schemas/openapi';
import {
  commitUploadResponseSchema,
  createSecretResponseSchema,
  peekSecretResponseSchema,
  revealSecretResponseSchema,
  secretStatusResponseSchema,
  uploadIncompleteResponseSchema,
} from '@/lib/schemas/secrets';
import type { ApiReply } from '@/lib/api/fast-path';

const ID = 'A'.repeat(22);
const AT = '2026-12-03T10:00:00.000Z';
const ENVELOPE = 'A'.repeat(Math.min(...ENVELOPE_CHAR_LENGTHS));
const RECEIPT = {
  state: 'viewed',
  maxViews: 1,
  viewsUsed: 1,
  viewedAt: [AT],
  createdAt: AT,
  expiresAt: AT,
  endedAt: AT,
  hasPassword: false,
  failedAttempts: 0,
} as const;

const bodyOf = (reply: ApiReply): unknown => JSON.parse(reply.body as string);

describe('the typed replies (lib/api/replies.ts)', () => {
  const cases: [string, ApiReply, number, z.ZodType][] = [
    [
      'created',
      createdReply({ id: ID, expiresAt: AT, upload: { parts: 2, expiresAt: AT } }),
      201,
      createSecretResponseSchema,
    ],
    [
      'peeked',
      peekedReply({ expiresAt: AT, viewsLeft: 1, kdf: null, streamBytes: null }),
      200,
      peekSecretResponseSchema,
    ],
    ['revealed', revealedReply({ envelope: ENVELOPE, viewsLeft: 0, files: null }), 200, revealSecretResponseSchema],
    ['receipt', receiptReply({ ...RECEIPT, viewedAt: [...RECEIPT.viewedAt] }), 200, secretStatusResponseSchema],
    ['committed', committedReply({ expiresAt: AT }), 200, commitUploadResponseSchema],
    ['upload incomplete', uploadIncompleteReply([1, 3]), 409, uploadIncompleteResponseSchema],
    ['healthy', healthStatusReply({ status: 'ok' }), 200, healthResponseSchema],
    ['unhealthy', healthStatusReply({ status: 'unavailable' }), 503, healthResponseSchema],
    ['draining', readyStatusReply({ status: 'draining' }), 503, readyResponseSchema],
  ];

  it.each(cases)(
    'answers %s with a body its schema accepts, under the documented status',
    (_, reply, status, schema) => {
      expect(reply.status).toBe(status);
      expect(reply.headers['Content-Type']).toBe('application/json; charset=utf-8');
      expect(schema.safeParse(bodyOf(reply)).error).toBeUndefined();
    },
  );

  it('writes upload_incomplete byte for byte as the error table did', () => {
    expect(uploadIncompleteReply([1, 3])).toEqual(errorReply('upload_incomplete', { missing: [1, 3] }));
  });

  it('does not compile a reply whose shape differs from its schema', () => {
    // Never run: what matters is that tsc (`tsc --noEmit`, which covers tests/) rejects each line
    // below; an unused @ts-expect-error is itself an error, so each line must really fail.
    const shapes = () => [
      // @ts-expect-error: a field the schema does not have
      createdReply({ id: ID, expiresAt: AT, extra: 1 }),
      // @ts-expect-error: a required field missing
      peekedReply({ expiresAt: AT, viewsLeft: 1, kdf: null }),
      // @ts-expect-error: a Date where the schema has an ISO string
      committedReply({ expiresAt: new Date() }),
      // @ts-expect-error: files is nullable, not optional
      revealedReply({ envelope: ENVELOPE, viewsLeft: 0 }),
      // @ts-expect-error: a state outside the closed list
      receiptReply({ ...RECEIPT, viewedAt: [], state: 'gone' }),
      // @ts-expect-error: health never says draining; only ready does
      healthStatusReply({ status: 'draining' }),
      // @ts-expect-error: even an untyped JSON reply takes only what JSON.stringify writes back unchanged
      jsonReply(200, { at: new Date() }),
    ];
    expect(typeof shapes).toBe('function');
  });
});
