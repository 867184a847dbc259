import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerDeps } from '../support/api-deps';
import {
  commitUpload,
  createSecret,
  getPart,
  peekSecret,
  putPart,
  revealSecret,
  revokeSecret,
  secretStatus,
} from '../support/web-handlers';
import { b64, newId, newProof, secretFixture } from '../support/secrets';
import { randomBytes } from 'node:crypto';

/*
 * 10,000 hostile requests across every API route, straight into the
 * framework-independent handlers: wrong types, unknown and __proto__ keys,
 * huge and astral strings, truncated and streamed bodies, wrong content types,
 * bodies one byte over the cap. None may get a 5xx, and a secret stored
 * beforehand (its id is among the targets; its link proof is not, as an
 * attacker does not have it) must come out unchanged.
 */

const MAX_BODY = 8192;
const deps = handlerDeps({ maxBodyBytes: MAX_BODY });
const { store, limiter } = deps;
const sentinel = secretFixture({ maxViews: 2, password: true });

beforeAll(async () => {
  await store.putSecret(sentinel.secret);
});
afterAll(async () => {
  await store.close();
  await limiter.close();
});

const validCreate = () => ({
  id: newId(),
  envelope: b64(randomBytes(285)),
  linkVerifier: newProof(),
  passwordVerifier: null,
  kdf: null,
  ttlSeconds: 300,
  maxViews: 1,
});

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    'A'.repeat(43),
    'A'.repeat(22),
    '__proto__',
    'constructor',
    '\u0000',
    '💥'.repeat(30),
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    [],
    {},
  ),
);

const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc
    .tuple(fc.constantFrom(...Object.keys(validCreate()), '__proto__', 'constructor', 'extra'), hostileValue)
    .map(([key, value]) => JSON.stringify({ ...validCreate(), [key]: value })),
  fc
    .tuple(fc.constantFrom('linkProof', 'passwordProof', '__proto__', 'x'), hostileValue)
    .map(([key, value]) => JSON.stringify({ linkProof: newProof(), [key]: value })),
  fc.nat({ max: 300 }).map((cut) => JSON.stringify(validCreate()).slice(0, cut)),
  fc.constant(`{"a":"${'x'.repeat(MAX_BODY - 7)}"}`), // one byte over the cap
  fc.constant(`{"a":"${'x'.repeat(MAX_BODY - 8)}"}`), // exactly at the cap
  fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 3000 }).map((s) => JSON.stringify({ envelope: s })),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/octet-stream',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
);

const pathId = fc.oneof(
  fc.constant(sentinel.secret.id),
  fc.constant(newId()),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('__proto__', '..', '%00', 'A'.repeat(23)),
);

const authorization = fc.oneof(
  fc.constant(`Bearer ${newProof()}`),
  fc.constant(`Bearer ${sentinel.secret.linkVerifier}`),
  fc.string({ maxLength: 80 }),
  fc.constant(''),
);

function request(body: string, type: string, streamed: boolean, auth: string, method = 'POST'): Request {
  const headers = new Headers();
  if (type) headers.set('Content-Type', type);
  if (auth) headers.set('Authorization', auth);
  if (method === 'GET' || method === 'DELETE') return new Request('http://h/api', { method, headers });
  if (!streamed) return new Request('http://h/api', { method, headers, body });
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 97) controller.enqueue(bytes.subarray(i, i + 97));
      controller.close();
    },
  });
  return new Request('http://h/api', { method, headers, body: stream, duplex: 'half' } as RequestInit);
}

describe('API under hostile input', () => {
  it('answers 10,000 hostile requests across every route without a 5xx, and the stored secret is unchanged', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('create', 'peek', 'reveal', 'status', 'revoke', 'putPart', 'commit', 'getPart'),
        hostileBody,
        contentType,
        fc.boolean(),
        pathId,
        authorization,
        async (route, body, type, streamed, id, auth) => {
          let response: Response;
          switch (route) {
            case 'create':
              response = await createSecret(request(body, type, streamed, auth), deps);
              break;
            case 'reveal':
              response = await revealSecret(request(body, type, streamed, auth), id, deps);
              break;
            case 'peek':
              response = await peekSecret(request(body, type, streamed, auth, 'GET'), id, deps);
              break;
            case 'status':
              response = await secretStatus(request(body, type, streamed, auth, 'GET'), id, deps);
              break;
            case 'revoke':
              response = await revokeSecret(request(body, type, streamed, auth, 'DELETE'), id, deps);
              break;
            case 'putPart':
              response = await putPart(request(body, type, streamed, auth, 'PUT'), id, body.slice(0, 3), deps);
              break;
            case 'commit':
              response = await commitUpload(request(body, type, streamed, auth), id, deps);
              break;
            case 'getPart':
              response = await getPart(request(body, type, streamed, auth, 'GET'), id, body.slice(0, 2), deps);
              break;
          }
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          return response.status < 500;
        },
      ),
      { numRuns: 10_000 },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(100);

    const meta = await store.peekSecret(sentinel.secret.id, sentinel.linkVerifier);
    expect(meta?.viewsLeft).toBe(2);
    const receipt = await store.secretStatus(sentinel.secret.id, sentinel.secret.manageVerifier!);
    expect(receipt).toMatchObject({ state: 'active', viewsUsed: 0, failedAttempts: 0 });
  }, 120_000);
});
