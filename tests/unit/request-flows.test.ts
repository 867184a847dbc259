import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  answerRequest,
  checkRequest,
  createRequest,
  ownerManageCredentials,
  readAnswer,
  requestStatus,
  revokeRequest,
  viewRequest,
  type CreateRequestOutcome,
} from '@/lib/client/request';
import type { ApiServer } from '@/lib/client/http';
import { isCreateRequestResponse, isPeekRequestResponse, isSubmitAnswerResponse } from '@/lib/client/request-responses';
import { type SecretFile } from '@/lib/crypto';
import { decodeBase64url } from '@/lib/protocol/base64url';
import {
  createRequestResponseSchema,
  peekRequestResponseSchema,
  submitAnswerResponseSchema,
} from '@/lib/schemas/requests';
import { handlerDeps } from '../support/api-deps';
import { inProcessServer, type Tamper } from '../support/in-process';

/*
 * The request flows (lib/client/request.ts) against the real routing table
 * and handlers on the embedded store, in this process; a tampering fetch
 * stands in for a malicious server.
 */

const deps = handlerDeps({ maxBodyBytes: 64 * 1024 });
afterAll(async () => {
  await deps.store.close();
  await deps.limiter.close();
});

const OPTIONS = { note: 'Please send the staging DB password', ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };

async function created(server: ApiServer, note = OPTIONS.note) {
  const outcome: CreateRequestOutcome = await createRequest(server, { ...OPTIONS, note });
  if (outcome.kind !== 'created') throw new Error(`not created: ${outcome.code}`);
  return outcome;
}

