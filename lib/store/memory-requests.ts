import 'server-only';
import type {
  NewAnswer,
  NewRequest,
  RequestMeta,
  RequestRole,
  RequestState,
  RequestStore,
  SubmitResult,
} from './request-types';
import type { ReceiptView } from './memory-notify';
import type { NotifyRequest } from './notify-types';
import type { CommitResult, NewSecret, PutPartResult, PutResult } from './types';

/** Bytes a request record counts against the store's budget, beside its note. */
const REQUEST_OVERHEAD_BYTES = 1024;

type MemoryRequest = {
  note: string;
  verifiers: Record<RequestRole, string>;
  createdAtMs: number;
  expiresAtMs: number;
  answerTtlSeconds: number;
  maxViews: number;
  receiptTtlSeconds: number;
  state: RequestState;
  uploadVerifier: string | null;
  /** While uploading: when the pending answer expires and the request opens again. */
  uploadUntilMs: number;
  answeredAtMs: number | null;
  streamBytes: number | null;
  keepUntilMs: number;
  /**
   * How long the record outlives the deadline unanswered: the receipt lifetime if the request
   * asked for notifications (so that its expiry can still be told), else 0.
   */
  graceMs: number;
  bytes: number;
  /** Where to say "answered", if asked (kept for the record's lifetime). */
  notify: NotifyRequest | null;
};

/** What the requests need of the embedded store: its clock, comparison, budget and synchronous secret steps. */
export type MemoryRequestHooks = {
  now: () => number;
  matches: (given: string, stored: string | undefined) => boolean;
  hasSecret: (id: string) => boolean;
  reserve: (bytes: number) => void;
  putSecret: (secret: NewSecret) => PutResult;
  putPart: (id: string, index: number, bytes: Uint8Array) => PutPartResult;
  commit: (id: string) => CommitResult;
  revoke: (id: string) => void;
  /** Puts the request into the outbox's watch (before it exists, as the Redis store does). */
  watch: (id: string, notify: NotifyRequest) => void;
  /** Writes the request's `answered` event, in the step that accepts the answer. */
  answered: (id: string, now: number) => void;
};

const ROLES: readonly RequestRole[] = ['submit', 'collect', 'manage'];

/**
 * The requests of the embedded store. Each method runs without awaiting in
 * between, composing the store's synchronous secret steps, so each is atomic
 * within the process, as the contract asks (lib/store/request-types.ts).
 */
export class MemoryRequests implements RequestStore {
  private readonly byId = new Map<string, MemoryRequest>();
  /** Bytes of every request record; they count towards the store's budget. */
  bytes = 0;

  constructor(private readonly hooks: MemoryRequestHooks) {}

  async putRequest(request: NewRequest): Promise<{ kind: 'created'; expiresAt: Date } | { kind: 'exists' }> {
    if (this.live(request.id) || this.hooks.hasSecret(request.id)) return { kind: 'exists' };
    const bytes = request.note.length + REQUEST_OVERHEAD_BYTES;
    this.hooks.reserve(bytes);
    const now = this.hooks.now();
    const expiresAtMs = now + request.ttlSeconds * 1000;
    const graceMs = request.notify ? request.receiptTtlSeconds * 1000 : 0;
    if (request.notify) this.hooks.watch(request.id, request.notify);
    this.byId.set(request.id, {
      note: request.note,
      verifiers: {
        submit: request.submitVerifier,
        collect: request.collectVerifier,
        manage: request.manageVerifier,
      },
      createdAtMs: now,
      expiresAtMs,
      answerTtlSeconds: request.answerTtlSeconds,
      maxViews: request.maxViews,
      receiptTtlSeconds: request.receiptTtlSeconds,
      state: 'open',
      uploadVerifier: null,
      uploadUntilMs: 0,
      answeredAtMs: null,
      streamBytes: null,
      keepUntilMs: expiresAtMs + graceMs,
      graceMs,
      bytes,
      notify: request.notify ?? null,
    });
    this.bytes += bytes;
    return { kind: 'created', expiresAt: new Date(expiresAtMs) };
  }

  async peekRequest(id: string, verifier: string): Promise<RequestMeta | null> {
    const request = this.live(id);
    // Compare with all three, always, so which one matched does not show in the time taken.
    const matched = ROLES.filter((role) => this.hooks.matches(verifier, request?.verifiers[role]));
    const role = matched[0];
    if (!request || role === undefined || this.expired(request)) return null;
    return {
      role,
      state: request.state,
      note: role === 'manage' ? null : request.note,
      createdAt: new Date(request.createdAtMs),
      expiresAt: new Date(request.expiresAtMs),
      answerTtlSeconds: request.answerTtlSeconds,
      maxViews: request.maxViews,
      answeredAt: request.answeredAtMs === null ? null : new Date(request.answeredAtMs),
      streamBytes: request.state === 'open' ? null : request.streamBytes,
    };
  }

