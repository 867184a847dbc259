import 'server-only';
import { PART_BYTES, partLength, streamParts } from '../protocol/wire';
import { kdfSchema } from '../schemas/secrets';
import { StoreFullError, StoreUploadsPausedError } from './errors';
import { LARGE_ENVELOPE_MEMORY_RATIO, isLargeEnvelope } from './headroom';
import { COMMIT_SCRIPT, PUT_PART_SCRIPT, READ_PART_SCRIPT } from './redis-file-scripts';
import { script, type RedisConnection } from './redis-connection';
import { CLAIM_SCRIPT, PEEK_SCRIPT, PUT_SCRIPT, REVOKE_SCRIPT, STATUS_SCRIPT } from './redis-scripts';
import type {
  ClaimRequest,
  ClaimResult,
  CommitResult,
  NewSecret,
  PutPartResult,
  PutResult,
  SecretMeta,
  SecretReceipt,
  SecretState,
  SecretStore,
} from './types';

export type RedisStoreOptions = {
  /** Prepended to every key; lets several deployments or test runs share one Redis. */
  keyPrefix: string;
  /** File uploads are refused once used_memory reaches this share of maxmemory (default 0.8). */
  uploadMemoryRatio?: number;
};

const PUT = script(PUT_SCRIPT);
const PEEK = script(PEEK_SCRIPT);
const CLAIM = script(CLAIM_SCRIPT);
const STATUS = script(STATUS_SCRIPT);
const REVOKE = script(REVOKE_SCRIPT);
const PUT_PART = script(PUT_PART_SCRIPT);
const COMMIT = script(COMMIT_SCRIPT);
const READ_PART = script(READ_PART_SCRIPT);

type Keys = [secret: string, receipt: string, parts: string, leases: string];

export class RedisStore implements SecretStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly options: RedisStoreOptions,
  ) {}

  /** Every key of a secret shares the `{id}` hash tag, so every script touches one Cluster slot. */
  private keys(id: string): Keys {
    const base = `${this.options.keyPrefix}{${id}}`;
    return [`${base}:secret`, `${base}:receipt`, `${base}:parts`, `${base}:leases`];
  }

  /**
   * A cheap early refusal from a cached reading (on Cluster, of the fullest master); the
   * PUT and PUT_PART scripts then check the node that takes the write, atomically.
   * @throws StoreUploadsPausedError when Redis is nearly full (no maxmemory: never)
   */
  private async guardUploads(): Promise<void> {
    const fullness = await this.connection.memoryFullness();
    if (fullness >= this.uploadRatio) throw new StoreUploadsPausedError();
  }

  /** Share of maxmemory beyond which file uploads are refused (checked again inside the scripts). */
  private get uploadRatio(): number {
    return this.options.uploadMemoryRatio ?? 0.8;
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    const sb = secret.streamBytes;
    if (sb !== null) await this.guardUploads();
    const parts = sb === null ? 0 : streamParts(sb);
    const reply = await this.run(PUT, this.keys(secret.id), [
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
    ]);
    if (reply === 0) return { kind: 'exists' };
    if (reply === -1) throw new StoreUploadsPausedError();
    if (reply === -2) throw new StoreFullError();
    const [exp, until] = reply as [number, number];
    return { kind: 'created', expiresAt: new Date(exp), uploadExpiresAt: until ? new Date(until) : null };
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    const reply = (await this.run(PEEK, this.keys(id), [linkVerifier])) as [number, number, string, string] | [];
    if (reply.length === 0) return null;
    const [views, exp, kdf, sb] = reply;
    return {
      viewsLeft: views,
      expiresAt: new Date(exp),
      kdf: kdf ? kdfSchema.parse(JSON.parse(kdf)) : null,
      streamBytes: sb ? Number(sb) : null,
    };
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const args = [claim.linkVerifier, claim.passwordVerifier ?? '', claim.leaseVerifier ?? ''];
    const reply = (await this.run(CLAIM, this.keys(id), args)) as
      [0] | [1, number] | [2, string, number, number, number] | [3];
    switch (reply[0]) {
      case 0:
        return { kind: 'missing' };
      case 1:
        return { kind: 'wrong_password', attemptsLeft: reply[1] };
      case 2: {
        const [, envelope, viewsLeft, sb, lease] = reply;
        return {
          kind: 'released',
          envelope,
          viewsLeft,
          streamBytes: sb ? sb : null,
          leaseExpiresAt: lease ? new Date(lease) : null,
        };
      }
      case 3:
        return { kind: 'lease_required' };
    }
  }

  async secretStatus(id: string, manageVerifier: string): Promise<SecretReceipt | null> {
    const reply = (await this.run(STATUS, this.keys(id), [manageVerifier])) as string[];
    if (reply.length === 0) return null;
    type StatusReply = [SecretState, string, string, string, string, string, string, string, string];
    const [state, max, used, views, created, exp, ended, pw, failed] = reply as StatusReply;
    return {
      state,
      maxViews: Number(max),
      viewsUsed: Number(used),
      viewedAt: views ? views.split(',').map((ms) => new Date(Number(ms))) : [],
      createdAt: new Date(Number(created)),
      expiresAt: new Date(Number(exp)),
      hasPassword: pw === '1',
      failedAttempts: Number(failed),
      endedAt: ended ? new Date(Number(ended)) : null,
    };
  }

  async revokeSecret(id: string, manageVerifier: string): Promise<boolean> {
    return (await this.run(REVOKE, this.keys(id), [manageVerifier])) === 1;
  }

  async putPart(id: string, manageVerifier: string, index: number, bytes: Uint8Array): Promise<PutPartResult> {
    if (!Number.isSafeInteger(index) || index < 0) return 'bad_index';
    await this.guardUploads();
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = (await this.run(PUT_PART, this.keys(id), [
      manageVerifier,
      String(index),
      body,
      String(this.uploadRatio),
    ])) as PutPartResult | 'paused';
    if (result === 'paused') throw new StoreUploadsPausedError();
    return result;
  }

  async commitUpload(id: string, manageVerifier: string): Promise<CommitResult> {
    const reply = (await this.run(COMMIT, this.keys(id), [manageVerifier])) as [0] | [1, number] | [2, number[]];
    switch (reply[0]) {
      case 0:
        return { kind: 'missing' };
      case 1:
        return { kind: 'committed', expiresAt: new Date(reply[1]) };
      case 2:
        return { kind: 'incomplete', missing: reply[1] };
    }
  }

  async readPart(id: string, leaseVerifier: string, index: number): Promise<Uint8Array | null> {
    if (!Number.isSafeInteger(index) || index < 0) return null;
    const reply = await this.connection.run(READ_PART, this.keys(id), [leaseVerifier, String(index)], {
      buffers: true,
    });
    return reply instanceof Uint8Array ? reply : null;
  }

  async ping(): Promise<boolean> {
    return this.connection.ping();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private run(s: Parameters<RedisConnection['run']>[0], keys: Keys, args: (string | Buffer)[]): Promise<unknown> {
    return this.connection.run(s, keys, args);
  }
}
