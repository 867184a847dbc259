import type { SecretKdf } from '../schemas/secrets';
import type { NotifyRequest, NotifyStore } from './notify-types';
import type { RequestStore } from './request-types';

/*
 * The store contract (docs/protocol.md §Store). Every state change is one
 * atomic operation in the store itself, so the guarantees hold across any
 * number of app instances sharing one Redis:
 *  - putSecret never overwrites an existing id and never stores without expiry;
 *  - claimSecret releases at most `maxViews` envelopes in total, deletes the
 *    ciphertext together with the last one, and never releases or counts
 *    anything for a wrong link verifier;
 *  - revokeSecret deletes the ciphertext at once; no claim succeeds after it;
 *  - the receipt changes in the same step as the secret it describes;
 *  - a secret with files (streamBytes set) is pending, invisible to peek and
 *    claim, until commitUpload finds every part; its parts are readable only
 *    with a lease that a release granted, and only while the lease lasts.
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
  /**
   * Padded plaintext length of the file stream (docs/protocol.md §Files), or
   * null for a secret without files. With files the secret starts pending and
   * needs a manageVerifier (its token authorises the upload).
   */
  streamBytes: number | null;
  /** How long a pending secret waits for its commit before all of it expires. */
  uploadWindowSeconds: number;
  /** How long each reveal's lease on the parts lasts (never past the secret's expiry). */
  leaseSeconds: number;
  /** Where to tell the sender about state changes (needs a manageVerifier); absent or null: nowhere. */
  notify?: NotifyRequest | null;
};

/** What a link holder may learn without consuming a view. */
export type SecretMeta = {
  expiresAt: Date;
  viewsLeft: number;
  kdf: SecretKdf | null;
  /** Padded file stream length, null without files. */
  streamBytes: number | null;
};

/** Where a secret stands, as its receipt tells the sender. */
export type SecretState = 'active' | 'viewed' | 'expired' | 'revoked' | 'locked';

/**
 * The sender's receipt: no ciphertext. It is updated in the same atomic step
 * as every claim and revoke, and outlives the secret by `receiptTtlSeconds`.
 * It keeps the link verifier (a tombstone, written with the receipt) so that
 * the link holder, and only they, can learn how the secret ended (secretEnding).
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

/** How a secret ended, as the holder of its link may learn it (docs/protocol.md §Endings). */
export type SecretEnding = {
  ending: Exclude<SecretState, 'active'>;
  /** When it was viewed for the last time, revoked, locked or expired. */
  endedAt: Date;
};

/** `uploadExpiresAt`: when a pending secret expires unless committed; null without files. */
export type PutResult = { kind: 'created'; expiresAt: Date; uploadExpiresAt: Date | null } | { kind: 'exists' };

/** `leaseVerifier`: SHA-256 of the recipient's lease token; required to claim a secret with files. */
export type ClaimRequest = { linkVerifier: string; passwordVerifier: string | null; leaseVerifier: string | null };

export type ClaimResult =
  | {
      kind: 'released';
      envelope: string;
      viewsLeft: number;
      /** Padded file stream length, null without files. */
      streamBytes: number | null;
      /** Until when the lease verifier may read parts; null without files. */
      leaseExpiresAt: Date | null;
    }
  | { kind: 'wrong_password'; attemptsLeft: number }
  /** The secret has files and no lease verifier came: nothing was checked further or counted. */
  | { kind: 'lease_required' }
  | { kind: 'missing' };

/**
 * putPart: `missing` also for a wrong manage verifier or a secret without
 * files; `committed` when the upload is closed; `bad_index` / `bad_length`
 * when the part does not fit the stream (docs/protocol.md §Parts).
 */
export type PutPartResult = 'stored' | 'missing' | 'committed' | 'bad_index' | 'bad_length';

export type CommitResult =
  { kind: 'committed'; expiresAt: Date } | { kind: 'incomplete'; missing: number[] } | { kind: 'missing' };

/** The store: secrets, and requests whose answers are secrets (lib/store/request-types.ts). */
export interface SecretStore extends RequestStore, NotifyStore {
  /** Stores a new secret atomically unless its id exists. */
  putSecret(secret: NewSecret): Promise<PutResult>;
  /** Public metadata, if the secret exists and the link verifier matches. Never consumes. */
  peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null>;
  /** Checks proofs and releases one view, in one atomic step. */
  claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult>;
  /** The receipt, if it exists and the manage verifier matches. */
  secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null>;
  /**
   * How the secret ended, from its receipt's tombstone, if the receipt exists, the link
   * verifier matches it and the secret is gone; null otherwise (no receipt, a wrong
   * verifier, or a secret that still opens). Never consumes.
   */
  secretEnding(id: string, linkVerifier: string): Promise<SecretEnding | null>;
  /** Destroys the secret now if the manage verifier matches; false when it does not (or no receipt). */
  revokeSecret(id: string, manageVerifier: string): Promise<boolean>;
  /**
   * Stores part `index` of a pending secret's file stream (overwriting the same index).
   * @throws StoreError `uploads_paused` when the store is nearly full
   */
  putPart(id: string, manageVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult>;
  /** Makes a pending secret visible if every part is stored, giving every key its final expiry. Idempotent. */
  commitUpload(id: string, manageVerifier: string): Promise<CommitResult>;
  /** Part `index`, if the lease exists and has not expired. Never consumes. */
  readPart(id: string, leaseVerifier: string, index: number): Promise<Uint8Array | null>;
  /** True when the backing store answers and is safe to serve from (health and readiness report it). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
