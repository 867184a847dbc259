import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { StoreFullError } from './errors';
import type { ClaimRequest, ClaimResult, NewSecret, PutResult, SecretMeta, SecretStore } from './types';

type MemoryRecord = {
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: NewSecret['kdf'];
  manageVerifier: string | null;
  viewsLeft: number;
  attemptsLeft: number;
  expiresAtMs: number;
  bytes: number;
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
  private readonly records = new Map<string, MemoryRecord>();
  private readonly now: () => number;
  private storedBytes = 0;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 30_000);
    this.sweeper.unref?.();
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    if (this.live(secret.id)) return { kind: 'exists' };
    const bytes = secret.envelope.length + 512;
    if (this.storedBytes + bytes > this.options.maxBytes) this.sweep();
    if (this.storedBytes + bytes > this.options.maxBytes) throw new StoreFullError();
    const expiresAtMs = this.now() + secret.ttlSeconds * 1000;
    this.records.set(secret.id, {
      envelope: secret.envelope,
      linkVerifier: secret.linkVerifier,
      passwordVerifier: secret.passwordVerifier,
      kdf: secret.kdf,
      manageVerifier: secret.manageVerifier,
      viewsLeft: secret.maxViews,
      attemptsLeft: secret.maxAttempts,
      expiresAtMs,
      bytes,
    });
    this.storedBytes += bytes;
    return { kind: 'created', expiresAt: new Date(expiresAtMs) };
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    const record = this.live(id);
    if (!record || !sameDigest(linkVerifier, record.linkVerifier)) return null;
    return { expiresAt: new Date(record.expiresAtMs), viewsLeft: record.viewsLeft, kdf: record.kdf };
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const record = this.live(id);
    if (!record || !sameDigest(claim.linkVerifier, record.linkVerifier)) return { kind: 'missing' };
    if (record.passwordVerifier !== null && !sameDigest(record.passwordVerifier, claim.passwordVerifier)) {
      record.attemptsLeft -= 1;
      if (record.attemptsLeft <= 0) this.remove(id, record);
      return { kind: 'wrong_password', attemptsLeft: Math.max(record.attemptsLeft, 0) };
    }
    record.viewsLeft -= 1;
    if (record.viewsLeft <= 0) this.remove(id, record);
    return { kind: 'released', envelope: record.envelope, viewsLeft: record.viewsLeft };
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.records.clear();
    this.storedBytes = 0;
  }

  /** The record if it exists and has not expired; expired ones are dropped on sight. */
  private live(id: string): MemoryRecord | undefined {
    const record = this.records.get(id);
    if (record && record.expiresAtMs <= this.now()) {
      this.remove(id, record);
      return undefined;
    }
    return record;
  }

  private remove(id: string, record: MemoryRecord): void {
    if (this.records.delete(id)) this.storedBytes -= record.bytes;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, record] of this.records) if (record.expiresAtMs <= now) this.remove(id, record);
  }
}
