import { describe, expect, it } from 'vitest';
import type { SecretStore } from '@/lib/store';
import { PART_BYTES } from '@/lib/protocol/v1';
import { fileFixture, newProof, secretFixture, verifierOf, type SecretFixture } from '../support/secrets';

/**
 * The file part of the store contract (docs/protocol.md §Parts): pending
 * uploads, commits, leases. Called from describeStoreContract for every store.
 * @param stores - returns the store instances of the backend under test (shared)
 */
export function describeFileContract(stores: () => SecretStore[]): void {
  describe('files', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const manage = (f: SecretFixture) => verifierOf(f.manageToken);
    const claim = (f: SecretFixture, leaseVerifier: string | null, passwordVerifier = f.passwordVerifier) => ({
      linkVerifier: f.linkVerifier,
      passwordVerifier,
      leaseVerifier,
    });

    /** Creates, uploads every part and commits. */
    async function shared(overrides: Parameters<typeof fileFixture>[0] = {}) {
      const store = stores()[0]!;
      const f = fileFixture(overrides);
      const put = await store.putSecret(f.secret);
      if (put.kind !== 'created') throw new Error('fixture: not created');
      for (const [i, part] of f.parts.entries())
        expect(await store.putPart(f.secret.id, manage(f), i, part)).toBe('stored');
      const committed = await store.commitUpload(f.secret.id, manage(f));
      expect(committed).toEqual({ kind: 'committed', expiresAt: put.expiresAt });
      return { ...f, put };
    }

    it('keeps a pending secret invisible to peek and claim until its upload is committed', async () => {
      const store = stores()[0]!;
      const f = fileFixture();
      const put = await store.putSecret(f.secret);
      expect(put).toMatchObject({ kind: 'created' });
      if (put.kind !== 'created') return;
      expect(put.uploadExpiresAt!.getTime()).toBeLessThanOrEqual(put.expiresAt.getTime());
      expect(Math.abs(put.uploadExpiresAt!.getTime() - (Date.now() + 300_000))).toBeLessThan(5000);
      for (const [i, part] of f.parts.entries()) await store.putPart(f.secret.id, manage(f), i, part);
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
      expect(await store.claimSecret(f.secret.id, claim(f, verifierOf(newProof())))).toEqual({ kind: 'missing' });
      expect(await store.claimSecret(f.secret.id, claim(f, null))).toEqual({ kind: 'missing' });
      expect((await store.commitUpload(f.secret.id, manage(f))).kind).toBe('committed');
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toEqual({
        viewsLeft: 1,
        expiresAt: put.expiresAt,
        kdf: null,
        streamBytes: f.secret.streamBytes,
      });
    });

    it('stores parts idempotently and refuses an index out of range, a wrong length or a wrong token', async () => {
      const store = stores()[0]!;
      const f = fileFixture();
      await store.putSecret(f.secret);
      const [first, last] = f.parts as [Buffer, Buffer];
      expect(await store.putPart(f.secret.id, manage(f), 0, first)).toBe('stored');
      expect(await store.putPart(f.secret.id, manage(f), 0, first)).toBe('stored');
      expect(await store.putPart(f.secret.id, manage(f), 2, last)).toBe('bad_index');
      expect(await store.putPart(f.secret.id, manage(f), -1, last)).toBe('bad_index');
      expect(await store.putPart(f.secret.id, manage(f), 1, first)).toBe('bad_length');
      expect(await store.putPart(f.secret.id, manage(f), 0, last)).toBe('bad_length');
      expect(await store.putPart(f.secret.id, manage(f), 1, last.subarray(1))).toBe('bad_length');
      expect(await store.putPart(f.secret.id, verifierOf(newProof()), 1, last)).toBe('missing');
      expect(await store.putPart(f.secret.id, f.linkVerifier, 1, last)).toBe('missing');
      const text = secretFixture();
      await store.putSecret(text.secret);
      expect(await store.putPart(text.secret.id, manage(text), 0, Buffer.alloc(PART_BYTES))).toBe('missing');
      expect(await store.commitUpload(text.secret.id, manage(text))).toEqual({ kind: 'missing' });
      // The overwrite with other bytes wins, byte for byte (binary-safe, including zero bytes).
      const other = Buffer.alloc(first.length, 0);
      other[7] = 0xff;
      expect(await store.putPart(f.secret.id, manage(f), 0, other)).toBe('stored');
      await store.putPart(f.secret.id, manage(f), 1, last);
      await store.commitUpload(f.secret.id, manage(f));
      const lease = newProof();
      await store.claimSecret(f.secret.id, claim(f, verifierOf(lease)));
      expect(Buffer.from((await store.readPart(f.secret.id, verifierOf(lease), 0))!).equals(other)).toBe(true);
    });

    it('commits only a complete upload, listing the missing parts, and then twice alike', async () => {
      const store = stores()[0]!;
      const f = fileFixture();
      const put = await store.putSecret(f.secret);
      expect(await store.commitUpload(f.secret.id, manage(f))).toEqual({ kind: 'incomplete', missing: [0, 1] });
      await store.putPart(f.secret.id, manage(f), 1, f.parts[1]!);
      expect(await store.commitUpload(f.secret.id, manage(f))).toEqual({ kind: 'incomplete', missing: [0] });
      expect(await store.commitUpload(f.secret.id, verifierOf(newProof()))).toEqual({ kind: 'missing' });
      await store.putPart(f.secret.id, manage(f), 0, f.parts[0]!);
      const expiresAt = put.kind === 'created' ? put.expiresAt : null;
      expect(await store.commitUpload(f.secret.id, manage(f))).toEqual({ kind: 'committed', expiresAt });
      expect(await store.commitUpload(f.secret.id, manage(f))).toEqual({ kind: 'committed', expiresAt });
      expect(await store.putPart(f.secret.id, manage(f), 0, f.parts[0]!)).toBe('committed');
      expect((await store.secretStatus(f.secret.id, manage(f)))?.state).toBe('active');
    });

    it('answers lease_required to a reveal without a lease, and counts nothing', async () => {
      const store = stores()[0]!;
      const f = await shared({ password: true, maxAttempts: 2 });
      for (let i = 0; i < 3; i++) {
        expect(await store.claimSecret(f.secret.id, claim(f, null))).toEqual({ kind: 'lease_required' });
        expect(await store.claimSecret(f.secret.id, claim(f, null, verifierOf(newProof())))).toEqual({
          kind: 'lease_required',
        });
      }
      expect((await store.peekSecret(f.secret.id, f.linkVerifier))?.viewsLeft).toBe(1);
      expect(await store.secretStatus(f.secret.id, manage(f))).toMatchObject({ viewsUsed: 0, failedAttempts: 0 });
      expect((await store.claimSecret(f.secret.id, claim(f, verifierOf(newProof())))).kind).toBe('released');
    });

    it('lets the lease holder read every part, as often as needed, and nobody else', async () => {
      const store = stores()[0]!;
      const f = await shared({ maxViews: 2, ttlSeconds: 3600 });
      const lease = newProof();
      const released = await store.claimSecret(f.secret.id, claim(f, verifierOf(lease)));
      expect(released).toMatchObject({ kind: 'released', viewsLeft: 1, streamBytes: f.secret.streamBytes });
      if (released.kind !== 'released') return;
      expect(Math.abs(released.leaseExpiresAt!.getTime() - (Date.now() + 600_000))).toBeLessThan(5000);
      for (let round = 0; round < 2; round++) {
        for (const [i, part] of f.parts.entries()) {
          expect(Buffer.from((await store.readPart(f.secret.id, verifierOf(lease), i))!).equals(part)).toBe(true);
        }
      }
      expect(await store.readPart(f.secret.id, verifierOf(lease), 2)).toBeNull();
      for (const other of [verifierOf(newProof()), lease, f.linkVerifier, manage(f)]) {
        expect(await store.readPart(f.secret.id, other, 0)).toBeNull();
      }
      expect((await store.peekSecret(f.secret.id, f.linkVerifier))?.viewsLeft).toBe(1);
    });

    it('keeps the parts after the last view for the lease holders only', async () => {
      const store = stores()[0]!;
      const f = await shared({ maxViews: 2 });
      const [a, b, late] = [newProof(), newProof(), newProof()];
      expect((await store.claimSecret(f.secret.id, claim(f, verifierOf(a)))).kind).toBe('released');
      expect(await store.claimSecret(f.secret.id, claim(f, verifierOf(b)))).toMatchObject({ viewsLeft: 0 });
      expect(await store.claimSecret(f.secret.id, claim(f, verifierOf(late)))).toEqual({ kind: 'missing' });
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
      for (const holder of [a, b]) {
        expect(Buffer.from((await store.readPart(f.secret.id, verifierOf(holder), 1))!).equals(f.parts[1]!)).toBe(true);
      }
      expect(await store.readPart(f.secret.id, verifierOf(late), 0)).toBeNull();
      expect((await store.secretStatus(f.secret.id, manage(f)))?.state).toBe('viewed');
    });

    it('ends a lease at its time, and never lets it outlive the secret', async () => {
      const store = stores()[0]!;
      const f = await shared({ leaseSeconds: 1, maxViews: 2 });
      const lease = newProof();
      await store.claimSecret(f.secret.id, claim(f, verifierOf(lease)));
      expect(await store.readPart(f.secret.id, verifierOf(lease), 0)).not.toBeNull();
      await sleep(1100);
      expect(await store.readPart(f.secret.id, verifierOf(lease), 0)).toBeNull();

      const short = await shared({ ttlSeconds: 2, leaseSeconds: 600 });
      const capped = await store.claimSecret(short.secret.id, claim(short, verifierOf(newProof())));
      expect(capped.kind === 'released' && capped.leaseExpiresAt).toEqual(short.put.expiresAt);
    });

    it('deletes the parts and leases on revoke and on password lock-out', async () => {
      const store = stores()[0]!;
      const revoked = await shared({ maxViews: 2 });
      const lease = newProof();
      await store.claimSecret(revoked.secret.id, claim(revoked, verifierOf(lease)));
      expect(await store.revokeSecret(revoked.secret.id, manage(revoked))).toBe(true);
      expect(await store.readPart(revoked.secret.id, verifierOf(lease), 0)).toBeNull();

      const locked = await shared({ maxViews: 2, password: true, maxAttempts: 2 });
      const holder = newProof();
      expect((await store.claimSecret(locked.secret.id, claim(locked, verifierOf(holder)))).kind).toBe('released');
      for (let i = 0; i < 2; i++) {
        await store.claimSecret(locked.secret.id, claim(locked, verifierOf(newProof()), verifierOf(newProof())));
      }
      expect((await store.secretStatus(locked.secret.id, manage(locked)))?.state).toBe('locked');
      expect(await store.readPart(locked.secret.id, verifierOf(holder), 0)).toBeNull();

      const pending = fileFixture();
      await store.putSecret(pending.secret);
      await store.putPart(pending.secret.id, manage(pending), 0, pending.parts[0]!);
      expect(await store.revokeSecret(pending.secret.id, manage(pending))).toBe(true);
      expect(await store.commitUpload(pending.secret.id, manage(pending))).toEqual({ kind: 'missing' });
      expect(await store.putPart(pending.secret.id, manage(pending), 1, pending.parts[1]!)).toBe('missing');
    });

    it('forgets an abandoned upload, receipt included, after the upload window', async () => {
      const store = stores()[0]!;
      const f = fileFixture({ uploadWindowSeconds: 1 });
      const put = await store.putSecret(f.secret);
      expect(put.kind === 'created' && put.uploadExpiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(1000);
      await store.putPart(f.secret.id, manage(f), 0, f.parts[0]!);
      await sleep(1200);
      expect(await store.putPart(f.secret.id, manage(f), 1, f.parts[1]!)).toBe('missing');
      expect(await store.commitUpload(f.secret.id, manage(f))).toEqual({ kind: 'missing' });
      expect(await store.secretStatus(f.secret.id, manage(f))).toBeNull();
    });

    it('lets exactly one of 50 concurrent reveals of a view-once file secret read its parts', async () => {
      const instances = stores();
      const f = await shared();
      const leases = Array.from({ length: 50 }, () => newProof());
      const results = await Promise.all(
        leases.map((lease, i) =>
          instances[i % instances.length]!.claimSecret(f.secret.id, claim(f, verifierOf(lease))),
        ),
      );
      expect(results.filter((r) => r.kind === 'released')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'missing')).toHaveLength(49);
      const winner = results.findIndex((r) => r.kind === 'released');
      const reads = await Promise.all(
        leases.flatMap((lease, i) =>
          f.parts.map(async (part, n) => {
            const read = await instances[(i + n) % instances.length]!.readPart(f.secret.id, verifierOf(lease), n);
            return { i, ok: read !== null && Buffer.from(read).equals(part) };
          }),
        ),
      );
      expect(reads.filter((r) => r.ok).map((r) => r.i)).toEqual(f.parts.map(() => winner));
    });
  });
}