  async submitAnswer(id: string, submitVerifier: string, answer: NewAnswer): Promise<SubmitResult> {
    const request = this.live(id);
    if (!this.hooks.matches(submitVerifier, request?.verifiers.submit) || !request) return { kind: 'missing' };
    if (request.state !== 'open') return { kind: 'closed' };
    const now = this.hooks.now();
    if (request.expiresAtMs <= now) return { kind: 'missing' };
    const put = this.hooks.putSecret({
      id,
      envelope: answer.answer,
      linkVerifier: request.verifiers.collect,
      passwordVerifier: null,
      kdf: null,
      manageVerifier: request.verifiers.manage,
      ttlSeconds: request.answerTtlSeconds,
      receiptTtlSeconds: request.receiptTtlSeconds,
      maxViews: request.maxViews,
      maxAttempts: 1,
      streamBytes: answer.streamBytes,
      uploadWindowSeconds: answer.uploadWindowSeconds,
      leaseSeconds: answer.leaseSeconds,
    });
    // Something else holds this id (a secret created under it): nothing can be accepted.
    if (put.kind === 'exists') return { kind: 'closed' };
    request.streamBytes = answer.streamBytes;
    if (put.uploadExpiresAt) {
      request.state = 'uploading';
      request.uploadVerifier = answer.uploadVerifier;
      request.uploadUntilMs = put.uploadExpiresAt.getTime();
      request.keepUntilMs = Math.max(request.keepUntilMs, request.uploadUntilMs + request.graceMs);
    } else {
      this.answered(id, request, now, put.expiresAt.getTime());
    }
    return { kind: 'accepted', expiresAt: put.expiresAt, uploadExpiresAt: put.uploadExpiresAt };
  }

  async putAnswerPart(id: string, uploadVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    const request = this.live(id);
    if (!this.uploadMatches(request, uploadVerifier)) return 'missing';
    if (request!.state === 'answered') return 'committed';
    return this.hooks.putPart(id, index, bytes);
  }

  async commitAnswer(id: string, uploadVerifier: string): Promise<CommitResult> {
    const request = this.live(id);
    if (!this.uploadMatches(request, uploadVerifier)) return { kind: 'missing' };
    const result = this.hooks.commit(id);
    if (result.kind === 'committed' && request!.state === 'uploading') {
      this.answered(id, request!, this.hooks.now(), result.expiresAt.getTime());
    }
    return result;
  }

  async revokeRequest(id: string, manageVerifier: string): Promise<boolean> {
    const request = this.live(id);
    if (!this.hooks.matches(manageVerifier, request?.verifiers.manage) || !request) return false;
    if (this.expired(request)) return false;
    if (request.state === 'revoked') return true;
    if (request.state !== 'open') this.hooks.revoke(id);
    request.state = 'revoked';
    request.uploadVerifier = null;
    return true;
  }

  clear(): void {
    this.byId.clear();
    this.bytes = 0;
  }

  sweep(): void {
    for (const [id] of this.byId) this.live(id);
  }

  /** Whether the upload verifier is the one of this request's pending (or just committed) answer. */
  private uploadMatches(request: MemoryRequest | undefined, uploadVerifier: string): boolean {
    const same = this.hooks.matches(uploadVerifier, request?.uploadVerifier ?? undefined);
    return same && request !== undefined && (request.state === 'uploading' || request.state === 'answered');
  }

  private answered(id: string, request: MemoryRequest, now: number, answerExpiresAtMs: number): void {
    request.state = 'answered';
    request.answeredAtMs = now;
    request.keepUntilMs = Math.max(request.keepUntilMs, answerExpiresAtMs + request.receiptTtlSeconds * 1000);
    if (request.notify) this.hooks.answered(id, now);
  }

  /**
   * What the outbox needs of a request that asked for notifications (undefined otherwise, or
   * once the record is gone): `active` while open, alive until its deadline, so the outbox
   * writes `expired_unanswered` once it passed open; final once answered, revoked or expired.
   */
  notifyView(id: string): ReceiptView | undefined {
    const request = this.live(id);
    if (!request?.notify) return undefined;
    const open = request.state === 'open' || request.state === 'uploading';
    return {
      state: open ? 'active' : request.state,
      viewsUsed: 0,
      // When it expired: its deadline, or the end of an upload window that outlasted it.
      expiresAtMs: Math.max(request.expiresAtMs, request.uploadUntilMs),
      secretAlive: open && !this.expired(request),
    };
  }

  /** Open past its deadline: gone to every step (the record outlives it only to tell the requester). */
  private expired(request: MemoryRequest): boolean {
    return request.state === 'open' && request.expiresAtMs <= this.hooks.now();
  }

  /**
   * The request unless its record has expired; an upload whose window ended
   * uncommitted opens the request again (its pending answer expired with it).
   */
  private live(id: string): MemoryRequest | undefined {
    const request = this.byId.get(id);
    if (!request) return undefined;
    const now = this.hooks.now();
    if (request.state === 'uploading' && request.uploadUntilMs <= now) {
      request.state = 'open';
      request.uploadVerifier = null;
      request.streamBytes = null;
      request.keepUntilMs = Math.max(request.expiresAtMs, request.uploadUntilMs) + request.graceMs;
    }
    if (request.keepUntilMs <= now) {
      this.byId.delete(id);
      this.bytes -= request.bytes;
      return undefined;
    }
    return request;
  }
}
