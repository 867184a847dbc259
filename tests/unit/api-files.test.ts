import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerDeps } from '../support/api-deps';
import { leaseSecondsFor } from '@/lib/api/secrets';
import { commitUpload, createSecret, getPart, peekSecret, putPart, revealSecret } from '../support/web-handlers';
import { PART_BYTES, partLength, streamPaddedLength, streamParts } from '@/lib/protocol/v1';
import { createSecretRequestSchema, revealSecretRequestSchema } from '@/lib/schemas/secrets';
import { b64, newId, newProof, TWO_PART_STREAM_BYTES, verifierOf } from '../support/secrets';

/*
 * The file calls (upload parts, commit, reveal with a lease, download parts)
 * through the framework-independent handlers, on the embedded store.
 */

const deps = handlerDeps({ maxFileBytes: 2 * 1024 * 1024 });
const { store, limiter } = deps;
afterAll(async () => {
  await store.close();
  await limiter.close();
});

const json = (body: unknown) =>
  new Request('http://h/api', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const bearer = (token: string, init: RequestInit = {}) =>
  new Request('http://h/api', { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });
const octets = (token: string, body: Uint8Array, type = 'application/octet-stream') =>
  bearer(token, { method: 'PUT', headers: { 'Content-Type': type }, body: body as Uint8Array<ArrayBuffer> });

function createBody(streamBytes: number | null = TWO_PART_STREAM_BYTES) {
  const linkProof = newProof();
  const manageToken = newProof();
  const body = {
    id: newId(),
    envelope: b64(randomBytes(285)),
    linkVerifier: verifierOf(linkProof),
    passwordVerifier: null,
    kdf: null,
    ttlSeconds: 3600,
    maxViews: 1,
    manageVerifier: verifierOf(manageToken),
    files: streamBytes === null ? null : { streamBytes },
  };
  return { body, linkProof, manageToken };
}

describe('file calls', () => {
  it('uploads, commits, reveals with a lease and downloads every part byte for byte', async () => {
    const { body, linkProof, manageToken } = createBody();
    const created = await createSecret(json(body), deps);
    expect(created.status).toBe(201);
    const answer = (await created.json()) as { upload: { parts: number; expiresAt: string } };
    expect(answer.upload.parts).toBe(2);
    const parts = [0, 1].map((n) => randomBytes(partLength(TWO_PART_STREAM_BYTES, n)));
    const commitEarly = await commitUpload(bearer(manageToken, { method: 'POST' }), body.id, deps);
    expect(commitEarly.status).toBe(409);
    expect(await commitEarly.json()).toMatchObject({ error: 'upload_incomplete', missing: [0, 1] });
    for (const [n, part] of parts.entries()) {
      expect((await putPart(octets(manageToken, part), body.id, String(n), deps)).status).toBe(204);
    }
    const committed = await commitUpload(bearer(manageToken, { method: 'POST' }), body.id, deps);
    expect(committed.status).toBe(200);
    const peek = await peekSecret(bearer(linkProof), body.id, deps);
    expect(await peek.json()).toMatchObject({ streamBytes: TWO_PART_STREAM_BYTES, viewsLeft: 1 });
    const noLease = await revealSecret(json({ linkProof }), body.id, deps);
    expect(noLease.status).toBe(400);
    expect(await noLease.json()).toMatchObject({ error: 'lease_required' });
    const lease = newProof();
    const revealed = await revealSecret(json({ linkProof, leaseVerifier: verifierOf(lease) }), body.id, deps);
    expect(await revealed.json()).toMatchObject({
      envelope: body.envelope,
      viewsLeft: 0,
      files: { streamBytes: TWO_PART_STREAM_BYTES, parts: 2 },
    });
    for (const [n, part] of parts.entries()) {
      const got = await getPart(bearer(lease), body.id, String(n), deps);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/octet-stream');
      expect(got.headers.get('content-disposition')).toBe('attachment');
      expect(got.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await got.arrayBuffer()).equals(part)).toBe(true);
    }
    expect((await getPart(bearer(newProof()), body.id, '0', deps)).status).toBe(404);
  });

  it('refuses a wrong content type, an oversized or wrong-length part and a bad index before storing', async () => {
    const { body, manageToken } = createBody();
    await createSecret(json(body), deps);
    const part = randomBytes(partLength(TWO_PART_STREAM_BYTES, 1));
    expect((await putPart(octets(manageToken, part, 'application/json'), body.id, '1', deps)).status).toBe(415);
    expect((await putPart(octets(manageToken, randomBytes(PART_BYTES + 1)), body.id, '0', deps)).status).toBe(413);
    expect((await putPart(octets(manageToken, part), body.id, '0', deps)).status).toBe(400);
    for (const n of ['2', '-1', '01', 'x', '1.0', '']) {
      expect((await putPart(octets(manageToken, part), body.id, n, deps)).status).toBe(400);
    }
    expect((await putPart(octets(newProof(), part), body.id, '1', deps)).status).toBe(404);
    expect((await putPart(new Request('http://h', { method: 'PUT', body: part }), body.id, '1', deps)).status).toBe(
      401,
    );
    const withBody = bearer(manageToken, { method: 'POST', body: '{}' });
    expect((await commitUpload(withBody, body.id, deps)).status).toBe(400);
  });

  it('refuses files above the configured maximum or of an unpadded length', async () => {
    const tooBig = createBody(streamPaddedLength(2 * 1024 * 1024 + 1));
    expect((await createSecret(json(tooBig.body), deps)).status).toBe(400);
    const unpadded = createBody(1000);
    expect((await createSecret(json(unpadded.body), deps)).status).toBe(400);
    const { body } = createBody();
    expect((await createSecret(json({ ...body, manageVerifier: null }), deps)).status).toBe(400);
    expect((await createSecret(json({ ...body, files: { streamBytes: 256, extra: 1 } }), deps)).status).toBe(400);
  });

  it("draws files from the client's MiB budget (429 with Retry-After), and never text", async () => {
    const limited = handlerDeps({ limits: { fileMiB: { count: 4, windowSeconds: 3600 } } });
    try {
      // A 1.5 MiB stream costs 2 MiB of the budget of 4.
      for (let i = 0; i < 2; i++) expect((await createSecret(json(createBody().body), limited)).status).toBe(201);
      const refused = await createSecret(json(createBody().body), limited);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(1000);
      expect((await createSecret(json(createBody(null).body), limited)).status).toBe(201);
    } finally {
      await limited.store.close();
      await limited.limiter.close();
    }
  });

  it('accepts exactly the padded stream lengths in the create schema', () => {
    const { body } = createBody();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 * 1024 * 1024 }), (n) => {
        const padded = streamPaddedLength(n);
        const ok = createSecretRequestSchema.safeParse({ ...body, files: { streamBytes: padded } }).success;
        const off = createSecretRequestSchema.safeParse({ ...body, files: { streamBytes: padded + 1 } }).success;
        return ok && !off && streamParts(padded) >= 1;
      }),
      { numRuns: 2000 },
    );
    expect(revealSecretRequestSchema.safeParse({ linkProof: newProof(), leaseVerifier: 'x' }).success).toBe(false);
  });

  it('never answers 5xx to hostile part uploads, commits and downloads, and leaves a stored part unchanged', async () => {
    const { body, manageToken } = createBody();
    await createSecret(json(body), deps);
    const part = randomBytes(partLength(TWO_PART_STREAM_BYTES, 1));
    await putPart(octets(manageToken, part), body.id, '1', deps);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('put', 'commit', 'get'),
        fc.oneof(fc.constant(body.id), fc.constant(newId()), fc.string({ maxLength: 30 })),
        fc.oneof(fc.constantFrom('0', '1', '2', '-1', '1e3', '999999', '1000000', '__proto__'), fc.string()),
        fc.oneof(fc.constant(`Bearer ${newProof()}`), fc.constant(`Bearer ${body.linkVerifier}`), fc.string()),
        fc.constantFrom('application/octet-stream', 'application/json', 'text/plain', ''),
        fc.uint8Array({ maxLength: 600 }),
        async (route, id, n, auth, type, bytes) => {
          const headers: Record<string, string> = { Authorization: auth };
          if (type) headers['Content-Type'] = type;
          const method = route === 'put' ? 'PUT' : route === 'commit' ? 'POST' : 'GET';
          const request = new Request('http://h', {
            method,
            headers,
            body: method === 'GET' ? undefined : (bytes as Uint8Array<ArrayBuffer>),
          });
          const response =
            route === 'put'
              ? await putPart(request, id, n, deps)
              : route === 'commit'
                ? await commitUpload(request, id, deps)
                : await getPart(request, id, n, deps);
          return response.status < 500;
        },
      ),
      { numRuns: 2000 },
    );
    expect(await store.commitUpload(body.id, verifierOf(manageToken))).toEqual({ kind: 'incomplete', missing: [0] });
  });
});

describe('download leases', () => {
  it('last the configured time, or long enough to fetch the files at 256 kbit/s', () => {
    expect(leaseSecondsFor(null, 600)).toBe(600);
    expect(leaseSecondsFor(streamPaddedLength(1024 * 1024), 600)).toBe(600);
    expect(leaseSecondsFor(streamPaddedLength(25 * 1024 * 1024), 600)).toBe(800);
    expect(leaseSecondsFor(streamPaddedLength(2 ** 30), 600)).toBe(Math.ceil(streamPaddedLength(2 ** 30) / 32768));
  });
});
