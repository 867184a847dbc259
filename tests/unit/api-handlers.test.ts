import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerDeps } from '../support/api-deps';
import { createSecret, peekSecret, revealSecret } from '../support/web-handlers';
import { b64, newId, newProof, verifierOf } from '../support/secrets';
import { randomBytes } from 'node:crypto';

/*
 * The framework-independent handlers, driven with Web Requests and no Next,
 * on the embedded store.
 */

const deps = handlerDeps();
const { store, limiter } = deps;
afterAll(async () => {
  await store.close();
  await limiter.close();
});

const post = (url: string, body: string, type = 'application/json') =>
  new Request(`http://h${url}`, { method: 'POST', headers: { 'Content-Type': type }, body });

function validBody(id = newId(), linkProof = newProof()) {
  return {
    id,
    envelope: b64(randomBytes(285)),
    linkVerifier: verifierOf(linkProof),
    passwordVerifier: null,
    kdf: null,
    ttlSeconds: 300,
    maxViews: 1,
  };
}

describe('API handlers', () => {
  it('creates, peeks and reveals through Web Requests alone', async () => {
    const proof = newProof();
    const body = validBody(undefined, proof);
    const created = await createSecret(post('/api/secrets', JSON.stringify(body)), deps);
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const peeked = await peekSecret(
      new Request(`http://h/api/secrets/${body.id}`, { headers: { Authorization: `Bearer ${proof}` } }),
      body.id,
      deps,
    );
    expect(peeked.status).toBe(200);
    const revealed = await revealSecret(post('/r', JSON.stringify({ linkProof: proof })), body.id, deps);
    expect(await revealed.json()).toEqual({ envelope: body.envelope, viewsLeft: 0, files: null });
    const again = await revealSecret(post('/r', JSON.stringify({ linkProof: proof })), body.id, deps);
    expect(again.status).toBe(404);
  });

  it('enforces the body cap on a streamed body without Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1024).fill(32));
        controller.close();
      },
    });
    const request = new Request('http://h/api/secrets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await createSecret(request, deps)).status).toBe(413);
  });

  it('accepts a body exactly at the cap and refuses one byte more', async () => {
    const at = ' '.repeat(4096 - 2) + '{}';
    expect((await createSecret(post('/api/secrets', at), deps)).status).toBe(400);
    expect((await createSecret(post('/api/secrets', ` ${at}`), deps)).status).toBe(413);
  });

  it('never answers 5xx to hostile bodies or content types', async () => {
    const hostile = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .record({ ...Object.fromEntries(Object.keys(validBody()).map((k) => [k, fc.jsonValue()])) })
        .map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.constantFrom(...Object.keys(validBody())), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...validBody(), [key]: value, ['__proto__']: value })),
    );
    await fc.assert(
      fc.asyncProperty(
        hostile,
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
        async (body, type) => {
          const create = await createSecret(post('/api/secrets', body, type), deps);
          const reveal = await revealSecret(post('/r', body, type), newId(), deps);
          return create.status >= 400 && create.status < 500 && reveal.status >= 400 && reveal.status < 500;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
