import 'server-only';
import { createHash } from 'node:crypto';
import { script, type RedisConnection } from '../redis/connection';
import { sessionKey, tokenKey, userTokensKey } from '../redis/keys';
import type { AccountStore, NewToken, SessionRecord, TokenInfo, TokenOwner } from './account-types';

/*
 * Sessions and personal tokens in Redis (key layout: lib/redis/keys.ts). Every
 * script touches one key, so each runs on Redis Cluster too. A revoke deletes
 * the token's record first: from that command on, the token no longer works,
 * whatever happens to the index entry after it.
 */

const WRITES = { changesSecrets: true };
const READS = { changesSecrets: false };

const SET_PX = script("return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])", WRITES);
const GET = script("return redis.call('GET', KEYS[1])", READS);
const DEL = script("return redis.call('DEL', KEYS[1])", WRITES);
const HSET_FIELDS = script("return redis.call('HSET', KEYS[1], unpack(ARGV))", WRITES);
const HMGET = script("return redis.call('HMGET', KEYS[1], unpack(ARGV))", READS);
const HGETALL = script("return redis.call('HGETALL', KEYS[1])", READS);
const HDEL = script("return redis.call('HDEL', KEYS[1], ARGV[1])", WRITES);
// A use is recorded only while the token exists: a touch racing a revoke must not bring a record back.
const TOUCH = script(
  "if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'used', ARGV[1]) end return 1",
  WRITES,
);

const digest = (user: string) => createHash('sha256').update(user).digest('hex');

export class RedisAccountStore implements AccountStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly prefix: string,
  ) {}

  async putSession(session: SessionRecord): Promise<void> {
    const ttlMs = Math.max(1, session.expiresAt.getTime() - Date.now());
    const value = JSON.stringify({ user: session.user, label: session.label, exp: session.expiresAt.getTime() });
    await this.connection.run(SET_PX, [sessionKey(this.prefix, session.id)], [value, ttlMs]);
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const raw = await this.connection.run(GET, [sessionKey(this.prefix, id)], []);
    if (typeof raw !== 'string') return null;
    const value = JSON.parse(raw) as { user: string; label: string; exp: number };
    if (value.exp <= Date.now()) return null;
    return { id, user: value.user, label: value.label, expiresAt: new Date(value.exp) };
  }

  async deleteSession(id: string): Promise<void> {
    await this.connection.run(DEL, [sessionKey(this.prefix, id)], []);
  }

  async putToken(token: NewToken): Promise<void> {
    const fields = ['id', token.id, 'user', token.user, 'label', token.label, 'name', token.name];
    fields.push('created', String(token.createdAt.getTime()));
    await this.connection.run(HSET_FIELDS, [tokenKey(this.prefix, token.hash)], fields);
    await this.connection.run(HSET_FIELDS, [userTokensKey(this.prefix, digest(token.user))], [token.id, token.hash]);
  }

  async findToken(hash: string): Promise<TokenOwner | null> {
    const reply = (await this.connection.run(HMGET, [tokenKey(this.prefix, hash)], ['id', 'user', 'label'])) as (
      string | null
    )[];
    const [id, user, label] = reply;
    return id && user ? { id, user, label: label ?? '' } : null;
  }

  async touchToken(hash: string, at: Date): Promise<void> {
    await this.connection.run(TOUCH, [tokenKey(this.prefix, hash)], [String(at.getTime())]);
  }

  async listTokens(user: string): Promise<TokenInfo[]> {
    const index = (await this.connection.run(HGETALL, [userTokensKey(this.prefix, digest(user))], [])) as string[];
    const tokens: TokenInfo[] = [];
    for (let i = 0; i + 1 < index.length; i += 2) {
      const fields = ['id', 'user', 'name', 'created', 'used'];
      const reply = (await this.connection.run(HMGET, [tokenKey(this.prefix, index[i + 1]!)], fields)) as (
        string | null
      )[];
      const [id, owner, name, created, used] = reply;
      if (!id || owner !== user) continue;
      tokens.push({
        id,
        name: name ?? '',
        createdAt: new Date(Number(created)),
        lastUsedAt: used ? new Date(Number(used)) : null,
      });
    }
    return tokens.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async revokeToken(user: string, id: string): Promise<boolean> {
    const indexKey = userTokensKey(this.prefix, digest(user));
    const [hash] = (await this.connection.run(HMGET, [indexKey], [id])) as (string | null)[];
    if (!hash) return false;
    await this.connection.run(DEL, [tokenKey(this.prefix, hash)], []);
    await this.connection.run(HDEL, [indexKey], [id]);
    return true;
  }
}
