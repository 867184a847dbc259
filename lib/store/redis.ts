import 'server-only';
import { PART_BYTES, partLength, streamParts } from '../protocol/v1';
import { script, type RedisConnection } from '../redis/connection';
import { StoreError } from '../redis/errors';
import { emailCapKey, outboxKey, requestKeys, secretKeys, watchKey, watchShardKey, WATCH_SHARDS } from '../redis/keys';
import { LARGE_ENVELOPE_MEMORY_RATIO, isLargeEnvelope } from './headroom';
import { COMMIT_SCRIPT, PUT_PART_SCRIPT, READ_PART_SCRIPT } from './redis-file-scripts';
import {
  decodeClaimReply,
  decodeCommitReply,
  decodeEndingReply,
  decodePeekReply,
  decodePutPartReply,
  decodePutReply,
  decodeReadPartReply,
  decodeRevokeReply,
  decodeStatusReply,
} from './redis-replies';
import {
  decodePeekRequestReply,
  decodePutRequestReply,
  decodeRevokeRequestReply,
  decodeSubmitReply,
} from './redis-request-replies';
import {
  COMMIT_ANSWER_SCRIPT,
  PEEK_REQUEST_SCRIPT,
  PUT_ANSWER_PART_SCRIPT,
  PUT_REQUEST_SCRIPT,
  REVOKE_REQUEST_SCRIPT,
  SUBMIT_ANSWER_SCRIPT,
} from './redis-request-scripts';
import type { NewAnswer, NewRequest, RequestMeta, RequestStore, SubmitResult } from './request-types';
import { decodeNotifyBatch } from './redis-notify-replies';
import {
  CLAIM_SCRIPT,
  ENDING_SCRIPT,
  PEEK_SCRIPT,
  PUT_SCRIPT,
  REVOKE_SCRIPT,
  SETTLE_NOTIFICATION_SCRIPT,
  STATUS_SCRIPT,
  TAKE_NOTIFICATIONS_SCRIPT,
} from './redis-scripts';
import type { NotifyBatch, NotifySettlement, NotifyStore } from './notify-types';
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

export type RedisStoreOptions = {
  /** Prepended to every key; lets several deployments or test runs share one Redis. */
  keyPrefix: string;
  /** File uploads are refused once used_memory reaches this share of maxmemory (default 0.8). */
  uploadMemoryRatio?: number;
};

// A failure after sending a script that changes secrets is `outcome_unknown` (a claim may have used a view).
const CHANGES = { changesSecrets: true };
const READS = { changesSecrets: false };
const PUT = script(PUT_SCRIPT, CHANGES);
const PEEK = script(PEEK_SCRIPT, READS);
const CLAIM = script(CLAIM_SCRIPT, CHANGES);
const STATUS = script(STATUS_SCRIPT, READS);
const ENDING = script(ENDING_SCRIPT, READS);
const REVOKE = script(REVOKE_SCRIPT, CHANGES);
const PUT_PART = script(PUT_PART_SCRIPT, CHANGES);
const COMMIT = script(COMMIT_SCRIPT, CHANGES);
const READ_PART = script(READ_PART_SCRIPT, READS);
/** Withdraws a create that replicas did not acknowledge: nobody has its link, the 201 was never sent. */
const WITHDRAW = script("return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])", CHANGES);
const PUT_REQUEST = script(PUT_REQUEST_SCRIPT, CHANGES);
const PEEK_REQUEST = script(PEEK_REQUEST_SCRIPT, READS);
const SUBMIT_ANSWER = script(SUBMIT_ANSWER_SCRIPT, CHANGES);
const PUT_ANSWER_PART = script(PUT_ANSWER_PART_SCRIPT, CHANGES);
const COMMIT_ANSWER = script(COMMIT_ANSWER_SCRIPT, CHANGES);
const REVOKE_REQUEST = script(REVOKE_REQUEST_SCRIPT, CHANGES);
const TAKE_NOTIFICATIONS = script(TAKE_NOTIFICATIONS_SCRIPT, CHANGES);
const SETTLE_NOTIFICATION = script(SETTLE_NOTIFICATION_SCRIPT, CHANGES);
// The watch index (lib/redis/keys.ts watchKey): written before the create script, idempotent.
const WATCH = script("return redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2])", READS);
const WATCHED = script("#!lua flags=no-writes,allow-oom\nreturn redis.call('ZRANGE', KEYS[1], 0, -1)", READS);
// A sliding window: drop times older than the window, then count this one if there is room.
const COUNT_EMAIL = script(
  `#!lua flags=allow-oom
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`,
  READS,
);
const UNWATCH = script("#!lua flags=allow-oom\nreturn redis.call('ZREM', KEYS[1], ARGV[1])", READS);

