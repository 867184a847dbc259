import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { RedisConnection } from '@/lib/redis/connection';
import { sessionKey, tokenKey } from '@/lib/redis/keys';
import type { AccountStore } from '@/lib/store/account-types';
import { MemoryAccountStore } from '@/lib/store/accounts-memory';
import { RedisAccountStore } from '@/lib/store/accounts-redis';

/*
 * The account store contract (sign-in sessions, personal tokens), run on the
 * memory store and on real Redis: both implement the same behaviour.
 */

const redisUrl = inject('redisUrl');
const keyPrefix = `${inject('keyPrefix')}accounts:`;
const connection = new RedisConnection({ target: { mode: 'single', url: redisUrl } });
afterAll(() => connection.close());

const user = () => `oidc:${randomBytes(6).toString('hex')}`;
const later = (ms: number) => new Date(Date.now() + ms);

function describeAccountContract(name: string, make: () => AccountStore) {
  describe(`account store contract: ${name}`, () => {
    const store = make();

    it('keeps a session until it expires, and forgets it once deleted', async () => {
      const id = randomBytes(24).toString('base64url');
      await store.putSession({ id, user: 'oidc:a', label: 'a@example.com', expiresAt: later(60_000) });
      expect(await store.getSession(id)).toMatchObject({ id, user: 'oidc:a', label: 'a@example.com' });
      await store.deleteSession(id);
      expect(await store.getSession(id)).toBeNull();
      expect(await store.getSession('never-was')).toBeNull();
    });

    it('does not answer an expired session', async () => {
      const id = randomBytes(24).toString('base64url');
      await store.putSession({ id, user: 'oidc:a', label: '', expiresAt: later(50) });
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.getSession(id)).toBeNull();
    });

    it('finds a token by its hash only, lists it without the hash, and forgets it once revoked', async () => {
      const owner = user();
      const { token, hash, id } = newToken();
      await store.putToken({ id, hash, user: owner, label: 'a@example.com', name: 'ci', createdAt: new Date() });
      expect(await store.findToken(hashToken(token))).toEqual({ id, user: owner, label: 'a@example.com' });
      expect(await store.findToken(hashToken(`${token}x`))).toBeNull();
      const [listed] = await store.listTokens(owner);
      expect(listed).toMatchObject({ id, name: 'ci', lastUsedAt: null });
      expect(JSON.stringify(await store.listTokens(owner))).not.toContain(hash);
      expect(await store.revokeToken(owner, id)).toBe(true);
      expect(await store.findToken(hash)).toBeNull();
      expect(await store.listTokens(owner)).toEqual([]);
      expect(await store.revokeToken(owner, id)).toBe(false);
    });

    it("lets no one revoke or list another user's token", async () => {
      const [owner, other] = [user(), user()];
      const { hash, id } = newToken();
      await store.putToken({ id, hash, user: owner, label: '', name: 'mine', createdAt: new Date() });
      expect(await store.revokeToken(other, id)).toBe(false);
      expect(await store.listTokens(other)).toEqual([]);
      expect(await store.findToken(hash)).not.toBeNull();
    });

    it('records the last use, and a touch after a revoke brings nothing back', async () => {
      const owner = user();
      const { hash, id } = newToken();
      await store.putToken({ id, hash, user: owner, label: '', name: 'ci', createdAt: new Date() });
      const at = new Date(Date.now() - 1000);
      await store.touchToken(hash, at);
      expect((await store.listTokens(owner))[0]?.lastUsedAt?.getTime()).toBe(at.getTime());
      await store.revokeToken(owner, id);
      await store.touchToken(hash, new Date());
      expect(await store.findToken(hash)).toBeNull();
    });
  });
}

describeAccountContract('memory', () => new MemoryAccountStore());
describeAccountContract('redis', () => new RedisAccountStore(connection, keyPrefix));

describe('redis account store specifics', () => {
  const raw = new Redis(redisUrl);
  afterAll(() => raw.disconnect());

  it('stores a token under its SHA-256, never the token, and a session with an expiry', async () => {
    const store = new RedisAccountStore(connection, keyPrefix);
    const { token, hash, id } = newToken();
    await store.putToken({ id, hash, user: 'oidc:k', label: '', name: 'n', createdAt: new Date() });
    const record = await raw.hgetall(tokenKey(keyPrefix, hash));
    expect(JSON.stringify(record)).not.toContain(token.slice(8));
    const sid = randomBytes(24).toString('base64url');
    await store.putSession({ id: sid, user: 'oidc:k', label: '', expiresAt: later(60_000) });
    const ttl = await raw.pttl(sessionKey(keyPrefix, sid));
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
