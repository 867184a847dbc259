import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimResult, SecretStore } from '@/lib/store';
import { secretFixture, verifierOf, newProof } from '../support/secrets';
import { describeFileContract } from './store-contract-files';
import { describeNotifyContract } from './store-contract-notify';
import { describeRequestContract } from './store-contract-requests';

/**
 * The store contract (lib/store/types.ts), run against every implementation.
 * @param makeStores - returns `count` stores sharing one backend (several app instances)
 */
export function describeStoreContract(name: string, makeStores: (count: number) => Promise<SecretStore[]>): void {
  describe(`${name} store contract`, () => {
    let store: SecretStore;
    let instances: SecretStore[];

    beforeAll(async () => {
      instances = await makeStores(4);
      store = instances[0]!;
    });
    afterAll(async () => {
      for (const s of instances) await s.close();
    });

    /** A release of a secret without files. */
    const released = (f: ReturnType<typeof secretFixture>) => ({
      kind: 'released',
      envelope: f.secret.envelope,
      streamBytes: null,
      leaseExpiresAt: null,
    });
    const kinds = (results: ClaimResult[]) => results.map((r) => r.kind);
    const count = (results: ClaimResult[], kind: ClaimResult['kind']) =>
      kinds(results).filter((k) => k === kind).length;

    it('stores a secret and lets the link holder peek without consuming it', async () => {
      const f = secretFixture({ maxViews: 2, ttlSeconds: 3600 });
      const put = await store.putSecret(f.secret);
      expect(put.kind).toBe('created');
      if (put.kind !== 'created') return;
      expect(Math.abs(put.expiresAt.getTime() - (Date.now() + 3600_000))).toBeLessThan(5000);
      for (let i = 0; i < 3; i++) {
        const meta = await store.peekSecret(f.secret.id, f.linkVerifier);
        expect(meta).toEqual({ viewsLeft: 2, expiresAt: put.expiresAt, kdf: null, streamBytes: null });
      }
    });

    it('refuses to overwrite an existing id and keeps the original', async () => {
      const f = secretFixture();
      await store.putSecret(f.secret);
      const other = secretFixture({ id: f.secret.id });
      expect(await store.putSecret(other.secret)).toEqual({ kind: 'exists' });
      expect(await store.peekSecret(f.secret.id, other.linkVerifier)).toBeNull();
      const claim = await store.claimSecret(f.secret.id, {
        linkVerifier: f.linkVerifier,
        passwordVerifier: null,
        leaseVerifier: null,
      });
      expect(claim).toEqual({ ...released(f), viewsLeft: 0 });
    });

    it('releases a view-once secret once, then forgets it', async () => {
      const f = secretFixture();
      await store.putSecret(f.secret);
      const claim = { linkVerifier: f.linkVerifier, passwordVerifier: null, leaseVerifier: null };
      expect(await store.claimSecret(f.secret.id, claim)).toEqual({ ...released(f), viewsLeft: 0 });
      expect(await store.claimSecret(f.secret.id, claim)).toEqual({ kind: 'missing' });
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
    });

    it('counts views down and deletes with the last one', async () => {
      const f = secretFixture({ maxViews: 3 });
      await store.putSecret(f.secret);
      const claim = { linkVerifier: f.linkVerifier, passwordVerifier: null, leaseVerifier: null };
      const left: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await store.claimSecret(f.secret.id, claim);
        left.push(r.kind === 'released' ? r.viewsLeft : -1);
      }
      expect(left).toEqual([2, 1, 0, -1]);
    });

    it('treats a wrong link verifier exactly like a missing secret and counts nothing', async () => {
      const f = secretFixture();
      await store.putSecret(f.secret);
      const wrong = verifierOf(newProof());
      for (let i = 0; i < 10; i++) {
        expect(
          await store.claimSecret(f.secret.id, { linkVerifier: wrong, passwordVerifier: null, leaseVerifier: null }),
        ).toEqual({
          kind: 'missing',
        });
      }
      expect(await store.peekSecret(f.secret.id, wrong)).toBeNull();
      expect((await store.peekSecret(f.secret.id, f.linkVerifier))?.viewsLeft).toBe(1);
    });

    it('expires a secret after its time to live', async () => {
      const f = secretFixture({ ttlSeconds: 1, maxViews: 5 });
      await store.putSecret(f.secret);
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).not.toBeNull();
      await new Promise((r) => setTimeout(r, 1200));
      expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
      expect(
        await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: null,
          leaseVerifier: null,
        }),
      ).toEqual({
        kind: 'missing',
      });
    });

    it('lets exactly one of 50 concurrent readers see a view-once secret', async () => {
      const f = secretFixture();
      await store.putSecret(f.secret);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          instances[i % instances.length]!.claimSecret(f.secret.id, {
            linkVerifier: f.linkVerifier,
            passwordVerifier: null,
            leaseVerifier: null,
          }),
        ),
      );
      expect(count(results, 'released')).toBe(1);
      expect(count(results, 'missing')).toBe(49);
    });

    it('lets exactly three of 50 concurrent readers see a 3-view secret', async () => {
      const f = secretFixture({ maxViews: 3 });
      await store.putSecret(f.secret);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          instances[i % instances.length]!.claimSecret(f.secret.id, {
            linkVerifier: f.linkVerifier,
            passwordVerifier: null,
            leaseVerifier: null,
          }),
        ),
      );
      expect(count(results, 'released')).toBe(3);
      const left = results.flatMap((r) => (r.kind === 'released' ? [r.viewsLeft] : [])).sort();
      expect(left).toEqual([0, 1, 2]);
    });

    describe('with a password', () => {
      it('does not consume a view on a wrong password, and releases on the right one', async () => {
        const f = secretFixture({ password: true });
        await store.putSecret(f.secret);
        const wrong = await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: verifierOf(newProof()),
          leaseVerifier: null,
        });
        expect(wrong).toEqual({ kind: 'wrong_password', attemptsLeft: 4 });
        const missingProof = await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: null,
          leaseVerifier: null,
        });
        expect(missingProof).toEqual({ kind: 'wrong_password', attemptsLeft: 3 });
        const right = await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: f.passwordVerifier,
          leaseVerifier: null,
        });
        expect(right).toEqual({ ...released(f), viewsLeft: 0 });
      });

      it('destroys the secret when the attempts run out', async () => {
        const f = secretFixture({ password: true, maxAttempts: 3 });
        await store.putSecret(f.secret);
        const left: number[] = [];
        for (let i = 0; i < 3; i++) {
          const r = await store.claimSecret(f.secret.id, {
            linkVerifier: f.linkVerifier,
            passwordVerifier: verifierOf(newProof()),
            leaseVerifier: null,
          });
          left.push(r.kind === 'wrong_password' ? r.attemptsLeft : -1);
        }
        expect(left).toEqual([2, 1, 0]);
        const late = await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: f.passwordVerifier,
          leaseVerifier: null,
        });
        expect(late).toEqual({ kind: 'missing' });
      });

      it('never lets a wrong link verifier use up attempts', async () => {
        const f = secretFixture({ password: true, maxAttempts: 2 });
        await store.putSecret(f.secret);
        for (let i = 0; i < 5; i++) {
          const r = await store.claimSecret(f.secret.id, {
            linkVerifier: verifierOf(newProof()),
            passwordVerifier: verifierOf(newProof()),
            leaseVerifier: null,
          });
          expect(r).toEqual({ kind: 'missing' });
        }
        const right = await store.claimSecret(f.secret.id, {
          linkVerifier: f.linkVerifier,
          passwordVerifier: f.passwordVerifier,
          leaseVerifier: null,
        });
        expect(right.kind).toBe('released');
      });

      it('caps 50 concurrent wrong guesses at the attempt limit and never releases', async () => {
        const f = secretFixture({ password: true, maxAttempts: 5 });
        await store.putSecret(f.secret);
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            instances[i % instances.length]!.claimSecret(f.secret.id, {
              linkVerifier: f.linkVerifier,
              passwordVerifier: verifierOf(newProof()),
              leaseVerifier: null,
            }),
          ),
        );
        expect(count(results, 'released')).toBe(0);
        expect(count(results, 'wrong_password')).toBe(5);
        const attempts = results.flatMap((r) => (r.kind === 'wrong_password' ? [r.attemptsLeft] : [])).sort();
        expect(attempts).toEqual([0, 1, 2, 3, 4]);
        expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
      });

      it('peeks the KDF metadata the sender stored', async () => {
        const f = secretFixture({ password: true });
        await store.putSecret(f.secret);
        expect((await store.peekSecret(f.secret.id, f.linkVerifier))?.kdf).toEqual(f.secret.kdf);
      });
    });

    describe('receipts, status and revoke', () => {
      const claimOf = (f: ReturnType<typeof secretFixture>) => ({
        linkVerifier: f.linkVerifier,
        passwordVerifier: f.passwordVerifier,
        leaseVerifier: null,
      });
      const manage = (f: ReturnType<typeof secretFixture>) => verifierOf(f.manageToken);

      it('reports each view with its time, then "viewed" after the last', async () => {
        const f = secretFixture({ maxViews: 2 });
        await store.putSecret(f.secret);
        const before = await store.secretStatus(f.secret.id, manage(f));
        expect(before).toMatchObject({ state: 'active', maxViews: 2, viewsUsed: 0, viewedAt: [], endedAt: null });
        expect(before?.hasPassword).toBe(false);
        await store.claimSecret(f.secret.id, claimOf(f));
        const middle = await store.secretStatus(f.secret.id, manage(f));
        expect(middle).toMatchObject({ state: 'active', viewsUsed: 1 });
        expect(Math.abs(middle!.viewedAt[0]!.getTime() - Date.now())).toBeLessThan(5000);
        await store.claimSecret(f.secret.id, claimOf(f));
        const after = await store.secretStatus(f.secret.id, manage(f));
        expect(after).toMatchObject({ state: 'viewed', viewsUsed: 2 });
        expect(after?.viewedAt).toHaveLength(2);
        expect(after?.endedAt).toEqual(after?.viewedAt[1]);
      });

      it('answers a wrong manage token like a missing secret, and it changes nothing', async () => {
        const f = secretFixture();
        await store.putSecret(f.secret);
        const wrong = verifierOf(newProof());
        expect(await store.secretStatus(f.secret.id, wrong)).toBeNull();
        expect(await store.revokeSecret(f.secret.id, wrong)).toBe(false);
        expect(await store.revokeSecret(f.secret.id, f.linkVerifier)).toBe(false);
        expect((await store.claimSecret(f.secret.id, claimOf(f))).kind).toBe('released');
      });

      it('revokes at once: later reveals find nothing and the receipt says "revoked"', async () => {
        const f = secretFixture({ maxViews: 3 });
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, claimOf(f));
        expect(await store.revokeSecret(f.secret.id, manage(f))).toBe(true);
        expect(await store.claimSecret(f.secret.id, claimOf(f))).toEqual({ kind: 'missing' });
        expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
        const receipt = await store.secretStatus(f.secret.id, manage(f));
        expect(receipt).toMatchObject({ state: 'revoked', viewsUsed: 1 });
        expect(await store.revokeSecret(f.secret.id, manage(f))).toBe(true);
        expect((await store.secretStatus(f.secret.id, manage(f)))?.state).toBe('revoked');
      });

      it('never releases after a concurrent revoke succeeded', async () => {
        for (let round = 0; round < 5; round++) {
          const f = secretFixture({ maxViews: 10 });
          await store.putSecret(f.secret);
          const claims = Array.from({ length: 20 }, (_, i) =>
            instances[i % instances.length]!.claimSecret(f.secret.id, claimOf(f)),
          );
          const revoked = instances[round % instances.length]!.revokeSecret(f.secret.id, manage(f));
          const results = await Promise.all(claims);
          expect(await revoked).toBe(true);
          const released = results.filter((r) => r.kind === 'released').length;
          const receipt = await store.secretStatus(f.secret.id, manage(f));
          expect(receipt?.viewsUsed).toBe(released);
          expect(released).toBeLessThanOrEqual(10);
          expect(await store.claimSecret(f.secret.id, claimOf(f))).toEqual({ kind: 'missing' });
        }
      });

      it('marks a secret destroyed by wrong passwords as "locked" and counts the failures', async () => {
        const f = secretFixture({ password: true, maxAttempts: 2 });
        await store.putSecret(f.secret);
        for (let i = 0; i < 2; i++) {
          await store.claimSecret(f.secret.id, {
            linkVerifier: f.linkVerifier,
            passwordVerifier: verifierOf(newProof()),
            leaseVerifier: null,
          });
        }
        expect(await store.secretStatus(f.secret.id, manage(f))).toMatchObject({
          state: 'locked',
          failedAttempts: 2,
          viewsUsed: 0,
          hasPassword: true,
        });
      });

      it('says "expired" after the expiry, and forgets the receipt after its retention', async () => {
        const f = secretFixture({ ttlSeconds: 1, receiptTtlSeconds: 1 });
        await store.putSecret(f.secret);
        await new Promise((r) => setTimeout(r, 1100));
        const receipt = await store.secretStatus(f.secret.id, manage(f));
        expect(receipt?.state).toBe('expired');
        expect(receipt?.endedAt).toEqual(receipt?.expiresAt);
        await new Promise((r) => setTimeout(r, 1100));
        expect(await store.secretStatus(f.secret.id, manage(f))).toBeNull();
      });

      it('keeps no receipt without a manage verifier', async () => {
        const f = secretFixture({ manageVerifier: null });
        await store.putSecret(f.secret);
        expect(await store.secretStatus(f.secret.id, manage(f))).toBeNull();
        expect(await store.revokeSecret(f.secret.id, manage(f))).toBe(false);
      });

      it('refuses a new secret under the id of a burned one whose receipt is kept', async () => {
        const f = secretFixture();
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, claimOf(f));
        const again = secretFixture({ id: f.secret.id });
        expect(await store.putSecret(again.secret)).toEqual({ kind: 'exists' });
        expect((await store.secretStatus(f.secret.id, manage(f)))?.state).toBe('viewed');
      });
    });

    describe('endings (the tombstone the link holder reads)', () => {
      const claimOf = (f: ReturnType<typeof secretFixture>, password: string | null = null) => ({
        linkVerifier: f.linkVerifier,
        passwordVerifier: password,
        leaseVerifier: null,
      });
      const near = (at: Date | undefined) => Math.abs((at?.getTime() ?? 0) - Date.now()) < 10_000;

      it('says nothing while the secret still opens, and nothing for a wrong or a manage verifier', async () => {
        const f = secretFixture({ maxViews: 2 });
        await store.putSecret(f.secret);
        expect(await store.secretEnding(f.secret.id, f.linkVerifier)).toBeNull();
        await store.claimSecret(f.secret.id, claimOf(f));
        expect(await store.secretEnding(f.secret.id, f.linkVerifier)).toBeNull();
        await store.claimSecret(f.secret.id, claimOf(f));
        expect(await store.secretEnding(f.secret.id, verifierOf(newProof()))).toBeNull();
        expect(await store.secretEnding(f.secret.id, verifierOf(f.manageToken))).toBeNull();
        expect(await store.secretEnding(secretFixture().secret.id, f.linkVerifier)).toBeNull();
      });

      it('tells the link holder that every view was used, on every instance', async () => {
        const f = secretFixture();
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, claimOf(f));
        for (const s of instances) {
          const ending = await s.secretEnding(f.secret.id, f.linkVerifier);
          expect(ending?.ending).toBe('viewed');
          expect(near(ending?.endedAt)).toBe(true);
        }
        // Peek and claim still say nothing but "missing": the ending is a separate question.
        expect(await store.peekSecret(f.secret.id, f.linkVerifier)).toBeNull();
        expect(await store.claimSecret(f.secret.id, claimOf(f))).toEqual({ kind: 'missing' });
      });

      it('tells the link holder that the sender revoked it', async () => {
        const f = secretFixture({ maxViews: 3 });
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, claimOf(f));
        expect(await store.revokeSecret(f.secret.id, verifierOf(f.manageToken))).toBe(true);
        const ending = await store.secretEnding(f.secret.id, f.linkVerifier);
        expect(ending?.ending).toBe('revoked');
        expect(near(ending?.endedAt)).toBe(true);
      });

      it('tells the link holder that wrong passwords destroyed it', async () => {
        const f = secretFixture({ password: true, maxAttempts: 2 });
        await store.putSecret(f.secret);
        for (let i = 0; i < 2; i++) await store.claimSecret(f.secret.id, claimOf(f, verifierOf(newProof())));
        expect((await store.secretEnding(f.secret.id, f.linkVerifier))?.ending).toBe('locked');
      });

      it('tells the link holder that it expired, until the receipt itself is gone', async () => {
        const f = secretFixture({ ttlSeconds: 1, receiptTtlSeconds: 1 });
        const put = await store.putSecret(f.secret);
        await new Promise((r) => setTimeout(r, 1100));
        const ending = await store.secretEnding(f.secret.id, f.linkVerifier);
        expect(ending?.ending).toBe('expired');
        expect(ending?.endedAt).toEqual(put.kind === 'created' ? put.expiresAt : null);
        await new Promise((r) => setTimeout(r, 1100));
        expect(await store.secretEnding(f.secret.id, f.linkVerifier)).toBeNull();
      });

      it('keeps no tombstone without a receipt', async () => {
        const f = secretFixture({ manageVerifier: null });
        await store.putSecret(f.secret);
        await store.claimSecret(f.secret.id, claimOf(f));
        expect(await store.secretEnding(f.secret.id, f.linkVerifier)).toBeNull();
      });
    });

    describeFileContract(() => instances);
    describeRequestContract(() => instances);
    describeNotifyContract(() => instances);

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
