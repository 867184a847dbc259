import type { SecretKdf } from '../schemas/secrets';

/*
 * The store contract (docs/protocol.md §Store). Every state change is one
 * atomic operation in the store itself, so the guarantees hold across any
 * number of app instances sharing one Redis:
 *  - putSecret never overwrites an existing id and never stores without expiry;
 *  - claimSecret releases at most `maxViews` envelopes in total, deletes the
 *    ciphertext together with the last one, and never releases or counts
 *    anything for a wrong link verifier.
 * Verifiers are SHA-256 digests of proofs, base64url; stores compare them in
 * constant time and never see a proof, key or password.
 */

export type NewSecret = {
  id: string;
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: SecretKdf | null;
  manageVerifier: string | null;
  ttlSeconds: number;
  maxViews: number;
  /** Wrong-password attempts allowed before the secret is destroyed. */
  maxAttempts: number;
};

/** What a link holder may learn without consuming a view. */
export type SecretMeta = { expiresAt: Date; viewsLeft: number; kdf: SecretKdf | null };

export type PutResult = { kind: 'created'; expiresAt: Date } | { kind: 'exists' };

export type ClaimRequest = { linkVerifier: string; passwordVerifier: string | null };

export type ClaimResult =
  | { kind: 'released'; envelope: string; viewsLeft: number }
  | { kind: 'wrong_password'; attemptsLeft: number }
  | { kind: 'missing' };

export interface SecretStore {
  /** Stores a new secret atomically unless its id exists. */
  putSecret(secret: NewSecret): Promise<PutResult>;
  /** Public metadata, if the secret exists and the link verifier matches. Never consumes. */
  peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null>;
  /** Checks proofs and releases one view, in one atomic step. */
  claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult>;
  /** True when the backing store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
