import { createHash, randomBytes } from 'node:crypto';
import { ENVELOPE_OVERHEAD_BYTES } from '../../lib/protocol/v1';

/*
 * Valid API bodies without running the client's crypto per request: the
 * server never decrypts, so random bytes of the right lengths are exactly as
 * much work for it as a real envelope. Every secret has its own id, link
 * proof and manage verifier, as a browser would send them; all share one
 * random envelope, which is built into each body only when it is sent.
 */

/** One secret the load generator can create, peek at and reveal. */
export type FakeSecret = { id: string; linkProof: string; linkVerifier: string; manageVerifier: string };

export type SecretFactory = {
  next: () => FakeSecret;
  /** The body of POST /api/secrets. */
  createBody: (secret: FakeSecret) => string;
  /** The body of POST /api/secrets/:id/reveal. */
  revealBody: (secret: FakeSecret) => string;
};

const b64 = (bytes: Buffer) => bytes.toString('base64url');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/**
 * Makes fake secrets whose envelope holds a padded plaintext of `paddedBytes`.
 * @param paddedBytes - a padding bucket: 256, 1024, 4096, 8192, ... (the envelope adds 29 bytes)
 */
export function secretFactory(paddedBytes: number): SecretFactory {
  const envelope = b64(randomBytes(paddedBytes + ENVELOPE_OVERHEAD_BYTES));
  return {
    next: () => {
      const proof = randomBytes(32);
      return {
        id: b64(randomBytes(16)),
        linkProof: b64(proof),
        linkVerifier: b64(sha256(proof)),
        manageVerifier: b64(sha256(randomBytes(32))),
      };
    },
    createBody: (s) =>
      `{"id":"${s.id}","envelope":"${envelope}","linkVerifier":"${s.linkVerifier}","passwordVerifier":null,` +
      `"kdf":null,"ttlSeconds":300,"maxViews":1,"manageVerifier":"${s.manageVerifier}"}`,
    revealBody: (s) => `{"linkProof":"${s.linkProof}"}`,
  };
}
