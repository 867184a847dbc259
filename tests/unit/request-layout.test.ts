import { describe, expect, it } from 'vitest';
import { parseRequestFragment, sealAnswer, sealRequest } from '@/lib/crypto/requests';
import { ANSWER_OVERHEAD_BYTES as CRYPTO_ANSWER_OVERHEAD } from '@/lib/crypto/request';

import { ANSWER_CHAR_LENGTHS, ANSWER_OVERHEAD_BYTES, NOTE_CHAR_LENGTHS } from '@/lib/protocol/requests';
import { answerSchema, createRequestRequestSchema, noteSchema } from '@/lib/schemas/requests';

/*
 * The server validates notes and answers by length without lib/crypto
 * (lib/protocol/requests.ts): the lengths must be the ones lib/crypto makes.
 */
describe('request layout for the server', () => {
  it('knows the three note lengths docs/protocol.md lists, and the answer overhead of lib/crypto', () => {
    expect([...NOTE_CHAR_LENGTHS]).toEqual([380, 1404, 5500]);
    expect(ANSWER_OVERHEAD_BYTES).toBe(CRYPTO_ANSWER_OVERHEAD);
    expect(ANSWER_CHAR_LENGTHS.has(407)).toBe(true);
    expect(ANSWER_CHAR_LENGTHS.has(1_398_167)).toBe(true);
  });

  it('accepts what sealRequest and sealAnswer make, and the create body carries no public key', async () => {
    for (const note of ['', 'x'.repeat(300), 'y'.repeat(4094)]) {
      const { sealed, requestFragment } = sealRequest(note);
      expect(noteSchema.safeParse(sealed.note).success).toBe(true);
      const body = { ...sealed, ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };
      expect(createRequestRequestSchema.safeParse(body).success).toBe(true);
      const link = parseRequestFragment(requestFragment);
      if (!link.ok) throw new Error('bad link');
      const publicKey = Buffer.from(link.publicKey).toString('base64url');
      const linkSecret = Buffer.from(link.linkSecret).toString('base64url');
      expect(JSON.stringify(body)).not.toContain(publicKey);
      expect(JSON.stringify(body)).not.toContain(linkSecret);
      expect(Object.keys(body).sort()).toEqual(
        [
          'id',
          'note',
          'submitVerifier',
          'collectVerifier',
          'manageVerifier',
          'ttlSeconds',
          'answerTtlSeconds',
          'maxViews',
        ].sort(),
      );
      const answer = await sealAnswer(link, { kind: 'text', text: 'hunter2' });
      expect(answerSchema.safeParse(answer.sealed.answer).success).toBe(true);
    }
    expect(noteSchema.safeParse('A'.repeat(381)).success).toBe(false);
    expect(answerSchema.safeParse('A'.repeat(408)).success).toBe(false);
  });
});
