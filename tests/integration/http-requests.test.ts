import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { requestKeys } from '@/lib/redis/keys';
import {
  answerRequest,
  checkRequest,
  createRequest,
  ownerManageCredentials,
  readAnswer,
  requestStatus,
  revokeRequest,
  viewRequest,
} from '@/lib/client/request';
import { parseRequestFragment, responderCredentials, sealAnswer } from '@/lib/crypto/requests';
import { newProof } from '../support/secrets';

/*
 * Requests over HTTP against the production build, on both stores: the flows
 * end to end, the API's refusals, and 50 concurrent answers to one request.
 */

const OPTIONS = { note: 'the staging DB password, please', ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };

describe.each([
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const)('requests on the %s store', (_name, base) => {
  async function created(maxViews = 1) {
    const outcome = await createRequest(base, { ...OPTIONS, maxViews });
    if (outcome.kind !== 'created') throw new Error(`not created: ${outcome.code}`);
    return outcome;
  }

  it('create → view → answer → read, then the answer is gone and no second answer is taken', async () => {
    const r = await created();
    expect(await viewRequest(base, r.requestFragment)).toMatchObject({ kind: 'open', note: OPTIONS.note });
    const answered = await answerRequest(base, r.requestFragment, { content: { kind: 'text', text: 'pa55' } });
    expect(answered.kind).toBe('answered');
    expect(await answerRequest(base, r.requestFragment, { content: { kind: 'text', text: 'late' } })).toEqual({
      kind: 'closed',
    });
    expect(await checkRequest(base, r.ownerFragment)).toMatchObject({ request: { state: 'answered' } });
    expect(await readAnswer(base, r.ownerFragment)).toMatchObject({ kind: 'released', text: 'pa55' });
    expect(await readAnswer(base, r.ownerFragment)).toEqual({ kind: 'gone' });
    const manage = ownerManageCredentials(r.ownerFragment);
    if ('kind' in manage) throw new Error('bad link');
    expect(await requestStatus(base, manage.id, manage.manageToken)).toMatchObject({
      request: { state: 'answered' },
      answer: { state: 'viewed', viewsUsed: 1 },
    });
  });

  it('accepts exactly one of 50 concurrent answers', async () => {
    const r = await created();
    const link = parseRequestFragment(r.requestFragment);
    if (!link.ok) throw new Error('bad link');
    const sealed = await Promise.all(
      Array.from({ length: 50 }, (_, i) => sealAnswer(link, { kind: 'text', text: `answer ${i}` })),
    );
    const statuses = await Promise.all(
      sealed.map(async (s) => {
        const res = await fetch(`${base}/api/requests/${s.id}/answer`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.submitProof}` },
          body: JSON.stringify(s.sealed),
        });
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const read = await readAnswer(base, r.ownerFragment);
    expect(read.kind === 'released' && read.text).toBe(`answer ${statuses.indexOf(201)}`);
  });

  it('answers a wrong proof as a missing request, and a GET changes nothing', async () => {
    const r = await created();
    const link = parseRequestFragment(r.requestFragment);
    if (!link.ok) throw new Error('bad link');
    const { id } = responderCredentials(link.linkSecret);
    const wrong = await fetch(`${base}/api/requests/${id}`, { headers: { Authorization: `Bearer ${newProof()}` } });
    const missing = await fetch(`${base}/api/requests/${'A'.repeat(22)}`, {
      headers: { Authorization: `Bearer ${newProof()}` },
    });
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toEqual(await missing.json());
    for (let i = 0; i < 3; i++) await fetch(`${base}/r`);
    expect(await viewRequest(base, r.requestFragment)).toMatchObject({ kind: 'open' });
  });

  it('refuses a malformed answer with 400 before any store work', async () => {
    const r = await created();
    const link = parseRequestFragment(r.requestFragment);
    if (!link.ok) throw new Error('bad link');
    const { id, submitProof } = responderCredentials(link.linkSecret);
    const res = await fetch(`${base}/api/requests/${id}/answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${submitProof}` },
      body: JSON.stringify({ answer: 'A'.repeat(408) }),
    });
    expect(res.status).toBe(400);
    expect(await viewRequest(base, r.requestFragment)).toMatchObject({ kind: 'open' });
  });

  it('revokes: no answer is taken after it', async () => {
    const r = await created();
    const manage = ownerManageCredentials(r.ownerFragment);
    if ('kind' in manage) throw new Error('bad link');
    expect(await revokeRequest(base, manage.id, manage.manageToken)).toEqual({ kind: 'revoked' });
    expect(await answerRequest(base, r.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'closed',
    });
  });
});

describe('requests on a Redis store that someone modified', () => {
  const base = inject('redisAppUrl');
  const raw = new Redis(inject('redisUrl'));
  const prefix = inject('keyPrefix');
  afterAll(() => raw.disconnect());

  async function created(note: string) {
    const outcome = await createRequest(base, { ...OPTIONS, note });
    if (outcome.kind !== 'created') throw new Error(`not created: ${outcome.code}`);
    return { ...outcome, key: requestKeys(prefix, outcome.id)[4] };
  }

  it("refuses to answer when the stored record is another request's, or its note was altered", async () => {
    const mine = await created('mine');
    const other = await created('someone else’s request');
    // Another request's record (note and verifiers) under this id: the submit proof no longer matches.
    const copy = await raw.hgetall(other.key);
    await raw.hset(mine.key, { ...copy });
    expect(await viewRequest(base, mine.requestFragment)).toEqual({ kind: 'gone' });
    // Only its note swapped in (the verifiers kept, as a server that wants the answer would): refused.
    const restored = await created('mine again');
    await raw.hset(restored.key, 'note', copy.note!);
    expect(await viewRequest(base, restored.requestFragment)).toEqual({ kind: 'tampered' });
    expect(await answerRequest(base, restored.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'tampered',
    });
    expect(await raw.exists(requestKeys(prefix, restored.id)[0])).toBe(0);
  });
});
