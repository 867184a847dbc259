import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { StoreFullError } from './errors';
import type { ClaimRequest, ClaimResult, NewSecret, PutResult, SecretMeta, SecretReceipt, SecretStore } from './types';

type MemorySecret = {
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: NewSecret['kdf'];
  viewsLeft: number;
  attemptsLeft: number;
  expiresAtMs: number;
  bytes: number;
};

type MemoryReceipt = Omit<SecretReceipt, 'viewedAt' | 'createdAt' | 'expiresAt' | 'endedAt'> & {
  manageVerifier: string;
  viewedAtMs: number[];
  createdAtMs: number;
  expiresAtMs: number;
  endedAtMs: number | null;
  keepUntilMs: number;
};

export type MemoryStoreOptions = {
  /** Upper bound on stored envelope bytes; puts beyond it fail with StoreFullError. */
  maxBytes: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** How often expired records are swept, in milliseconds. */
  sweepIntervalMs?: number;
};

/** Constant-time equality of two base64url digests of equal length. */
function sameDigest(a: string, b: string | null): boolean {
  if (b === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The embedded store: one process, no persistence. Each method runs to
 * completion without awaiting in between, so within this process every
 * operation is atomic, which is the whole contract. It cannot be shared by
 * several app instances: use Redis for that.
 */
export class MemoryStore implements SecretStore {
  private readonly secrets = new Map<string, MemorySecret>();
  private readonly receipts = new Map<string, MemoryReceipt>();
  private readonly now: () => number;
  private storedBytes = 0;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 30_000);
    this.sweeper.unref?.();
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    if (this.liveSecret(secret.id) || this.liveReceipt(secret.id)) return { kind: 'exists' };
    const bytes = secret.envelope.length + 512;
    if (this.storedBytes + bytes > this.options.maxBytes) this.sweep();
    if (this.storedBytes + bytes > this.options.maxBytes) throw new StoreFullError();
    const now = this.now();
    const expiresAtMs = now + secret.ttlSeconds * 1000;
    this.secrets.set(secret.id, {
      envelope: secret.envelope,
      linkVerifier: secret.linkVerifier,
      passwordVerifier: secret.passwordVerifier,
      kdf: secret.kdf,
      viewsLeft: secret.maxViews,
      attemptsLeft: secret.maxAttempts,
      expiresAtMs,
      bytes,
    });
    this.storedBytes += bytes;
    if (secret.manageVerifier) {
      this.receipts.set(secret.id, {
        manageVerifier: secret.manageVerifier,
        state: 'active',
        maxViews: secret.maxViews,
        viewsUsed: 0,
        viewedAtMs: [],
        createdAtMs: now,
        expiresAtMs,
        endedAtMs: null,
        hasPassword: secret.passwordVerifier !== null,
        failedAttempts: 0,
        keepUntilMs: expiresAtMs + secret.receiptTtlSeconds * 1000,
      });
    }
    return { kind: 'created', expiresAt: new Date(expiresAtMs) };
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    const secret = this.liveSecret(id);
    if (!secret || !sameDigest(linkVerifier, secret.linkVerifier)) return null;
    return { expiresAt: new Date(secret.expiresAtMs), viewsLeft: secret.viewsLeft, kdf: secret.kdf };
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const secret = this.liveSecret(id);
    if (!secret || !sameDigest(claim.linkVerifier, secret.linkVerifier)) return { kind: 'missing' };
    const now = this.now();
    const receipt = this.liveReceipt(id);
    if (secret.passwordVerifier !== null && !sameDigest(secret.passwordVerifier, claim.passwordVerifier)) {
      secret.attemptsLeft -= 1;
      if (receipt) receipt.failedAttempts += 1;
      if (secret.attemptsLeft <= 0) this.end(id, secret, 'locked', now);
      return { kind: 'wrong_password', attemptsLeft: Math.max(secret.attemptsLeft, 0) };
    }
    secret.viewsLeft -= 1;
    if (receipt) {
      receipt.viewsUsed += 1;
      receipt.viewedAtMs.push(now);
    }
    if (secret.viewsLeft <= 0) this.end(id, secret, 'viewed', now);
    return { kind: 'released', envelope: secret.envelope, viewsLeft: secret.viewsLeft };
  }

  async secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null> {
    const receipt = this.liveReceipt(id);
    if (!receipt || !sameDigest(manageVerifier, receipt.manageVerifier)) return null;
    const expired = receipt.state === 'active' && !this.liveSecret(id);
    return {
      state: expired ? 'expired' : receipt.state,
      maxViews: receipt.maxViews,
      viewsUsed: receipt.viewsUsed,
      viewedAt: receipt.viewedAtMs.map((ms) => new Date(ms)),
      createdAt: new Date(receipt.createdAtMs),
      expiresAt: new Date(receipt.expiresAtMs),
      hasPassword: receipt.hasPassword,
      failedAttempts: receipt.failedAttempts,
      endedAt: expired
        ? new Date(receipt.expiresAtMs)
        : receipt.endedAtMs === null
          ? null
          : new Date(receipt.endedAtMs),
    };
  }

  async revokeSecret(id: string, manageVerifier: string): Promise<boolean> {
    const receipt = this.liveReceipt(id);
    if (!receipt || !sameDigest(manageVerifier, receipt.manageVerifier)) return false;
    const secret = this.liveSecret(id);
    if (secret) this.end(id, secret, 'revoked', this.now());
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.secrets.clear();
    this.receipts.clear();
    this.storedBytes = 0;
  }

  /** The secret if it exists and has not expired; expired ones are dropped on sight. */
  private liveSecret(id: string): MemorySecret | undefined {
    const secret = this.secrets.get(id);
    if (secret && secret.expiresAtMs <= this.now()) {
      this.dropSecret(id, secret);
      return undefined;
    }
    return secret;
  }

  private liveReceipt(id: string): MemoryReceipt | undefined {
    const receipt = this.receipts.get(id);
    if (receipt && receipt.keepUntilMs <= this.now()) {
      this.receipts.delete(id);
      return undefined;
    }
    return receipt;
  }

  /** Deletes the ciphertext and closes the receipt with the reason, in one step. */
  private end(id: string, secret: MemorySecret, state: 'viewed' | 'revoked' | 'locked', now: number): void {
    this.dropSecret(id, secret);
    const receipt = this.receipts.get(id);
    if (receipt) {
      receipt.state = state;
      receipt.endedAtMs = now;
    }
  }

  private dropSecret(id: string, secret: MemorySecret): void {
    if (this.secrets.delete(id)) this.storedBytes -= secret.bytes;
  }

  private sweep(): void {
    for (const [id] of this.secrets) this.liveSecret(id);
    for (const [id] of this.receipts) this.liveReceipt(id);
  }
}
