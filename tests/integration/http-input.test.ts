import fc from 'fast-check';
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { newId, newProof } from '../support/secrets';
import { postJson, shareText } from '../support/client';
import { rawRequest } from '../support/raw-http';

/*
 * Bad input gets a clear 4xx with a stable code, never a 5xx, never a lost
 * secret. Against the production build on Redis.
 */

const base = inject('redisAppUrl');
const create = (body: unknown, headers: Record<string, string> = {}) => postJson(`${base}/api/secrets`, body, headers);

/** Sends a body with Transfer-Encoding: chunked (no Content-Length) and returns the status. */
function postChunked(path: string, chunks: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('API input handling', () => {
  it('answers 415 for a body that is not JSON-typed', async () => {
    const res = await create('{}', { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.json).toMatchObject({ error: 'unsupported_media_type' });
  });

  it('answers 400 invalid_json for malformed JSON and for an empty body', async () => {
    for (const body of ['{', '', 'nul', '{"a":1}}']) {
      const res = await create(body);
      expect(res.status, body).toBe(400);
      expect(res.json).toMatchObject({ error: 'invalid_json' });
    }
  });

  it('answers 413 for a declared Content-Length over the cap, before reading it', async () => {
    // Only the start is sent: the server must answer from the declared length, before the body arrives (and a
    // client still writing 1.5 MB into the connection it then closes could see a reset instead of the answer).
    const res = await rawRequest(base, 'POST', '/api/secrets', {
      body: 'x'.repeat(1024),
      headers: { 'content-type': 'application/json', 'content-length': '1500000' },
    });
    expect(res.status).toBe(413);
  });

  it('answers 413 for a chunked body that grows over the cap', async () => {
    const chunk = 'a'.repeat(64 * 1024);
    expect(
      await postChunked(
        '/api/secrets',
        Array.from({ length: 30 }, () => chunk),
      ),
    ).toBe(413);
  });

  it('rejects unknown keys, __proto__ and wrong types with 400 invalid_request and a path', async () => {
    const shared = await shareText(base, 'valid');
    const valid = { ...shared.sealed, id: newId(), ttlSeconds: 300, maxViews: 1 };
    const cases: [string, unknown][] = [
      ['extra key', { ...valid, plaintext: 'oops' }],
      ['__proto__', JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(valid).slice(1)}`)],
      ['ttl not offered', { ...valid, ttlSeconds: 301 }],
      ['views not offered', { ...valid, maxViews: 4 }],
      ['views as string', { ...valid, maxViews: '1' }],
      ['short id', { ...valid, id: 'abc' }],
      ['envelope not a bucket', { ...valid, envelope: valid.envelope.slice(0, -4) }],
      ['verifier with padding', { ...valid, linkVerifier: `${valid.linkVerifier.slice(0, 42)}=` }],
      ['password verifier without kdf', { ...valid, passwordVerifier: newProof() }],
      ['array body', [valid]],
      ['null body', null],
    ];
    for (const [name, body] of cases) {
      const res = await create(body);
      expect(res.status, name).toBe(400);
      expect(res.json, name).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('answers 400 for a malformed id in the path and 405 for a wrong method', async () => {
    const bad = await postJson(`${base}/api/secrets/not-an-id/reveal`, { linkProof: newProof() });
    expect(bad.status).toBe(400);
    const wrongMethod = await fetch(`${base}/api/secrets/${newId()}/reveal`);
    expect(wrongMethod.status).toBe(405);
  });

  it('never answers 5xx to arbitrary JSON on create and reveal, and leaves a stored secret intact', async () => {
    const shared = await shareText(base, 'survivor');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.boolean(), async (body, onReveal) => {
        const url = onReveal ? `${base}/api/secrets/${shared.id}/reveal` : `${base}/api/secrets`;
        const res = await postJson(url, body);
        return res.status >= 400 && res.status < 500;
      }),
      { numRuns: 300 },
    );
    const released = await postJson(`${base}/api/secrets/${shared.id}/reveal`, { linkProof: shared.linkProof });
    expect(released.status).toBe(200);
  });
});
