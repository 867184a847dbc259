import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { revokeSecretOnServer } from '@/lib/client/api';
import { newId, newProof } from '../support/secrets';
import { postJson, shareText } from '../support/client';

/*
 * Missing, expired, burned, revoked and wrong-link-proof secrets must be
 * indistinguishable to a caller: same status, same body, same headers.
 * Expiry is real: the test shortens the key's TTL in Redis and lets it lapse.
 */

const base = inject('redisAppUrl');
const redis = new Redis(inject('redisUrl'));
afterAll(() => redis.disconnect());

type Seen = { status: number; body: string; headers: [string, string][] };

async function observe(id: string, linkProof: string): Promise<{ reveal: Seen; peek: Seen }> {
  const strip = (h: Headers) => [...h.entries()].filter(([name]) => name !== 'date').sort();
  const r = await postJson(`${base}/api/secrets/${id}/reveal`, { linkProof });
  const p = await fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${linkProof}` } });
  return {
    reveal: { status: r.status, body: r.text, headers: strip(r.headers) },
    peek: { status: p.status, body: await p.text(), headers: strip(p.headers) },
  };
}

describe('failure responses', () => {
  it('are identical for missing, expired, burned, revoked and wrong-link-proof secrets', async () => {
    const missing = await observe(newId(), newProof());

    const expiring = await shareText(base, 'expires');
    await redis.pexpire(`${inject('keyPrefix')}{${expiring.id}}:secret`, 50);
    await new Promise((r) => setTimeout(r, 150));
    const expired = await observe(expiring.id, expiring.linkProof);

    const burning = await shareText(base, 'burns');
    expect((await postJson(`${base}/api/secrets/${burning.id}/reveal`, { linkProof: burning.linkProof })).status).toBe(
      200,
    );
    const burned = await observe(burning.id, burning.linkProof);

    const revoking = await shareText(base, 'revoked');
    expect((await revokeSecretOnServer(base, revoking.id, revoking.manageToken)).kind).toBe('revoked');
    const revoked = await observe(revoking.id, revoking.linkProof);

    const intact = await shareText(base, 'wrong proof');
    const wrongProof = await observe(intact.id, newProof());

    expect(missing.reveal.status).toBe(404);
    expect(missing.peek.status).toBe(404);
    for (const other of [expired, burned, revoked, wrongProof]) {
      expect(other.reveal).toEqual(missing.reveal);
      expect(other.peek).toEqual(missing.peek);
    }
  });
});
