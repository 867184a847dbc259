import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { partLength, streamParts } from '@/lib/protocol/v1';
import type { NewAnswer, NewRequest, SecretStore } from '@/lib/store';
import { b64, newId, newProof, TWO_PART_STREAM_BYTES, verifierOf } from '../support/secrets';

/** A request with fresh proofs; the note is any string of a note's length (the store does not look inside). */
export function requestFixture(overrides: Partial<NewRequest> = {}) {
  const proofs = { submit: newProof(), collect: newProof(), manage: newProof() };
  const request: NewRequest = {
    id: newId(),
    note: b64(randomBytes(285)),
    submitVerifier: verifierOf(proofs.submit),
    collectVerifier: verifierOf(proofs.collect),
    manageVerifier: verifierOf(proofs.manage),
    ttlSeconds: 3600,
    answerTtlSeconds: 600,
    maxViews: 1,
    receiptTtlSeconds: 60,
    ...overrides,
  };
  return { request, proofs, submit: request.submitVerifier, collect: request.collectVerifier };
}

export function textAnswer(): NewAnswer {
  return {
    answer: b64(randomBytes(305)),
    streamBytes: null,
    uploadVerifier: null,
    uploadWindowSeconds: 3600,
    leaseSeconds: 600,
  };
}

/** An answer with a 2-part file stream, its upload token and its parts. */
export function fileAnswer(overrides: Partial<NewAnswer> = {}) {
  const uploadToken = newProof();
  const answer: NewAnswer = {
    ...textAnswer(),
    streamBytes: TWO_PART_STREAM_BYTES,
    uploadVerifier: verifierOf(uploadToken),
    ...overrides,
  };
  const sb = answer.streamBytes!;
  const parts = Array.from({ length: streamParts(sb) }, (_, i) => randomBytes(partLength(sb, i)));
  return { answer, upload: verifierOf(uploadToken), parts };
}

/**
 * The request part of the store contract (lib/store/request-types.ts), called
 * from describeStoreContract for every store.
 * @param stores - the store instances of the backend under test (shared)
 */
