import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notifyReferenceOf } from '@/lib/client/notify-reference';
import { notifyReference } from '@/lib/notify/reference';

describe('the notification reference', () => {
  it('is the same in the browser (from the token) and on the server (from the verifier)', () => {
    for (let i = 0; i < 20; i++) {
      const token = randomBytes(32).toString('base64url');
      const verifier = createHash('sha256').update(Buffer.from(token, 'base64url')).digest('base64url');
      expect(notifyReferenceOf(token)).toBe(notifyReference(verifier));
      expect(notifyReferenceOf(token)).toMatch(/^[A-Za-z0-9_-]{6}$/);
    }
  });
});
