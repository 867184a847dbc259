import type { SecretKdf } from '../schemas/secrets';

/*
 * The store contract (docs/protocol.md §Store). Every state change is one
 * atomic operation in the store itself, so the guarantees hold across any
 * number of app instances sharing one Redis:
 *  - putSecret never overwrites an existing id and never stores without expiry;
 *  - claimSecret releases at most `maxViews` envelopes in total, deletes the
 *    ciphertext together with the last one, and never releases or counts
 *    anything for a wrong link verifier;
 *  - revokeSecret deletes the ciphertext at once; no claim succeeds after it;
 *  - the receipt changes in the same step as the secret it describes.
 * Verifiers are SHA-256 digests of proofs, base64url; stores compare them in
 * constant time and never see a proof, key or password.
 */

export type NewSecret = {
  id: string;
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: SecretKdf | null;
  /** SHA-256 of the sender's manage token; without it no receipt is kept. */
  manageVerifier: string | null;
  ttlSeconds: number;
  /** How long the receipt outlives the secret's expiry. */
  receiptTtlSeconds: number;
  maxViews: number;
  /** Wrong-password attempts allowed before the secret is destroyed. */
  maxAttempts: number;
};

/** What a link holder may learn without consuming a view. */
export type SecretMeta = { expiresAt: Date; viewsLeft: number; kdf: SecretKdf | null };

/** Where a secret stands, as its receipt tells the sender. */
export type SecretState = 'active' | 'viewed' | 'expired' | 'revoked' | 'locked';

/**
 * The sender's receipt: no ciphertext, no verifier of the link. It is
 * updated in the same atomic step as every claim and revoke, and outlives
 * the secret by `receiptTtlSeconds`.
 */
export type SecretReceipt = {
  state: SecretState;
  maxViews: number;
  viewsUsed: number;
  viewedAt: Date[];
  createdAt: Date;
  expiresAt: Date;
  hasPassword: boolean;
  failedAttempts: number;
  /** When it was viewed for the last time, revoked, locked or expired; null while active. */
  endedAt: Date | null;
};

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
  /** The receipt, if it exists and the manage verifier matches. */
  secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null>;
  /** Destroys the secret now if the manage verifier matches; false when it does not (or no receipt). */
  revokeSecret(id: string, manageVerifier: string): Promise<boolean>;
  /** True when the backing store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
