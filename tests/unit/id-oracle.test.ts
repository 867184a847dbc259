import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiReply } from '@/lib/api/fast-path';
import { routeApi } from '@/lib/api/router';
import { handlerDeps } from '../support/api-deps';
import { b64, newId, newProof, verifierOf } from '../support/secrets';

/*
 * Security review F-04, kept as a documented residual risk (SECURITY.md,
 * docs/threat-model.md): whoever knows an id can learn from a create with
 * that id whether a secret, or its receipt, still holds it. These tests pin
 * exactly that behaviour, and that the probe changes nothing of the secret,
 * so that a change to it is a deliberate one that updates the documents too.
 */

const deps = handlerDeps();
afterAll(async () => {
  await deps.store.close();
  await deps.limiter.close();
});

const call = (method: string, path: string, body?: unknown, token?: string): Promise<ApiReply> =>
  routeApi(
    {
      method,
      headers: new Headers({
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      }),
      body: null,
      preloadedBody: body === undefined ? undefined : { kind: 'bytes', bytes: Buffer.from(JSON.stringify(body)) },
    },
    path,
    deps,
  );

const create = (id: string, linkProof: string, options: { maxViews?: number; manageToken?: string } = {}) =>
  call('POST', '/api/secrets', {
    id,
    envelope: b64(randomBytes(285)),
    linkVerifier: verifierOf(linkProof),
    passwordVerifier: null,
    kdf: null,
    ttlSeconds: 300,
    maxViews: options.maxViews ?? 1,
    ...(options.manageToken ? { manageVerifier: verifierOf(options.manageToken) } : {}),
  });

const errorOf = (reply: ApiReply) => (JSON.parse(String(reply.body)) as { error?: string }).error;

describe('F-04: the create-with-a-known-id probe (documented residual risk)', () => {
  it('F-04: answers 409 id_taken while the secret exists and 201 once its last view is used, and changes nothing', async () => {
    const id = newId();
    const linkProof = newProof();
    expect((await create(id, linkProof, { maxViews: 2 })).status).toBe(201);

    const probe = await create(id, newProof());
    expect(probe.status).toBe(409);
    expect(errorOf(probe)).toBe('id_taken');
    // The probe neither read nor changed the secret: both views are still there for the link's holder.
    const peek = await call('GET', `/api/secrets/${id}`, undefined, linkProof);
    expect(JSON.parse(String(peek.body))).toMatchObject({ viewsLeft: 2 });
    expect((await call('POST', `/api/secrets/${id}/reveal`, { linkProof })).status).toBe(200);
    expect((await create(id, newProof())).status).toBe(409);
    expect((await call('POST', `/api/secrets/${id}/reveal`, { linkProof })).status).toBe(200);

    // Without a receipt the id is free after the last view: the probe now creates an unrelated secret.
    expect((await create(id, newProof())).status).toBe(201);
    expect((await call('POST', `/api/secrets/${id}/reveal`, { linkProof })).status).toBe(404);
  });

  it('F-04: with a receipt, keeps answering 409 after the last view, while the receipt lives', async () => {
    const id = newId();
    const linkProof = newProof();
    expect((await create(id, linkProof, { manageToken: newProof() })).status).toBe(201);
    expect((await call('POST', `/api/secrets/${id}/reveal`, { linkProof })).status).toBe(200);
    expect(errorOf(await create(id, newProof()))).toBe('id_taken');
  });

  it('F-04: is listed as a residual risk in SECURITY.md and docs/threat-model.md', () => {
    for (const doc of ['SECURITY.md', 'docs/threat-model.md']) {
      expect(readFileSync(doc, 'utf8'), doc).toMatch(/F-04[^\n]*\n?[^\n]*id_taken/);
    }
  });
});