export class RedisStore implements SecretStore, RequestStore, NotifyStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly options: RedisStoreOptions,
  ) {}

  /**
   * Every key of a secret shares the `{id}` hash tag, so every script touches one Cluster slot;
   * the outbox comes last, where the scripts' `notify` helper finds it (KEYS[#KEYS]).
   */
  private keys(id: string): readonly string[] {
    return [...secretKeys(this.options.keyPrefix, id), outboxKey(this.options.keyPrefix, id)];
  }

  /**
   * A cheap early refusal from a cached reading (on Cluster, of the fullest master); the
   * PUT and PUT_PART scripts then check the node that takes the write, atomically.
   * @throws StoreError `uploads_paused` when Redis is nearly full (no maxmemory: never)
   */
  private async guardUploads(): Promise<void> {
    const fullness = await this.connection.memoryFullness();
    if (fullness >= this.uploadRatio) throw new StoreError('uploads_paused');
  }

  /** Share of maxmemory beyond which file uploads are refused (checked again inside the scripts). */
  private get uploadRatio(): number {
    return this.options.uploadMemoryRatio ?? 0.8;
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    const sb = secret.streamBytes;
    if (sb !== null) await this.guardUploads();
    const parts = sb === null ? 0 : streamParts(sb);
    const args = [
      secret.envelope,
      secret.linkVerifier,
      secret.passwordVerifier ?? '',
      secret.kdf ? JSON.stringify(secret.kdf) : '',
      secret.manageVerifier ?? '',
      String(secret.maxViews),
      String(secret.maxAttempts),
      String(secret.ttlSeconds * 1000),
      String(secret.receiptTtlSeconds * 1000),
      sb === null ? '' : String(sb),
      String(parts),
      sb === null ? '0' : String(partLength(sb, parts - 1)),
      String(PART_BYTES),
      String(secret.uploadWindowSeconds * 1000),
      String(secret.leaseSeconds * 1000),
      String(this.uploadRatio),
      isLargeEnvelope(secret.envelope.length) ? String(LARGE_ENVELOPE_MEMORY_RATIO) : '',
      secret.notify?.destination ?? '',
      secret.notify?.reference ?? '',
    ];
    const keys = this.keys(secret.id);
    // Watched BEFORE the secret exists, so no event can be written that the worker cannot find.
    // A watch entry without a destination is harmless: the worker drops it on first look.
    if (secret.notify && secret.manageVerifier) {
      const deadline = Date.now() + secret.ttlSeconds * 1000;
      await this.connection.run(WATCH, [watchKey(this.options.keyPrefix, secret.id)], [deadline, secret.id]);
    }
    const result = decodePutReply(await this.run(PUT, keys, args));
    if (result === 'paused') throw new StoreError('uploads_paused');
    if (result === 'full') throw new StoreError('full');
    if (result.kind === 'created' && !(await this.connection.acknowledged())) {
      // Not on enough replicas in time: a failover could lose it after a 201. Take it back, so that
      // the answer "not stored, try again" is true; if even that fails, the outcome is unknown.
      await this.run(WITHDRAW, keys, []);
      throw new StoreError('unavailable', 'store: replicas did not acknowledge the write');
    }
    return result;
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    return decodePeekReply(await this.run(PEEK, this.keys(id), [linkVerifier]));
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const args = [claim.linkVerifier, claim.passwordVerifier ?? '', claim.leaseVerifier ?? ''];
    const result = decodeClaimReply(await this.run(CLAIM, this.keys(id), args));
    // Answered even if replicas did not acknowledge the burn (or the counted attempt): the view is
    // spent on the master either way, and withholding the envelope would only lose it (docs/deploy.md).
    if (result.kind === 'released' || result.kind === 'wrong_password') await this.connection.acknowledged();
    return result;
  }

  async secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null> {
    return decodeStatusReply(await this.run(STATUS, this.keys(id), [manageVerifier]));
  }

  async secretEnding(id: string, linkVerifier: string): Promise<SecretEnding | null> {
    return decodeEndingReply(await this.run(ENDING, this.keys(id), [linkVerifier]));
  }

  async revokeSecret(id: string, manageVerifier: string): Promise<boolean> {
    const revoked = decodeRevokeReply(await this.run(REVOKE, this.keys(id), [manageVerifier]));
    if (revoked) await this.acknowledged();
    return revoked;
  }

  async putPart(id: string, manageVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    if (!Number.isSafeInteger(index) || index < 0) return 'bad_index';
    await this.guardUploads();
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const args = [manageVerifier, String(index), body, String(this.uploadRatio)];
    const result = decodePutPartReply(await this.run(PUT_PART, this.keys(id), args));
    if (result === 'paused') throw new StoreError('uploads_paused');
    if (result === 'stored') await this.acknowledged();
    return result;
  }

  async commitUpload(id: string, manageVerifier: string): Promise<CommitResult> {
    const result = decodeCommitReply(await this.run(COMMIT, this.keys(id), [manageVerifier]));
    if (result.kind === 'committed') await this.acknowledged();
    return result;
  }

  async readPart(id: string, leaseVerifier: string, index: number): Promise<Uint8Array | null> {
    if (!Number.isSafeInteger(index) || index < 0) return null;
    const reply = await this.connection.run(READ_PART, this.keys(id), [leaseVerifier, String(index)], {
      buffers: true,
    });
    return decodeReadPartReply(reply);
  }

  async putRequest(request: NewRequest): Promise<{ kind: 'created'; expiresAt: Date } | { kind: 'exists' }> {
    const args = [
      request.note,
      request.submitVerifier,
      request.collectVerifier,
      request.manageVerifier,
      String(request.ttlSeconds * 1000),
      String(request.answerTtlSeconds * 1000),
      String(request.maxViews),
      String(request.receiptTtlSeconds * 1000),
      request.notify?.destination ?? '',
      request.notify?.reference ?? '',
    ];
    // Watched BEFORE the request exists, as putSecret does: the worker finds its `answered` event.
    if (request.notify) {
      const deadline = Date.now() + request.ttlSeconds * 1000;
      await this.connection.run(WATCH, [watchKey(this.options.keyPrefix, request.id)], [deadline, request.id]);
    }
    const result = decodePutRequestReply(await this.run(PUT_REQUEST, this.requestKeys(request.id), args));
    if (result.kind === 'created') await this.acknowledged();
    return result;
  }

  async peekRequest(id: string, verifier: string): Promise<RequestMeta | null> {
    return decodePeekRequestReply(await this.run(PEEK_REQUEST, this.requestKeys(id), [verifier]));
  }

  async submitAnswer(id: string, submitVerifier: string, answer: NewAnswer): Promise<SubmitResult> {
    const sb = answer.streamBytes;
    if (sb !== null) await this.guardUploads();
    const parts = sb === null ? 0 : streamParts(sb);
    const args = [
      submitVerifier,
      answer.answer,
      sb === null ? '' : String(sb),
      answer.uploadVerifier ?? '',
      String(parts),
      sb === null ? '0' : String(partLength(sb, parts - 1)),
      String(PART_BYTES),
      String(answer.uploadWindowSeconds * 1000),
      String(answer.leaseSeconds * 1000),
      String(this.uploadRatio),
      isLargeEnvelope(answer.answer.length) ? String(LARGE_ENVELOPE_MEMORY_RATIO) : '',
    ];
    const result = decodeSubmitReply(await this.run(SUBMIT_ANSWER, this.requestKeys(id), args));
    if (result === 'paused') throw new StoreError('uploads_paused');
    if (result === 'full') throw new StoreError('full');
    if (result.kind === 'accepted') await this.acknowledged();
    return result;
  }

  async putAnswerPart(id: string, uploadVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    if (!Number.isSafeInteger(index) || index < 0) return 'bad_index';
    await this.guardUploads();
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const args = [uploadVerifier, String(index), body, String(this.uploadRatio)];
    const result = decodePutPartReply(await this.run(PUT_ANSWER_PART, this.requestKeys(id), args));
    if (result === 'paused') throw new StoreError('uploads_paused');
    if (result === 'stored') await this.acknowledged();
    return result;
  }

  async commitAnswer(id: string, uploadVerifier: string): Promise<CommitResult> {
    const result = decodeCommitReply(await this.run(COMMIT_ANSWER, this.requestKeys(id), [uploadVerifier]));
    if (result.kind === 'committed') await this.acknowledged();
    return result;
  }

  async revokeRequest(id: string, manageVerifier: string): Promise<boolean> {
    const revoked = decodeRevokeRequestReply(await this.run(REVOKE_REQUEST, this.requestKeys(id), [manageVerifier]));
    if (revoked) await this.acknowledged();
    return revoked;
  }

  /** The answer's four secret keys, the request record and the outbox, under one `{id}` hash tag. */
  private requestKeys(id: string): readonly string[] {
    return [...requestKeys(this.options.keyPrefix, id), outboxKey(this.options.keyPrefix, id)];
  }

  async watchedNotifications(): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 0; n < WATCH_SHARDS; n++) {
      const shard = await this.connection.run(WATCHED, [watchShardKey(this.options.keyPrefix, n)], []);
      if (Array.isArray(shard)) for (const id of shard) if (typeof id === 'string') ids.push(id);
    }
    return ids;
  }

  async takeNotifications(id: string, leaseMs: number): Promise<NotifyBatch | null> {
    // The request keys: a watched id is a secret's or a request's (its destination is in KEYS[5]).
    return decodeNotifyBatch(await this.run(TAKE_NOTIFICATIONS, this.requestKeys(id), [String(leaseMs)]));
  }

  async settleNotification(id: string, seq: number, settlement: NotifySettlement): Promise<void> {
    const delay = settlement.kind === 'retry' ? String(Math.max(0, Math.round(settlement.delayMs))) : '0';
    await this.run(SETTLE_NOTIFICATION, this.keys(id), [String(seq), settlement.kind, delay]);
  }

  async countEmail(addressDigest: string, limit: number, windowMs: number): Promise<boolean> {
    const key = emailCapKey(this.options.keyPrefix, addressDigest);
    const nonce = Math.random().toString(36).slice(2);
    return (await this.connection.run(COUNT_EMAIL, [key], [String(limit), String(windowMs), nonce])) === 1;
  }

  async unwatchNotifications(id: string): Promise<void> {
    await this.connection.run(UNWATCH, [watchKey(this.options.keyPrefix, id)], [id]);
  }

  async ping(): Promise<boolean> {
    return this.connection.ping();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  /**
   * Waits for the replicas to acknowledge the script that just answered (HANDOFF_REDIS_MIN_REPLICAS_ACK).
   * @throws StoreError `outcome_unknown` when they did not in time: it ran on the master, and a
   *   failover now could undo it
   */
  private async acknowledged(): Promise<void> {
    if (!(await this.connection.acknowledged())) {
      throw new StoreError('outcome_unknown', 'store: replicas did not acknowledge the write');
    }
  }

  private run(
    s: Parameters<RedisConnection['run']>[0],
    keys: readonly string[],
    args: (string | Buffer)[],
  ): Promise<unknown> {
    return this.connection.run(s, keys, args);
  }
}