export function describeRequestContract(stores: () => SecretStore[]): void {
  describe('requests', () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const store = () => stores()[0]!;
    const claim = (collect: string, leaseVerifier: string | null = null) => ({
      linkVerifier: collect,
      passwordVerifier: null,
      leaseVerifier,
    });

    it('stores a request and shows note and state to the submit and collect verifiers, state only to manage', async () => {
      const f = requestFixture();
      const put = await store().putRequest(f.request);
      expect(put.kind).toBe('created');
      const base = {
        state: 'open',
        createdAt: expect.any(Date),
        expiresAt: put.kind === 'created' ? put.expiresAt : null,
        answerTtlSeconds: 600,
        maxViews: 1,
        answeredAt: null,
        streamBytes: null,
      };
      for (let i = 0; i < 2; i++) {
        expect(await store().peekRequest(f.request.id, f.submit)).toEqual({
          ...base,
          role: 'submit',
          note: f.request.note,
        });
      }
      expect(await store().peekRequest(f.request.id, f.collect)).toEqual({
        ...base,
        role: 'collect',
        note: f.request.note,
      });
      expect(await store().peekRequest(f.request.id, f.request.manageVerifier)).toEqual({
        ...base,
        role: 'manage',
        note: null,
      });
    });

    it('answers a wrong verifier exactly as a missing request', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      expect(await store().peekRequest(f.request.id, verifierOf(newProof()))).toBeNull();
      expect(await store().peekRequest(newId(), f.submit)).toBeNull();
      expect(await store().submitAnswer(f.request.id, f.collect, textAnswer())).toEqual({ kind: 'missing' });
      expect(await store().submitAnswer(newId(), f.submit, textAnswer())).toEqual({ kind: 'missing' });
      expect(await store().revokeRequest(f.request.id, f.submit)).toBe(false);
      expect((await store().peekRequest(f.request.id, f.submit))?.state).toBe('open');
    });

    it('never takes an id that holds a request or a secret', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      expect(await store().putRequest(requestFixture({ id: f.request.id }).request)).toEqual({ kind: 'exists' });
      const answered = requestFixture();
      await store().putRequest(answered.request);
      await store().submitAnswer(answered.request.id, answered.submit, textAnswer());
      expect(await store().putRequest(requestFixture({ id: answered.request.id }).request)).toEqual({ kind: 'exists' });
    });

    it('stores the first answer as a secret read with the collect verifier, under the secret rules', async () => {
      const f = requestFixture({ maxViews: 2, answerTtlSeconds: 300 });
      await store().putRequest(f.request);
      const answer = textAnswer();
      const submitted = await store().submitAnswer(f.request.id, f.submit, answer);
      expect(submitted.kind).toBe('accepted');
      if (submitted.kind !== 'accepted') return;
      expect(submitted.uploadExpiresAt).toBeNull();
      expect(Math.abs(submitted.expiresAt.getTime() - (Date.now() + 300_000))).toBeLessThan(5000);
      const peek = await store().peekRequest(f.request.id, f.collect);
      expect(peek).toMatchObject({ state: 'answered', streamBytes: null });
      expect(peek?.answeredAt).toBeInstanceOf(Date);
      // The submit verifier peeks but never reads.
      expect(await store().claimSecret(f.request.id, claim(f.submit))).toEqual({ kind: 'missing' });
      expect(await store().peekSecret(f.request.id, f.collect)).toMatchObject({ viewsLeft: 2, streamBytes: null });
      const first = await store().claimSecret(f.request.id, claim(f.collect));
      expect(first).toMatchObject({ kind: 'released', envelope: answer.answer, viewsLeft: 1 });
      const second = await store().claimSecret(f.request.id, claim(f.collect));
      expect(second).toMatchObject({ kind: 'released', viewsLeft: 0 });
      expect(await store().claimSecret(f.request.id, claim(f.collect))).toEqual({ kind: 'missing' });
      const receipt = await store().secretStatus(f.request.id, f.request.manageVerifier);
      expect(receipt).toMatchObject({ state: 'viewed', viewsUsed: 2, maxViews: 2, hasPassword: false });
      // The answer's tombstone tells the collector, and only them, how it ended.
      expect((await store().secretEnding(f.request.id, f.collect))?.ending).toBe('viewed');
      expect(await store().secretEnding(f.request.id, f.submit)).toBeNull();
      // Burned, the request still says answered; no second answer is taken.
      expect((await store().peekRequest(f.request.id, f.submit))?.state).toBe('answered');
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'closed' });
    });

    it('accepts exactly one of 50 concurrent answers, across instances', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      const answers = Array.from({ length: 50 }, () => textAnswer());
      const all = stores();
      const results = await Promise.all(
        answers.map((a, i) => all[i % all.length]!.submitAnswer(f.request.id, f.submit, a)),
      );
      const accepted = results.flatMap((r, i) => (r.kind === 'accepted' ? [i] : []));
      expect(accepted).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'closed')).toHaveLength(49);
      const read = await store().claimSecret(f.request.id, claim(f.collect));
      expect(read).toMatchObject({ kind: 'released', envelope: answers[accepted[0]!]!.answer });
    });

    it('keeps an answer with files pending until its parts are committed, refusing other answers meanwhile', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      const a = fileAnswer();
      const submitted = await store().submitAnswer(f.request.id, f.submit, a.answer);
      expect(submitted).toMatchObject({ kind: 'accepted', uploadExpiresAt: expect.any(Date) });
      expect(await store().peekRequest(f.request.id, f.collect)).toMatchObject({
        state: 'uploading',
        streamBytes: TWO_PART_STREAM_BYTES,
        answeredAt: null,
      });
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'closed' });
      expect(await store().claimSecret(f.request.id, claim(f.collect, verifierOf(newProof())))).toEqual({
        kind: 'missing',
      });
      // Only the upload verifier of this answer writes its parts; the submit and manage verifiers do not.
      expect(await store().putAnswerPart(f.request.id, f.submit, 0, a.parts[0]!)).toBe('missing');
      expect(await store().putAnswerPart(f.request.id, f.request.manageVerifier, 0, a.parts[0]!)).toBe('missing');
      expect(await store().putAnswerPart(f.request.id, a.upload, 0, a.parts[0]!)).toBe('stored');
      expect(await store().commitAnswer(f.request.id, a.upload)).toEqual({ kind: 'incomplete', missing: [1] });
      expect(await store().putAnswerPart(f.request.id, a.upload, 1, a.parts[0]!)).toBe('bad_length');
      expect(await store().putAnswerPart(f.request.id, a.upload, 1, a.parts[1]!)).toBe('stored');
      const committed = await store().commitAnswer(f.request.id, a.upload);
      expect(committed).toEqual({
        kind: 'committed',
        expiresAt: submitted.kind === 'accepted' ? submitted.expiresAt : null,
      });
      expect(await store().commitAnswer(f.request.id, a.upload)).toEqual(committed);
      expect(await store().putAnswerPart(f.request.id, a.upload, 1, a.parts[1]!)).toBe('committed');
      expect(await store().peekRequest(f.request.id, f.submit)).toMatchObject({
        state: 'answered',
        answeredAt: expect.any(Date),
      });
      const lease = verifierOf(newProof());
      const read = await store().claimSecret(f.request.id, claim(f.collect, lease));
      expect(read).toMatchObject({ kind: 'released', envelope: a.answer.answer, streamBytes: TWO_PART_STREAM_BYTES });
      expect(Buffer.compare(Buffer.from((await store().readPart(f.request.id, lease, 1))!), a.parts[1]!)).toBe(0);
    });

    it('opens the request again when an answer with files is not committed within its upload window', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      const a = fileAnswer({ uploadWindowSeconds: 1 });
      await store().submitAnswer(f.request.id, f.submit, a.answer);
      expect(await store().putAnswerPart(f.request.id, a.upload, 0, a.parts[0]!)).toBe('stored');
      await sleep(1200);
      expect((await store().peekRequest(f.request.id, f.submit))?.state).toBe('open');
      expect(await store().putAnswerPart(f.request.id, a.upload, 1, a.parts[1]!)).toBe('missing');
      expect(await store().commitAnswer(f.request.id, a.upload)).toEqual({ kind: 'missing' });
      const text = textAnswer();
      expect((await store().submitAnswer(f.request.id, f.submit, text)).kind).toBe('accepted');
      expect(await store().claimSecret(f.request.id, claim(f.collect))).toMatchObject({
        kind: 'released',
        envelope: text.answer,
        streamBytes: null,
      });
    });

    it('revokes an open request: no answer is taken after it', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      expect(await store().revokeRequest(f.request.id, f.request.manageVerifier)).toBe(true);
      expect(await store().revokeRequest(f.request.id, f.request.manageVerifier)).toBe(true);
      expect((await store().peekRequest(f.request.id, f.submit))?.state).toBe('revoked');
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'closed' });
    });

    it('revokes an answered request: the answer burns and its receipt says revoked', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      await store().submitAnswer(f.request.id, f.submit, textAnswer());
      expect(await store().revokeRequest(f.request.id, f.request.manageVerifier)).toBe(true);
      expect(await store().claimSecret(f.request.id, claim(f.collect))).toEqual({ kind: 'missing' });
      expect((await store().secretStatus(f.request.id, f.request.manageVerifier))?.state).toBe('revoked');
      expect((await store().peekRequest(f.request.id, f.request.manageVerifier))?.state).toBe('revoked');
      expect((await store().secretEnding(f.request.id, f.collect))?.ending).toBe('revoked');
    });

    it('revokes a request whose answer is uploading: the pending answer and its parts go', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      const a = fileAnswer();
      await store().submitAnswer(f.request.id, f.submit, a.answer);
      await store().putAnswerPart(f.request.id, a.upload, 0, a.parts[0]!);
      expect(await store().revokeRequest(f.request.id, f.request.manageVerifier)).toBe(true);
      expect(await store().putAnswerPart(f.request.id, a.upload, 1, a.parts[1]!)).toBe('missing');
      expect(await store().commitAnswer(f.request.id, a.upload)).toEqual({ kind: 'missing' });
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'closed' });
    });

    it('takes no answer after the request expires, and forgets it', async () => {
      const f = requestFixture({ ttlSeconds: 1 });
      await store().putRequest(f.request);
      await sleep(1100);
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'missing' });
      expect(await store().peekRequest(f.request.id, f.collect)).toBeNull();
    });

    it('keeps the answered request past its own expiry while the answer lives', async () => {
      const f = requestFixture({ ttlSeconds: 1, answerTtlSeconds: 300 });
      await store().putRequest(f.request);
      await store().submitAnswer(f.request.id, f.submit, textAnswer());
      await sleep(1100);
      expect((await store().peekRequest(f.request.id, f.collect))?.state).toBe('answered');
      expect((await store().claimSecret(f.request.id, claim(f.collect))).kind).toBe('released');
    });

    it('answers a request squatted by a secret of the same id as closed, never as accepted', async () => {
      const f = requestFixture();
      await store().putRequest(f.request);
      await store().putSecret({
        id: f.request.id,
        envelope: b64(randomBytes(285)),
        linkVerifier: verifierOf(newProof()),
        passwordVerifier: null,
        kdf: null,
        manageVerifier: null,
        ttlSeconds: 300,
        receiptTtlSeconds: 60,
        maxViews: 1,
        maxAttempts: 5,
        streamBytes: null,
        uploadWindowSeconds: 3600,
        leaseSeconds: 600,
      });
      expect(await store().submitAnswer(f.request.id, f.submit, textAnswer())).toEqual({ kind: 'closed' });
      expect(await store().claimSecret(f.request.id, claim(f.collect))).toEqual({ kind: 'missing' });
    });
  });
}
