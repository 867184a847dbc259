import 'server-only';
import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { kdfSchema } from '../schemas/secrets';
import { StoreFullError, StoreUnavailableError } from './errors';
import { CLAIM_SCRIPT, PEEK_SCRIPT, PUT_SCRIPT, REVOKE_SCRIPT, STATUS_SCRIPT } from './redis-scripts';
import type {
  ClaimRequest,
  ClaimResult,
  NewSecret,
  PutResult,
  SecretMeta,
  SecretReceipt,
  SecretState,
  SecretStore,
} from './types';

export type RedisStoreOptions = {
  url: string;
  /** Prepended to every key; lets several deployments or test runs share one Redis. */
  keyPrefix: string;
  /** How long a request waits for a connection before answering 503. */
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
};

type Script = { source: string; sha: string };
const script = (source: string): Script => ({ source, sha: createHash('sha1').update(source).digest('hex') });
const PUT = script(PUT_SCRIPT);
const PEEK = script(PEEK_SCRIPT);
const CLAIM = script(CLAIM_SCRIPT);
const STATUS = script(STATUS_SCRIPT);
const REVOKE = script(REVOKE_SCRIPT);

/**
 * Request-path client settings, chosen so that no command is ever run twice
 * or late: commands are not queued while disconnected (they fail at once and
 * the API answers 503) and a command in flight when the connection drops is
 * not resent on reconnect (a resent claim could burn a view nobody received).
 */
function clientOptions(o: RedisStoreOptions): RedisOptions {
  return {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    connectTimeout: o.connectTimeoutMs ?? 2000,
    commandTimeout: o.commandTimeoutMs ?? 5000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  };
}

export class RedisStore implements SecretStore {
  private readonly client: Redis;
  private lastErrorLoggedAt = 0;

  constructor(private readonly options: RedisStoreOptions) {
    this.client = new Redis(options.url, clientOptions(options));
    // Without a listener ioredis prints every failed reconnect; log one line a minute at most.
    this.client.on('error', (error: Error) => {
      if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
      this.lastErrorLoggedAt = Date.now();
      console.error(`store: redis error: ${error.message}`);
    });
  }

  /** Both keys of a secret share the `{id}` hash tag, so every script touches one Cluster slot. */
  private keys(id: string): [string, string] {
    const base = `${this.options.keyPrefix}{${id}}`;
    return [`${base}:secret`, `${base}:receipt`];
  }

  async putSecret(secret: NewSecret): Promise<PutResult> {
    const exp = await this.run(PUT, this.keys(secret.id), [
      secret.envelope,
      secret.linkVerifier,
      secret.passwordVerifier ?? '',
      secret.kdf ? JSON.stringify(secret.kdf) : '',
      secret.manageVerifier ?? '',
      String(secret.maxViews),
      String(secret.maxAttempts),
      String(secret.ttlSeconds * 1000),
      String(secret.receiptTtlSeconds * 1000),
    ]);
    if (exp === 0) return { kind: 'exists' };
    return { kind: 'created', expiresAt: new Date(Number(exp)) };
  }

  async peekSecret(id: string, linkVerifier: string): Promise<SecretMeta | null> {
    const reply = (await this.run(PEEK, this.keys(id), [linkVerifier])) as [number, number, string] | [];
    if (reply.length === 0) return null;
    const [views, exp, kdf] = reply;
    return { viewsLeft: views, expiresAt: new Date(exp), kdf: kdf ? kdfSchema.parse(JSON.parse(kdf)) : null };
  }

  async claimSecret(id: string, claim: ClaimRequest): Promise<ClaimResult> {
    const reply = (await this.run(CLAIM, this.keys(id), [claim.linkVerifier, claim.passwordVerifier ?? ''])) as
      [0] | [1, number] | [2, string, number];
    switch (reply[0]) {
      case 0:
        return { kind: 'missing' };
      case 1:
        return { kind: 'wrong_password', attemptsLeft: reply[1] };
      case 2:
        return { kind: 'released', envelope: reply[1], viewsLeft: reply[2] };
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

  async ping(): Promise<boolean> {
    try {
      await this.ready();
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.client.status === 'end' || this.client.status === 'wait') {
      this.client.disconnect();
      return;
    }
    await this.client.quit().catch(() => this.client.disconnect());
  }

  /** Waits for a usable connection, bounded by the connect timeout. */
  private async ready(): Promise<void> {
    if (this.client.status === 'ready') return;
    if (this.client.status === 'wait') this.client.connect().catch(() => undefined);
    const timeoutMs = this.options.connectTimeoutMs ?? 2000;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => done();
      const timer = setTimeout(() => done(new StoreUnavailableError('store: redis not ready')), timeoutMs);
      this.client.on('ready', onReady);
    });
  }

  /** Runs a script by SHA, loading it on NOSCRIPT (which means it did not run). */
  private async run(s: Script, keys: [string, string], args: string[]): Promise<unknown> {
    await this.ready();
    try {
      try {
        return await this.client.evalsha(s.sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await this.client.eval(s.source, keys.length, ...keys, ...args);
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('OOM'))
        throw new StoreFullError(undefined, { cause: error });
      throw new StoreUnavailableError(undefined, { cause: error });
    }
  }
}
