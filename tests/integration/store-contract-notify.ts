import { describe, expect, it } from 'vitest';
import type { NotifyBatch, SecretStore } from '@/lib/store';
import { newProof, secretFixture, verifierOf } from '../support/secrets';
import { fileAnswer, requestFixture, textAnswer } from './store-contract-requests';

/*
 * The notification contract (lib/store/notify-types.ts), run against every store by
 * describeStoreContract: events are written by the state change itself, leased to one
 * taker at a time, retried, dead-lettered, and "expired unopened" comes from the deadline.
 * A request that asked gets one "answered", written by the step that accepts its answer, or one
 * "expired_unanswered" once its deadline passed open.
 */

const LEASE_MS = 60_000;
const DESTINATION = '{"k":"webhook","u":"https://hooks.example/x"}';

function notifying(overrides: Parameters<typeof secretFixture>[0] = {}) {
  return secretFixture({ notify: { destination: DESTINATION, reference: 'AbC123' }, ...overrides });
}

const typesOf = (batch: NotifyBatch | null) => batch?.events.map((e) => e.type) ?? [];

export function describeNotifyContract(stores: () => SecretStore[]): void {
  describe('notifications', () => {
    const claim = (store: SecretStore, f: ReturnType<typeof secretFixture>, passwordVerifier: string | null = null) =>
      store.claimSecret(f.secret.id, { linkVerifier: f.linkVerifier, passwordVerifier, leaseVerifier: null });

    it('writes no event and watches nothing for a secret that did not ask', async () => {
      const [store] = stores();
      const f = secretFixture({ maxViews: 2 });
      await store!.putSecret(f.secret);
      await claim(store!, f);
      expect(await store!.watchedNotifications()).not.toContain(f.secret.id);
      expect(await store!.takeNotifications(f.secret.id, LEASE_MS)).toBeNull();
    });

    it('writes "opened" with the views left, then "last view", in the claims themselves', async () => {
      const [store] = stores();
      const f = notifying({ maxViews: 2 });
      await store!.putSecret(f.secret);
      expect(await store!.watchedNotifications()).toContain(f.secret.id);
      const before = await store!.takeNotifications(f.secret.id, LEASE_MS);
      expect(before).toMatchObject({ destination: DESTINATION, reference: 'AbC123', events: [], final: false });
      await claim(store!, f);
      await claim(store!, f);
      const batch = await store!.takeNotifications(f.secret.id, LEASE_MS);
      expect(batch?.events.map(({ type, viewsLeft, attempts }) => ({ type, viewsLeft, attempts }))).toEqual([
        { type: 'opened', viewsLeft: 1, attempts: 1 },
        { type: 'last_view', viewsLeft: 0, attempts: 1 },
      ]);
      expect(batch).toMatchObject({ final: true, pending: 2 });
      for (const e of batch!.events) expect(Math.abs(e.at.getTime() - Date.now())).toBeLessThan(60_000);
      // Leased: nobody takes them again until the lease runs out or they are settled.
      expect(typesOf(await store!.takeNotifications(f.secret.id, LEASE_MS))).toEqual([]);
      for (const e of batch!.events) await store!.settleNotification(f.secret.id, e.seq, { kind: 'delivered' });
      expect(await store!.takeNotifications(f.secret.id, LEASE_MS)).toMatchObject({ pending: 0, final: true });
      await store!.unwatchNotifications(f.secret.id);
      expect(await store!.watchedNotifications()).not.toContain(f.secret.id);
    });

    it('never shows the destination in the receipt', async () => {
      const [store] = stores();
      const f = notifying();
      await store!.putSecret(f.secret);
      const receipt = await store!.secretStatus(f.secret.id, verifierOf(f.manageToken));
      expect(JSON.stringify(receipt)).not.toContain('hooks.example');
      expect(JSON.stringify(receipt)).not.toContain('AbC123');
    });

    it('writes "revoked" and "locked"', async () => {
      const [store] = stores();
      const revoked = notifying();
      await store!.putSecret(revoked.secret);
      await store!.revokeSecret(revoked.secret.id, verifierOf(revoked.manageToken));
      expect(typesOf(await store!.takeNotifications(revoked.secret.id, LEASE_MS))).toEqual(['revoked']);

      const locked = notifying({ password: true, maxAttempts: 2 });
      await store!.putSecret(locked.secret);
      const wrong = verifierOf(newProof());
      await claim(store!, locked, wrong);
      await claim(store!, locked, wrong);
      expect(typesOf(await store!.takeNotifications(locked.secret.id, LEASE_MS))).toEqual(['locked']);
    });

    it('leases each event to exactly one of several concurrent takers', async () => {
      const all = stores();
      const f = notifying({ maxViews: 3 });
      await all[0]!.putSecret(f.secret);
      await claim(all[0]!, f);
      await claim(all[0]!, f);
      const batches = await Promise.all(
        Array.from({ length: 12 }, (_, i) => all[i % all.length]!.takeNotifications(f.secret.id, LEASE_MS)),
      );
      expect(batches.flatMap((b) => b?.events.map((e) => e.seq) ?? []).sort()).toEqual([1, 2]);
    });

    it('hands a retried event out again after its delay, and never a dead one', async () => {
      const [store] = stores();
      const f = notifying({ maxViews: 3 });
      await store!.putSecret(f.secret);
      await claim(store!, f);
      await claim(store!, f);
      const [first, second] = (await store!.takeNotifications(f.secret.id, LEASE_MS))!.events;
      await store!.settleNotification(f.secret.id, first!.seq, { kind: 'retry', delayMs: 0 });
      await store!.settleNotification(f.secret.id, second!.seq, { kind: 'dead' });
      const again = await store!.takeNotifications(f.secret.id, LEASE_MS);
      expect(again?.events.map((e) => [e.seq, e.attempts])).toEqual([[first!.seq, 2]]);
      expect(again?.pending).toBe(1);
      await store!.settleNotification(f.secret.id, first!.seq, { kind: 'retry', delayMs: 60_000 });
      expect(typesOf(await store!.takeNotifications(f.secret.id, LEASE_MS))).toEqual([]);
    });

    it('writes "expired" once when the deadline passes unopened, and not after a view', async () => {
      const [store] = stores();
      const unopened = notifying({ ttlSeconds: 1, maxViews: 2 });
      const opened = notifying({ ttlSeconds: 1, maxViews: 2 });
      await store!.putSecret(unopened.secret);
      await store!.putSecret(opened.secret);
      await claim(store!, opened);
      expect(typesOf(await store!.takeNotifications(unopened.secret.id, LEASE_MS))).toEqual([]);
      await new Promise((r) => setTimeout(r, 1300));
      const batch = await store!.takeNotifications(unopened.secret.id, LEASE_MS);
      expect(typesOf(batch)).toEqual(['expired']);
      expect(batch?.final).toBe(true);
      await store!.settleNotification(unopened.secret.id, batch!.events[0]!.seq, { kind: 'delivered' });
      expect(await store!.takeNotifications(unopened.secret.id, LEASE_MS)).toMatchObject({ events: [], pending: 0 });
      expect(typesOf(await store!.takeNotifications(opened.secret.id, LEASE_MS))).toEqual(['opened']);
    });

    it('caps emails per address in a sliding window shared by every instance', async () => {
      const all = stores();
      const digest = verifierOf(newProof());
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => all[i % all.length]!.countEmail(digest, 3, 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(3);
      expect(await all[0]!.countEmail(verifierOf(newProof()), 3, 60_000)).toBe(true);
    });

    describe('requests', () => {
      const asking = () => requestFixture({ notify: { destination: DESTINATION, reference: 'ReQ456' } });

      it('watches nothing for a request that did not ask, and its answer writes nothing', async () => {
        const [store] = stores();
        const f = requestFixture();
        await store!.putRequest(f.request);
        await store!.submitAnswer(f.request.id, f.submit, textAnswer());
        expect(await store!.watchedNotifications()).not.toContain(f.request.id);
        expect(await store!.takeNotifications(f.request.id, LEASE_MS)).toBeNull();
      });

      it('writes "answered" exactly once, in the step that accepts one of many concurrent answers', async () => {
        const all = stores();
        const f = asking();
        await all[0]!.putRequest(f.request);
        expect(await all[0]!.watchedNotifications()).toContain(f.request.id);
        const before = await all[0]!.takeNotifications(f.request.id, LEASE_MS);
        expect(before).toMatchObject({ destination: DESTINATION, reference: 'ReQ456', events: [], final: false });
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => all[i % all.length]!.submitAnswer(f.request.id, f.submit, textAnswer())),
        );
        expect(results.filter((r) => r.kind === 'accepted')).toHaveLength(1);
        const batch = await all[0]!.takeNotifications(f.request.id, LEASE_MS);
        expect(batch?.events.map(({ type, viewsLeft, attempts }) => ({ type, viewsLeft, attempts }))).toEqual([
          { type: 'answered', viewsLeft: 0, attempts: 1 },
        ]);
        expect(batch).toMatchObject({ final: true, pending: 1 });
        expect(Math.abs(batch!.events[0]!.at.getTime() - Date.now())).toBeLessThan(60_000);
        // Reading (and so burning) the answer is the requester's own act: it writes nothing.
        const read = await all[0]!.claimSecret(f.request.id, {
          linkVerifier: f.collect,
          passwordVerifier: null,
          leaseVerifier: null,
        });
        expect(read.kind).toBe('released');
        await all[0]!.settleNotification(f.request.id, batch!.events[0]!.seq, { kind: 'delivered' });
        expect(await all[0]!.takeNotifications(f.request.id, LEASE_MS)).toMatchObject({
          events: [],
          pending: 0,
          final: true,
        });
        await all[0]!.unwatchNotifications(f.request.id);
        expect(await all[0]!.watchedNotifications()).not.toContain(f.request.id);
      });

      it('writes "answered" for an answer with files at its commit, not before, and once', async () => {
        const [store] = stores();
        const f = asking();
        await store!.putRequest(f.request);
        const { answer, upload, parts } = fileAnswer();
        expect((await store!.submitAnswer(f.request.id, f.submit, answer)).kind).toBe('accepted');
        for (const [i, part] of parts.entries()) await store!.putAnswerPart(f.request.id, upload, i, part);
        expect(await store!.takeNotifications(f.request.id, LEASE_MS)).toMatchObject({ events: [], final: false });
        expect((await store!.commitAnswer(f.request.id, upload)).kind).toBe('committed');
        expect((await store!.commitAnswer(f.request.id, upload)).kind).toBe('committed');
        const batch = await store!.takeNotifications(f.request.id, LEASE_MS);
        expect(typesOf(batch)).toEqual(['answered']);
        expect(batch).toMatchObject({ final: true, pending: 1 });
      });

      it('writes nothing when the requester revokes an open request, and lets it leave the watch', async () => {
        const [store] = stores();
        const f = asking();
        await store!.putRequest(f.request);
        expect(await store!.revokeRequest(f.request.id, f.request.manageVerifier)).toBe(true);
        expect(await store!.takeNotifications(f.request.id, LEASE_MS)).toMatchObject({
          events: [],
          pending: 0,
          final: true,
        });
      });

      it('writes "expired_unanswered" once when the deadline passes open, and the request is gone to every proof', async () => {
        const all = stores();
        const f = requestFixture({ ttlSeconds: 1, notify: { destination: DESTINATION, reference: 'ReQ456' } });
        // An answer with files whose upload never completes: its window ends at the deadline, unanswered.
        const stalled = requestFixture({ ttlSeconds: 1, notify: { destination: DESTINATION, reference: 'StL789' } });
        await all[0]!.putRequest(f.request);
        await all[0]!.putRequest(stalled.request);
        const window = { uploadWindowSeconds: 1 };
        expect((await all[0]!.submitAnswer(stalled.request.id, stalled.submit, fileAnswer(window).answer)).kind).toBe(
          'accepted',
        );
        // One whose upload is still in its window after the deadline: it may yet be committed.
        const uploading = requestFixture({ ttlSeconds: 1, notify: { destination: DESTINATION, reference: 'UpL000' } });
        await all[0]!.putRequest(uploading.request);
        const late = fileAnswer();
        expect((await all[0]!.submitAnswer(uploading.request.id, uploading.submit, late.answer)).kind).toBe('accepted');
        const deadline = Date.now() + 1000;
        expect(await all[0]!.takeNotifications(f.request.id, LEASE_MS)).toMatchObject({ events: [], final: false });
        await new Promise((r) => setTimeout(r, 1300));
        // Many takers at once (several instances sweeping): the event is written and handed out once.
        const batches = await Promise.all(
          Array.from({ length: 12 }, (_, i) => all[i % all.length]!.takeNotifications(f.request.id, LEASE_MS)),
        );
        const events = batches.flatMap((b) => b?.events ?? []);
        expect(events.map((e) => e.type)).toEqual(['expired_unanswered']);
        expect(events[0]!.viewsLeft).toBe(0);
        expect(Math.abs(events[0]!.at.getTime() - deadline)).toBeLessThan(60_000);
        for (const b of batches)
          expect(b).toMatchObject({ destination: DESTINATION, reference: 'ReQ456', final: true });
        await all[0]!.settleNotification(f.request.id, events[0]!.seq, { kind: 'delivered' });
        expect(await all[0]!.takeNotifications(f.request.id, LEASE_MS)).toMatchObject({
          events: [],
          pending: 0,
          final: true,
        });
        expect(typesOf(await all[0]!.takeNotifications(stalled.request.id, LEASE_MS))).toEqual(['expired_unanswered']);
        expect(await all[0]!.takeNotifications(uploading.request.id, LEASE_MS)).toMatchObject({
          events: [],
          final: false,
        });
        for (const [i, part] of late.parts.entries())
          await all[0]!.putAnswerPart(uploading.request.id, late.upload, i, part);
        expect((await all[0]!.commitAnswer(uploading.request.id, late.upload)).kind).toBe('committed');
        expect(typesOf(await all[0]!.takeNotifications(uploading.request.id, LEASE_MS))).toEqual(['answered']);
        // Kept only to tell the requester: to every proof it is as gone as a request that did not ask.
        for (const verifier of [f.submit, f.collect, f.request.manageVerifier]) {
          expect(await all[0]!.peekRequest(f.request.id, verifier)).toBeNull();
        }
        expect(await all[0]!.submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'missing' });
        expect(await all[0]!.revokeRequest(f.request.id, f.request.manageVerifier)).toBe(false);
        expect(typesOf(await all[0]!.takeNotifications(f.request.id, LEASE_MS))).toEqual([]);
      });

      it('never writes "expired_unanswered" for a request answered or revoked before its deadline', async () => {
        const [store] = stores();
        const answered = requestFixture({ ttlSeconds: 1, notify: { destination: DESTINATION, reference: 'AnS111' } });
        const revoked = requestFixture({ ttlSeconds: 1, notify: { destination: DESTINATION, reference: 'ReV222' } });
        await store!.putRequest(answered.request);
        await store!.putRequest(revoked.request);
        expect((await store!.submitAnswer(answered.request.id, answered.submit, textAnswer())).kind).toBe('accepted');
        expect(await store!.revokeRequest(revoked.request.id, revoked.request.manageVerifier)).toBe(true);
        await new Promise((r) => setTimeout(r, 1300));
        const batch = await store!.takeNotifications(answered.request.id, LEASE_MS);
        expect(typesOf(batch)).toEqual(['answered']);
        await store!.settleNotification(answered.request.id, batch!.events[0]!.seq, { kind: 'delivered' });
        expect(await store!.takeNotifications(answered.request.id, LEASE_MS)).toMatchObject({ events: [], pending: 0 });
        // The revoked one: nothing, now or later (or its record is already gone).
        for (let i = 0; i < 2; i++)
          expect(typesOf(await store!.takeNotifications(revoked.request.id, LEASE_MS))).toEqual([]);
      });

      it("never shows the destination to any of the request's proofs", async () => {
        const [store] = stores();
        const f = asking();
        await store!.putRequest(f.request);
        for (const verifier of [f.submit, f.collect, f.request.manageVerifier]) {
          const meta = JSON.stringify(await store!.peekRequest(f.request.id, verifier));
          expect(meta).not.toContain('hooks.example');
          expect(meta).not.toContain('ReQ456');
        }
      });
    });
  });
}
