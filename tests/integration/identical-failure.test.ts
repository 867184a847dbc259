import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createSecretOnServer, revokeSecretOnServer } from '@/lib/client/sender-api';
import { linkCredentials, parseLinkFragment, sealSecret } from '@/lib/crypto';
import { secretKey } from '@/lib/redis/keys';
import { TWO_PART_STREAM_BYTES, newId, newProof, verifierOf } from '../support/secrets';
import { postJson, shareText } from '../support/client';
import { commitHttp, createWithFiles, getPartHttp, putPartHttp, revealWithLease, shareFiles } from '../support/files';

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
    await redis.pexpire(secretKey(inject('keyPrefix'), expiring.id, 'secret'), 50);
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

describe('failure responses of the file calls', () => {
  const strip = async (r: Response): Promise<Seen> => ({
    status: r.status,
    body: await r.text(),
    headers: [...r.headers.entries()].filter(([name]) => name !== 'date').sort(),
  });

  it('are identical for part downloads of missing, revoked and burned secrets and wrong or expired leases', async () => {
    const missing = await strip(await getPartHttp(base, newId(), 0, newProof()));

    const intact = await shareFiles(base, TWO_PART_STREAM_BYTES, 3);
    const wrongLease = await strip(await getPartHttp(base, intact.id, 0, newProof()));

    const expiring = await revealWithLease(base, intact.id, intact.linkProof);
    const leases = secretKey(inject('keyPrefix'), intact.id, 'leases');
    await redis.hset(leases, verifierOf(expiring.lease), String(Date.now() - 1));
    const expiredLease = await strip(await getPartHttp(base, intact.id, 0, expiring.lease));

    const revoking = await shareFiles(base, TWO_PART_STREAM_BYTES, 2);
    const holder = await revealWithLease(base, revoking.id, revoking.linkProof);
    expect((await getPartHttp(base, revoking.id, 0, holder.lease)).status).toBe(200);
    expect((await revokeSecretOnServer(base, revoking.id, revoking.manageToken)).kind).toBe('revoked');
    const revoked = await strip(await getPartHttp(base, revoking.id, 0, holder.lease));

    const burning = await shareFiles(base);
    expect((await revealWithLease(base, burning.id, burning.linkProof)).response.status).toBe(200);
    const late = await revealWithLease(base, burning.id, burning.linkProof);
    expect(late.response.status).toBe(404);
    const burned = await strip(await getPartHttp(base, burning.id, 0, late.lease));

    expect(missing.status).toBe(404);
    for (const other of [wrongLease, expiredLease, revoked, burned]) expect(other).toEqual(missing);
  });

  it('are identical for uploads and commits with a wrong manage token and for a missing secret', async () => {
    const pending = await createWithFiles(base);
    const part = pending.parts[1]!;
    const missingPut = await strip(await putPartHttp(base, newId(), 1, newProof(), part));
    const wrongPut = await strip(await putPartHttp(base, pending.id, 1, newProof(), part));
    const missingCommit = await strip(await commitHttp(base, newId(), newProof()));
    const wrongCommit = await strip(await commitHttp(base, pending.id, newProof()));
    expect(missingPut.status).toBe(404);
    expect(wrongPut).toEqual(missingPut);
    expect(wrongCommit).toEqual(missingCommit);
    expect(missingCommit).toEqual(missingPut);
  });

  it('hold for the ending call too: only the link holder of a secret with a receipt learns how it ended', async () => {
    const strip = (h: Headers) => [...h.entries()].filter(([name]) => name !== 'date').sort();
    const ending = async (id: string, linkProof: string) => {
      const res = await fetch(`${base}/api/secrets/${id}/ending`, {
        headers: { Authorization: `Bearer ${linkProof}` },
      });
      return { status: res.status, body: await res.text(), headers: strip(res.headers) };
    };
    const reveal = (s: { id: string; linkProof: string }) =>
      postJson(`${base}/api/secrets/${s.id}/reveal`, { linkProof: s.linkProof });
    const missing = (await observe(newId(), newProof())).peek;

    const burned = await shareText(base, 'burns');
    expect((await reveal(burned)).status).toBe(200);
    const active = await shareText(base, 'still opens');
    // A secret shared without a manage token keeps no receipt, so no tombstone either.
    const { fragment, sealed } = await sealSecret({ kind: 'text', text: 'no receipt' });
    const created = await createSecretOnServer(base, { ...sealed, manageVerifier: null, ttlSeconds: 300, maxViews: 1 });
    expect(created.kind).toBe('created');
    const parsed = parseLinkFragment(fragment);
    if (!parsed.ok) throw new Error('the fresh link does not parse');
    const noReceipt = { id: sealed.id, linkProof: linkCredentials(parsed.key).linkProof };
    expect((await reveal(noReceipt)).status).toBe(200);

    for (const seen of [
      await ending(newId(), newProof()),
      await ending(burned.id, newProof()),
      await ending(burned.id, burned.manageToken),
      await ending(active.id, active.linkProof),
      await ending(noReceipt.id, noReceipt.linkProof),
    ]) {
      expect(seen).toEqual(missing);
    }

    const right = await ending(burned.id, burned.linkProof);
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body)).toMatchObject({ ending: 'viewed' });
  });
});
