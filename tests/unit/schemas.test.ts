import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealSecret } from '@/lib/crypto';
import { isCanonicalBase64url } from '@/lib/schemas/fields';
import { createSecretRequestSchema, envelopeSchema, revealSecretRequestSchema } from '@/lib/schemas/secrets';
import { ENVELOPE_OVERHEAD_BYTES, PADDED_SIZES_BYTES, base64urlChars } from '@/lib/protocol/v1';

describe('API schemas', () => {
  it('accept what the browser client produces, with and without a password', async () => {
    for (const password of [undefined, 'hunter2']) {
      const { sealed } = await sealSecret({ kind: 'text', text: 'DATABASE_URL=postgres://…' }, { password });
      const parsed = createSecretRequestSchema.safeParse({ ...sealed, ttlSeconds: 86400, maxViews: 1 });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  }, 20_000);

  it('accept every padded envelope length and nothing in between', () => {
    for (const size of PADDED_SIZES_BYTES) {
      const chars = base64urlChars(size + ENVELOPE_OVERHEAD_BYTES);
      const body = 'A'.repeat(chars);
      expect(envelopeSchema.safeParse(body).success, String(size)).toBe(true);
      expect(envelopeSchema.safeParse(body.slice(1)).success).toBe(false);
      expect(envelopeSchema.safeParse(`${body}A`).success).toBe(false);
    }
  });

  it('treat base64url as canonical exactly when Buffer re-encodes it unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AQgwBCxyz09-_=+/'), maxLength: 60 }), (s) => {
        const roundTrips = /^[A-Za-z0-9_-]*$/.test(s) && Buffer.from(s, 'base64url').toString('base64url') === s;
        return isCanonicalBase64url(s) === roundTrips;
      }),
      { numRuns: 5000 },
    );
  });

  it('reject unknown keys in a reveal request', () => {
    const proof = 'A'.repeat(43);
    expect(revealSecretRequestSchema.safeParse({ linkProof: proof }).success).toBe(true);
    expect(revealSecretRequestSchema.safeParse({ linkProof: proof, password: 'x' }).success).toBe(false);
  });
});