describe('request flows', () => {
  it('round trip: the responder sees the note and answers once; the owner reads the answer once', async () => {
    const { server } = inProcessServer(deps);
    const r = await created(server);
    const viewed = await viewRequest(server, r.requestFragment);
    expect(viewed).toMatchObject({ kind: 'open', note: OPTIONS.note });
    expect(await readAnswer(server, r.ownerFragment)).toEqual({ kind: 'waiting', state: 'open' });
    const answered = await answerRequest(server, r.requestFragment, { content: { kind: 'text', text: 'hunter2' } });
    expect(answered).toMatchObject({ kind: 'answered', confirmation: expect.stringMatching(/^\d{3} \d{3}$/) });
    expect(await answerRequest(server, r.requestFragment, { content: { kind: 'text', text: 'other' } })).toEqual({
      kind: 'closed',
    });
    expect(await checkRequest(server, r.ownerFragment)).toMatchObject({
      kind: 'found',
      request: { state: 'answered' },
    });
    const read = await readAnswer(server, r.ownerFragment);
    expect(read).toMatchObject({ kind: 'released', text: 'hunter2', viewsLeft: 0, files: null });
    expect(read.kind === 'released' && answered.kind === 'answered' && read.confirmation).toBe(
      answered.kind === 'answered' && answered.confirmation,
    );
    expect(await readAnswer(server, r.ownerFragment)).toEqual({ kind: 'gone' });
    const manage = ownerManageCredentials(r.ownerFragment);
    if ('kind' in manage) throw new Error('bad link');
    const status = await requestStatus(server, manage.id, manage.manageToken);
    expect(status).toMatchObject({
      kind: 'found',
      request: { state: 'answered', note: null },
      answer: { state: 'viewed' },
    });
  });

  it('answers with files, which the owner downloads and authenticates', async () => {
    const { server } = inProcessServer(deps);
    const r = await created(server);
    const data = [randomBytes(1.5 * 1024 * 1024), randomBytes(1000)];
    const files: SecretFile[] = data.map((d, i) => ({ name: `f${i}.bin`, type: '', size: d.length }));
    const read = async (index: number, start: number, end: number) => new Uint8Array(data[index]!.subarray(start, end));
    const answered = await answerRequest(server, r.requestFragment, {
      content: { kind: 'bundle', text: 'keys attached', files },
      read,
    });
    expect(answered.kind).toBe('answered');
    const opened = await readAnswer(server, r.ownerFragment);
    if (opened.kind !== 'released' || !opened.files) throw new Error(`not released with files: ${opened.kind}`);
    expect(opened.text).toBe('keys attached');
    const download = await opened.files.download();
    if (download.kind !== 'downloaded') throw new Error(download.kind);
    expect(download.pieces.map((p) => Buffer.concat(p))).toEqual(data);
  }, 60_000);

  it('sends no public key, link secret, seed or proof when creating a request', async () => {
    const bodies: string[] = [];
    const { server } = inProcessServer(deps, async (request, answer) => {
      if (request.method === 'POST') bodies.push(await request.clone().text());
      return answer();
    });
    const r = await created(server);
    const link = decodeBase64url(r.requestFragment);
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
    expect(bodies).toHaveLength(1);
    const body = JSON.parse(bodies[0]!) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'answerTtlSeconds',
      'collectVerifier',
      'id',
      'manageVerifier',
      'maxViews',
      'note',
      'submitVerifier',
      'ttlSeconds',
    ]);
    for (const secret of [b64(link.subarray(0, 32)), b64(link.subarray(32)), r.ownerFragment, r.manageToken]) {
      expect(bodies[0]).not.toContain(secret);
    }
  });

  /** A server that rewrites the JSON body of the peek it answers. */
  const rewritingPeek =
    (rewrite: (body: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>): Tamper =>
    async (request, answer) => {
      const response = await answer();
      if (request.method !== 'GET' || !new URL(request.url).pathname.startsWith('/api/requests/')) return response;
      if (response.status !== 200) return response;
      return Response.json(await rewrite((await response.json()) as Record<string, unknown>));
    };

  it('refuses to answer when the server altered the note ciphertext, and sends no answer', async () => {
    const honest = inProcessServer(deps).server;
    const r = await created(honest);
    const flip = (note: string) => {
      const bytes = decodeBase64url(note);
      bytes[40]! ^= 1;
      return Buffer.from(bytes).toString('base64url');
    };
    const { server, calls } = inProcessServer(
      deps,
      rewritingPeek((b) => ({ ...b, note: flip(b.note as string) })),
    );
    expect(await viewRequest(server, r.requestFragment)).toEqual({ kind: 'tampered' });
    expect(await answerRequest(server, r.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'tampered',
    });
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(await checkRequest(server, r.ownerFragment)).toEqual({ kind: 'tampered' });
  });

  it("refuses to answer when the server returns another request's record under this id", async () => {
    const honest = inProcessServer(deps).server;
    const mine = await created(honest, 'mine');
    const other = await created(honest, 'send me the prod password instead');
    // The other request's record as the server holds it, taken from an honest peek with its own link.
    let recorded: Record<string, unknown> | undefined;
    const recorder = inProcessServer(
      deps,
      rewritingPeek((b) => (recorded = b)),
    );
    expect((await viewRequest(recorder.server, other.requestFragment)).kind).toBe('open');
    expect(recorded).toBeDefined();
    const swap = rewritingPeek(() => recorded!);
    const { server, calls } = inProcessServer(deps, swap);
    expect(await viewRequest(server, mine.requestFragment)).toEqual({ kind: 'tampered' });
    expect(await answerRequest(server, mine.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'tampered',
    });
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('refuses a state the contract does not have, and answers nothing to a request said to be closed', async () => {
    const honest = inProcessServer(deps).server;
    const r = await created(honest);
    const odd = inProcessServer(
      deps,
      rewritingPeek((b) => ({ ...b, state: 'open-for-all' })),
    );
    expect(await viewRequest(odd.server, r.requestFragment)).toMatchObject({ kind: 'error', code: 'bad_response' });
    expect(await answerRequest(odd.server, r.requestFragment, { content: { kind: 'text', text: 'x' } })).toMatchObject({
      kind: 'error',
      code: 'bad_response',
    });
    const closed = inProcessServer(
      deps,
      rewritingPeek((b) => ({ ...b, state: 'revoked' })),
    );
    expect(await answerRequest(closed.server, r.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'closed',
    });
    expect([...odd.calls, ...closed.calls].filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('cannot open an answer sealed for another request, even if the server serves it under this id', async () => {
    const honest = inProcessServer(deps).server;
    const mine = await created(honest);
    const other = await created(honest);
    await answerRequest(honest, mine.requestFragment, { content: { kind: 'text', text: 'for mine' } });
    await answerRequest(honest, other.requestFragment, { content: { kind: 'text', text: 'for the other' } });
    // The server answers the reveal of `mine` with the other request's answer.
    const otherManage = ownerManageCredentials(other.ownerFragment);
    if ('kind' in otherManage) throw new Error('bad link');
    const { server } = inProcessServer(deps, async (request, answer) => {
      const url = new URL(request.url);
      if (request.method !== 'POST' || !url.pathname.endsWith('/reveal')) return answer();
      const { routeApi } = await import('@/lib/api/router');
      const { toResponse } = await import('@/lib/api/http');
      const otherProof = (await import('@/lib/crypto/requests')).ownerCredentials(decodeBase64url(other.ownerFragment));
      const forged = new Request(new URL(`/api/secrets/${other.id}/reveal`, url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ linkProof: otherProof.collectProof }),
      });
      return toResponse(await routeApi(forged, `/api/secrets/${other.id}/reveal`, deps));
    });
    expect(await readAnswer(server, mine.ownerFragment)).toEqual({ kind: 'undecryptable' });
  });

  it('revokes a request: the responder can no longer answer', async () => {
    const { server } = inProcessServer(deps);
    const r = await created(server);
    const manage = ownerManageCredentials(r.ownerFragment);
    if ('kind' in manage) throw new Error('bad link');
    expect(await revokeRequest(server, manage.id, manage.manageToken)).toEqual({ kind: 'revoked' });
    expect(await viewRequest(server, r.requestFragment)).toMatchObject({
      kind: 'closed',
      request: { state: 'revoked' },
    });
    expect(await answerRequest(server, r.requestFragment, { content: { kind: 'text', text: 'x' } })).toEqual({
      kind: 'closed',
    });
  });

  it('checks responses with guards that agree with the zod schemas', () => {
    const now = new Date().toISOString();
    const peek = {
      state: 'open',
      note: 'A'.repeat(380),
      createdAt: now,
      expiresAt: now,
      answerTtlSeconds: 300,
      maxViews: 1,
      answeredAt: null,
      streamBytes: null,
    };
    const cases: [unknown, boolean][] = [
      [peek, true],
      [{ ...peek, note: null }, true],
      [{ ...peek, note: 'A'.repeat(381) }, false],
      [{ ...peek, state: 'closed' }, false],
      [{ ...peek, extra: 1 }, false],
      [{ ...peek, maxViews: 0 }, false],
    ];
    for (const [value, ok] of cases) {
      expect(isPeekRequestResponse(value)).toBe(ok);
      expect(peekRequestResponseSchema.safeParse(value).success).toBe(ok);
    }
    const createdBody = { id: 'A'.repeat(22), expiresAt: now };
    expect(isCreateRequestResponse(createdBody)).toBe(createRequestResponseSchema.safeParse(createdBody).success);
    const submitted = { expiresAt: now, upload: { parts: 2, expiresAt: now } };
    expect(isSubmitAnswerResponse(submitted)).toBe(true);
    expect(submitAnswerResponseSchema.safeParse(submitted).success).toBe(true);
  });
});
