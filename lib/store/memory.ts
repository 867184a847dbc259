import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { partLength, streamParts } from '../protocol/v1';
import { StoreError } from '../redis/errors';
import { LARGE_ENVELOPE_MEMORY_RATIO, isLargeEnvelope } from './headroom';
import { MemoryFileParts } from './memory-files';
import { MemoryOutbox } from './memory-notify';
import type { NotifyBatch, NotifySettlement, NotifyStore } from './notify-types';
import { MemoryRequests } from './memory-requests';
import type { NewAnswer, NewRequest, RequestMeta, RequestStore, SubmitResult } from './request-types';
import type {
  ClaimRequest,
  ClaimResult,
  CommitResult,
  NewSecret,
  PutPartResult,
  PutResult,
  SecretMeta,
  SecretEnding,
  SecretReceipt,
  SecretStore,
} from './types';

type MemorySecret = {
  envelope: string;
  linkVerifier: string;
  passwordVerifier: string | null;
  kdf: NewSecret['kdf'];
  viewsLeft: number;
  attemptsLeft: number;
  expiresAtMs: number;
  bytes: number;
  streamBytes: number | null;
  /** Set while the upload is pending: the final expiry, which expiresAtMs takes at the commit. */
  pendingUntilFinal: { finalExpiresAtMs: number; receiptTtlMs: number } | null;
  leaseMs: number;
};

type MemoryReceipt = Omit<SecretReceipt, 'viewedAt' | 'createdAt' | 'expiresAt' | 'endedAt'> & {
  manageVerifier: string;
  /** The tombstone secretEnding checks: the link verifier, kept for the receipt's lifetime. */
  linkVerifier: string;
  viewedAtMs: number[];
  createdAtMs: number;
  expiresAtMs: number;
  endedAtMs: number | null;
  keepUntilMs: number;
};

export type MemoryStoreOptions = {
  /** Upper bound on stored envelope, receipt and part bytes; puts beyond it fail with StoreError `full`. */
  maxBytes: number;
  /** File uploads are refused once this share of maxBytes is used (default 0.8). */
  uploadMemoryRatio?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** How often expired records are swept, in milliseconds. */
  sweepIntervalMs?: number;
  /** The verifier comparison; injectable so tests can count comparisons (F-13). */
  sameDigest?: (given: string, stored: string | null) => boolean;
};

/** The notification event each way of ending a secret writes (lib/store/notify-types.ts). */
const END_EVENTS = { viewed: 'last_view', revoked: 'revoked', locked: 'locked' } as const;

/** Envelope bytes are counted as stored, plus this for the record around them. */
const SECRET_OVERHEAD_BYTES = 512;

/**
 * A fixed estimate of one receipt's memory (the record, its two verifiers and up
 * to 10 view times): receipts outlive their secrets by HANDOFF_RECEIPT_DAYS,
 * so they count against the budget too (F-17).
 */
export const RECEIPT_BYTES = 1024;

