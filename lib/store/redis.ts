import 'server-only';
import { kdfSchema } from '../schemas/secrets';
import { script, type RedisConnection } from './redis-connection';
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
  /** Prepended to every key; lets several deployments or test runs share one Redis. */
  keyPrefix: string;
};

const PUT = script(PUT_SCRIPT);
const PEEK = script(PEEK_SCRIPT);
const CLAIM = script(CLAIM_SCRIPT);
const STATUS = script(STATUS_SCRIPT);
const REVOKE = script(REVOKE_SCRIPT);

export class RedisStore implements SecretStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly options: RedisStoreOptions,
  ) {}

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
    return this.connection.ping();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private run(s: Parameters<RedisConnection['run']>[0], keys: [string, string], args: string[]): Promise<unknown> {
    return this.connection.run(s, keys, args);
  }
}
