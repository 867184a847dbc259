import { createHash, randomBytes } from 'node:crypto';
import { partLength, streamParts } from '@/lib/protocol/v1';
import type { NewSecret } from '@/lib/store';

/*
 * Store-level fixtures: random ids, proofs and their verifiers, made the way
 * the protocol makes them (verifier = SHA-256(proof)), without lib/crypto.
 */

export const b64 = (bytes: Buffer): string => bytes.toString('base64url');
export const newId = (): string => b64(randomBytes(16));
export const newProof = (): string => b64(randomBytes(32));
export const verifierOf = (proof: string): string =>
  b64(createHash('sha256').update(Buffer.from(proof, 'base64url')).digest());

export type SecretFixture = {
  secret: NewSecret;
  manageToken: string;
  linkProof: string;
  passwordProof: string | null;
  linkVerifier: string;
  passwordVerifier: string | null;
};

/** A new secret with a random envelope-shaped string and fresh proofs. */
export function secretFixture(overrides: Partial<NewSecret> & { password?: boolean } = {}): SecretFixture {
  const { password = false, ...rest } = overrides;
  const manageToken = newProof();
  const linkProof = newProof();
  const passwordProof = password ? newProof() : null;
  const linkVerifier = verifierOf(linkProof);
  const passwordVerifier = passwordProof ? verifierOf(passwordProof) : null;
  const secret: NewSecret = {
    id: newId(),
    envelope: b64(randomBytes(285)),
    linkVerifier,
    passwordVerifier,
    kdf: password ? { name: 'scrypt', log2N: 17, r: 8, p: 1, salt: b64(randomBytes(16)) } : null,
    manageVerifier: verifierOf(manageToken),
    ttlSeconds: 300,
    receiptTtlSeconds: 60,
    maxViews: 1,
    maxAttempts: 5,
    streamBytes: null,
    uploadWindowSeconds: 3600,
    leaseSeconds: 600,
    ...rest,
  };
  return { secret, manageToken, linkProof, passwordProof, linkVerifier, passwordVerifier };
}

/** A 2-part stream: one full part and a shorter last one (docs/protocol.md §Parts). */
export const TWO_PART_STREAM_BYTES = 1_572_864;

/** A secret with files (pending until committed) and random parts of the right lengths. */
export function fileFixture(
  overrides: Partial<NewSecret> & { password?: boolean } = {},
): SecretFixture & { parts: Buffer[] } {
  const fixture = secretFixture({ streamBytes: TWO_PART_STREAM_BYTES, ...overrides });
  const streamBytes = fixture.secret.streamBytes!;
  const parts = Array.from({ length: streamParts(streamBytes) }, (_, i) => randomBytes(partLength(streamBytes, i)));
  return { ...fixture, parts };
}