/** Constant-time equality of two base64url digests of equal length. */
function sameDigest(a: string, b: string | null): boolean {
  if (b === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Compared against when there is no record, so that a missing id costs the
 * same comparison as a wrong proof (F-13). Its `.` is not base64url: no
 * verifier can equal it.
 */
const DUMMY_VERIFIER = '.'.repeat(43);

/**
 * The embedded store: one process, no persistence. Each method runs to
 * completion without awaiting in between, so within this process every
 * operation is atomic, which is the whole contract. It cannot be shared by
 * several app instances: use Redis for that.
 */
export class MemoryStore implements SecretStore, RequestStore, NotifyStore {
  private readonly secrets = new Map<string, MemorySecret>();
  private readonly receipts = new Map<string, MemoryReceipt>();
  private readonly files: MemoryFileParts;
  private readonly requests: MemoryRequests;
  private readonly outbox: MemoryOutbox;
  private readonly now: () => number;
  private readonly sameDigest: (given: string, stored: string | null) => boolean;
  private storedBytes = 0;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
    this.sameDigest = options.sameDigest ?? sameDigest;
    this.files = new MemoryFileParts(this.now);
    this.outbox = new MemoryOutbox(this.now, (id) => {
      const request = this.requests.notifyView(id);
      if (request) return request;
      const receipt = this.liveReceipt(id);
      if (!receipt) return undefined;
      const { state, viewsUsed, expiresAtMs } = receipt;
      return { state, viewsUsed, expiresAtMs, secretAlive: this.liveSecret(id) !== undefined };
    });
    this.requests = new MemoryRequests({
      now: this.now,
      matches: (given, stored) => this.matches(given, stored),
      hasSecret: (id) => this.liveSecret(id) !== undefined || this.liveReceipt(id) !== undefined,
      reserve: (bytes) => this.reserve(bytes),
      putSecret: (secret) => this.putSecretNow(secret),
      putPart: (id, index, bytes) => this.putPartNow(id, index, bytes),
      commit: (id) => this.commitNow(id),
      revoke: (id) => this.revokeNow(id),
      watch: (id, notify) => this.outbox.watch(id, notify.destination, notify.reference, 'request'),
      answered: (id, now) => this.outbox.record(id, 'answered', now, 0, 'request'),
    });
    this.sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 30_000);
    this.sweeper.unref?.();
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    return this.putSecretNow(secret);
  }

  /** putSecret's work, synchronous, so the request operations can compose it atomically. */
  private putSecretNow(secret: NewSecret): PutResult {
    if (secret.streamBytes !== null) this.guardUploads(0);
    if (this.liveSecret(secret.id) || this.liveReceipt(secret.id)) return { kind: 'exists' };
    const bytes = secret.envelope.length + SECRET_OVERHEAD_BYTES;
    const receiptBytes = secret.manageVerifier ? RECEIPT_BYTES : 0;
    if (isLargeEnvelope(secret.envelope.length)) this.guardHeadroom(bytes + receiptBytes);
    this.reserve(bytes + receiptBytes);
    const now = this.now();
    const finalExpiresAtMs = now + secret.ttlSeconds * 1000;
    const pending = secret.streamBytes !== null;
    const expiresAtMs = pending
      ? Math.min(finalExpiresAtMs, now + secret.uploadWindowSeconds * 1000)
      : finalExpiresAtMs;
    this.files.drop(secret.id);
    if (pending) this.files.open(secret.id, expiresAtMs);
    this.secrets.set(secret.id, {
      envelope: secret.envelope,
      linkVerifier: secret.linkVerifier,
      passwordVerifier: secret.passwordVerifier,
      kdf: secret.kdf,
      viewsLeft: secret.maxViews,
      attemptsLeft: secret.maxAttempts,
      expiresAtMs,
      bytes,
      streamBytes: secret.streamBytes,
      pendingUntilFinal: pending ? { finalExpiresAtMs, receiptTtlMs: secret.receiptTtlSeconds * 1000 } : null,
      leaseMs: secret.leaseSeconds * 1000,
    });
    this.storedBytes += bytes;
    if (secret.manageVerifier) {
      this.receipts.set(secret.id, {
        manageVerifier: secret.manageVerifier,
        linkVerifier: secret.linkVerifier,
        state: 'active',
        maxViews: secret.maxViews,
        viewsUsed: 0,
        viewedAtMs: [],
        createdAtMs: now,
        expiresAtMs: finalExpiresAtMs,
        endedAtMs: null,
        hasPassword: secret.passwordVerifier !== null,
        failedAttempts: 0,
        keepUntilMs: pending ? expiresAtMs : finalExpiresAtMs + secret.receiptTtlSeconds * 1000,
      });
      if (secret.notify) this.outbox.watch(secret.id, secret.notify.destination, secret.notify.reference);
    }
    return {
      kind: 'created',
      expiresAt: new Date(finalExpiresAtMs),
      uploadExpiresAt: pending ? new Date(expiresAtMs) : null,
    };
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    const secret = this.liveSecret(id);
    if (!this.matches(linkVerifier, secret?.linkVerifier) || !secret || secret.pendingUntilFinal) return null;
    return {
      expiresAt: new Date(secret.expiresAtMs),
      viewsLeft: secret.viewsLeft,
      kdf: secret.kdf,
      streamBytes: secret.streamBytes,
    };
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const secret = this.liveSecret(id);
    if (!this.matches(claim.linkVerifier, secret?.linkVerifier) || !secret || secret.pendingUntilFinal) {
      return { kind: 'missing' };
    }
    if (secret.streamBytes !== null && claim.leaseVerifier === null) return { kind: 'lease_required' };
    const now = this.now();
    const receipt = this.liveReceipt(id);
    if (secret.passwordVerifier !== null && !this.sameDigest(secret.passwordVerifier, claim.passwordVerifier)) {
      secret.attemptsLeft -= 1;
      if (receipt) receipt.failedAttempts += 1;
      if (secret.attemptsLeft <= 0) this.end(id, secret, 'locked', now);
      return { kind: 'wrong_password', attemptsLeft: Math.max(secret.attemptsLeft, 0) };
    }
    secret.viewsLeft -= 1;
    if (receipt) {
      receipt.viewsUsed += 1;
      receipt.viewedAtMs.push(now);
      if (secret.viewsLeft > 0) this.outbox.record(id, 'opened', now, secret.viewsLeft);
    }
    let leaseExpiresAtMs: number | null = null;
    const files = this.files.live(id);
    if (files && claim.leaseVerifier !== null) {
      leaseExpiresAtMs = Math.min(now + secret.leaseMs, secret.expiresAtMs);
      files.leases.set(claim.leaseVerifier, leaseExpiresAtMs);
    }
    if (secret.viewsLeft <= 0) this.end(id, secret, 'viewed', now);
    return {
      kind: 'released',
      envelope: secret.envelope,
      viewsLeft: secret.viewsLeft,
      streamBytes: secret.streamBytes,
      leaseExpiresAt: leaseExpiresAtMs === null ? null : new Date(leaseExpiresAtMs),
    };
  }

  async putPart(id: string, manageVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    const receipt = this.liveReceipt(id);
    if (!this.matches(manageVerifier, receipt?.manageVerifier) || !receipt) return 'missing';
    return this.putPartNow(id, index, bytes);
  }

  /** putPart's work once the caller is authorised. */
  private putPartNow(id: string, index: number, bytes: Uint8Array): PutPartResult {
    const secret = this.liveSecret(id);
    const files = this.files.live(id);
    if (!secret || secret.streamBytes === null || !files) return 'missing';
    if (!secret.pendingUntilFinal) return 'committed';
    const parts = streamParts(secret.streamBytes);
    if (!Number.isSafeInteger(index) || index < 0 || index >= parts) return 'bad_index';
    if (bytes.byteLength !== partLength(secret.streamBytes, index)) return 'bad_length';
    const growth = bytes.byteLength - (files.parts.get(index)?.byteLength ?? 0);
    this.guardUploads(growth);
    this.reserve(growth);
    this.files.put(files, index, bytes);
    return 'stored';
  }

  async commitUpload(id: string, manageVerifier: string): Promise<CommitResult> {
    const receipt = this.liveReceipt(id);
    if (!this.matches(manageVerifier, receipt?.manageVerifier) || !receipt) return { kind: 'missing' };
    return this.commitNow(id);
  }

  /** commitUpload's work once the caller is authorised. */
  private commitNow(id: string): CommitResult {
    const receipt = this.liveReceipt(id);
    const secret = this.liveSecret(id);
    const files = this.files.live(id);
    if (!receipt || !secret || secret.streamBytes === null || !files) return { kind: 'missing' };
    const pending = secret.pendingUntilFinal;
    if (!pending) return { kind: 'committed', expiresAt: new Date(secret.expiresAtMs) };
    const missing: number[] = [];
    for (let i = 0; i < streamParts(secret.streamBytes); i++) if (!files.parts.has(i)) missing.push(i);
    if (missing.length > 0) return { kind: 'incomplete', missing };
    secret.pendingUntilFinal = null;
    secret.expiresAtMs = pending.finalExpiresAtMs;
    files.expiresAtMs = pending.finalExpiresAtMs;
    receipt.keepUntilMs = pending.finalExpiresAtMs + pending.receiptTtlMs;
    return { kind: 'committed', expiresAt: new Date(secret.expiresAtMs) };
  }

  async readPart(id: string, leaseVerifier: string, index: number): Promise<Uint8Array | null> {
    const files = this.files.live(id);
    const lease = files?.leases.get(leaseVerifier);
    if (!files || lease === undefined || lease <= this.now()) return null;
    return files.parts.get(index) ?? null;
  }

  async secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null> {
    const receipt = this.liveReceipt(id);
    if (!this.matches(manageVerifier, receipt?.manageVerifier) || !receipt) return null;
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

  async secretEnding(id: string, linkVerifier: string): Promise<SecretEnding | null> {
    const receipt = this.liveReceipt(id);
    if (!this.matches(linkVerifier, receipt?.linkVerifier) || !receipt) return null;
    if (receipt.state !== 'active') return { ending: receipt.state, endedAt: new Date(receipt.endedAtMs ?? 0) };
    if (this.liveSecret(id)) return null;
    return { ending: 'expired', endedAt: new Date(receipt.expiresAtMs) };
  }

  async revokeSecret(id: string, manageVerifier: string): Promise<boolean> {
    const receipt = this.liveReceipt(id);
    if (!this.matches(manageVerifier, receipt?.manageVerifier) || !receipt) return false;
    this.revokeNow(id);
    return true;
  }

  /** revokeSecret's work once the caller is authorised. */
  private revokeNow(id: string): void {
    const secret = this.liveSecret(id);
    if (secret) this.end(id, secret, 'revoked', this.now());
    this.files.drop(id);
  }

  putRequest(request: NewRequest): Promise<{ kind: 'created'; expiresAt: Date } | { kind: 'exists' }> {
    return this.requests.putRequest(request);
  }

  peekRequest(id: string, verifier: string): Promise<RequestMeta | null> {
    return this.requests.peekRequest(id, verifier);
  }

  submitAnswer(id: string, submitVerifier: string, answer: NewAnswer): Promise<SubmitResult> {
    return this.requests.submitAnswer(id, submitVerifier, answer);
  }

  putAnswerPart(id: string, uploadVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    return this.requests.putAnswerPart(id, uploadVerifier, index, bytes);
  }

  commitAnswer(id: string, uploadVerifier: string): Promise<CommitResult> {
    return this.requests.commitAnswer(id, uploadVerifier);
  }

  revokeRequest(id: string, manageVerifier: string): Promise<boolean> {
    return this.requests.revokeRequest(id, manageVerifier);
  }

  async watchedNotifications(): Promise<string[]> {
    return this.outbox.watched();
  }

  async takeNotifications(id: string, leaseMs: number): Promise<NotifyBatch | null> {
    return this.outbox.take(id, leaseMs);
  }

  async settleNotification(id: string, seq: number, settlement: NotifySettlement): Promise<void> {
    this.outbox.settle(id, seq, settlement);
  }

  async countEmail(addressDigest: string, limit: number, windowMs: number): Promise<boolean> {
    return this.outbox.countEmail(addressDigest, limit, windowMs);
  }

  async unwatchNotifications(id: string): Promise<void> {
    this.outbox.unwatch(id);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.secrets.clear();
    this.receipts.clear();
    this.files.clear();
    this.requests.clear();
    this.outbox.clear();
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

  /**
   * Whether `given` equals the stored verifier; with no record, compares against a dummy
   * anyway, so a missing id and a wrong proof do the same work (F-13).
   */
  private matches(given: string, stored: string | undefined): boolean {
    const same = this.sameDigest(given, stored ?? DUMMY_VERIFIER);
    return stored !== undefined && same;
  }

  /** For the metrics: bytes counted against the budget, the budget, and the share used. */
  async memoryUsage(): Promise<{ usedBytes: number; limitBytes: number; ratio: number }> {
    const usedBytes = this.usedBytes();
    return { usedBytes, limitBytes: this.options.maxBytes, ratio: usedBytes / this.options.maxBytes };
  }

  /** Envelopes, receipts and parts: what the budget counts. */
  private usedBytes(): number {
    return this.storedBytes + this.receipts.size * RECEIPT_BYTES + this.files.bytes + this.requests.bytes;
  }

  /** @throws StoreError `full` when `bytes` more would pass the share of the budget kept for small secrets */
  private guardHeadroom(bytes: number): void {
    const limit = this.options.maxBytes * LARGE_ENVELOPE_MEMORY_RATIO;
    if (this.usedBytes() + bytes > limit) this.sweep();
    if (this.usedBytes() + bytes > limit) throw new StoreError('full');
  }

  /** @throws StoreError `uploads_paused` when `extra` more bytes would pass the upload share of the budget */
  private guardUploads(extra: number): void {
    const limit = this.options.maxBytes * (this.options.uploadMemoryRatio ?? 0.8);
    if (this.usedBytes() + extra > limit) this.sweep();
    if (this.usedBytes() >= limit || this.usedBytes() + extra > limit) throw new StoreError('uploads_paused');
  }

  /** @throws StoreError `full` when `bytes` more would pass the budget, even after a sweep */
  private reserve(bytes: number): void {
    if (this.usedBytes() + bytes > this.options.maxBytes) this.sweep();
    if (this.usedBytes() + bytes > this.options.maxBytes) throw new StoreError('full');
  }

  private liveReceipt(id: string): MemoryReceipt | undefined {
    const receipt = this.receipts.get(id);
    if (receipt && receipt.keepUntilMs <= this.now()) {
      this.receipts.delete(id);
      return undefined;
    }
    return receipt;
  }

  /**
   * Deletes the ciphertext and closes the receipt with the reason, in one step.
   * After the last view the parts stay for the leases already granted; otherwise they go too.
   */
  private end(id: string, secret: MemorySecret, state: 'viewed' | 'revoked' | 'locked', now: number): void {
    this.dropSecret(id, secret);
    const files = this.files.live(id);
    if (files && state === 'viewed') files.expiresAtMs = Math.max(0, ...files.leases.values());
    else this.files.drop(id);
    const receipt = this.receipts.get(id);
    if (receipt) {
      receipt.state = state;
      receipt.endedAtMs = now;
      this.outbox.record(id, END_EVENTS[state], now, 0);
    }
  }

  private dropSecret(id: string, secret: MemorySecret): void {
    if (this.secrets.delete(id)) this.storedBytes -= secret.bytes;
  }

  private sweep(): void {
    for (const [id] of this.secrets) this.liveSecret(id);
    this.files.sweep();
    this.requests.sweep();
    for (const [id] of this.receipts) this.liveReceipt(id);
    this.outbox.sweep();
  }
}
