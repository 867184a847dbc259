import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { linkCredentials, newLeaseToken, sealSecret } from '@/lib/crypto';
import { ownerCredentials, parseRequestFragment, sealAnswer, sealRequest } from '@/lib/crypto/requests';
import { newManageToken } from '@/lib/crypto/manage';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { partLength } from '@/lib/protocol/v1';
import { commitHttp, createWithFiles, getPartHttp, putPartHttp, revealWithLease } from '../support/files';
import { API_ROUTES } from '@/lib/api/router';
import { PART_BYTES } from '@/lib/protocol/v1';

/*
 * GET /api/openapi.json against the production build: it is valid OpenAPI
 * 3.1, it names exactly the rows of the routing table (lib/api/router.ts), and every operation in it,
 * called for real, answers with a documented status and a body that matches
 * the documented schema.
 */

const base = inject('redisAppUrl');

type Operation = {
  responses: Record<
    string,
    { content?: { 'application/json'?: { schema: unknown }; 'application/octet-stream'?: object } }
  >;
};
type Document = { paths: Record<string, Record<string, Operation | unknown>> };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let document: Document;
let resolved: Document;

beforeAll(async () => {
  const response = await fetch(`${base}/api/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  document = (await response.json()) as Document;
  const validator = new Validator();
  const result = await validator.validate(document as unknown as Record<string, unknown>);
  expect(result.errors).toBeUndefined();
  resolved = validator.resolveRefs() as unknown as Document;
});

function operations(doc: Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

/** The rows of the API's one routing table, as `METHOD /api/...{param}`. */
function routeOperations(): string[] {
  return API_ROUTES.flatMap((route) => Object.keys(route.methods).map((method) => `${method} ${route.template}`));
}

/** Real calls for each documented operation: one that succeeds, and ones that fail in documented ways. */
async function callEach(): Promise<Record<string, Response[]>> {
  const { fragment, manageToken, sealed } = await sealSecret({ kind: 'text', text: 'openapi walk' });
  const { id, linkProof } = linkCredentials(decodeBase64url(fragment));
  const other = newManageToken().token;
  const json = (body: unknown) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const bearer = (token: string, method = 'GET') => ({ method, headers: { Authorization: `Bearer ${token}` } });
  const at = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
  const secret = `/api/secrets/${id}`;
  const files = await createWithFiles(base);
  const [first, last] = files.parts as [Buffer, Buffer];
  const puts = [
    await putPartHttp(base, files.id, 0, files.manageToken, first),
    await putPartHttp(base, files.id, 1, files.manageToken, first), // 400: wrong length
    await putPartHttp(base, files.id, 1, other, last), // 404
    await putPartHttp(base, files.id, 1, files.manageToken, last, 'text/plain'), // 415
    await putPartHttp(base, files.id, 1, files.manageToken, Buffer.alloc(PART_BYTES + 1)), // 413
  ];
  const incomplete = await commitHttp(base, files.id, files.manageToken); // 409
  puts.push(await putPartHttp(base, files.id, 1, files.manageToken, last));
  const commits = [
    incomplete,
    await commitHttp(base, files.id, files.manageToken),
    await commitHttp(base, files.id, other),
  ];
  puts.push(await putPartHttp(base, files.id, 1, files.manageToken, last)); // 409: committed
  const noLease = await fetch(`${base}/api/secrets/${files.id}/reveal`, json({ linkProof: files.linkProof })); // 400
  const { lease, response: revealed } = await revealWithLease(base, files.id, files.linkProof);
  expect(revealed.status).toBe(200);
  const requests = await callRequests(json, bearer, at, other);
  return {
    ...requests.calls,
    'PUT /api/secrets/{id}/parts/{n}': puts,
    'POST /api/secrets/{id}/commit': commits,
    'GET /api/secrets/{id}/parts/{n}': [
      await getPartHttp(base, files.id, 0, lease),
      await getPartHttp(base, files.id, 0, other),
      await getPartHttp(base, files.id, 0),
    ],
    'POST /api/secrets': [
      await at('/api/secrets', json({ ...sealed, ttlSeconds: 300, maxViews: 1 })),
      await at('/api/secrets', json({ ...sealed, ttlSeconds: 300, maxViews: 1 })), // 409
      await at('/api/secrets', json({ ...sealed, ttlSeconds: 1 })), // 400
    ],
    'GET /api/secrets/{id}': [await at(secret, bearer(linkProof)), await at(secret), await at(secret, bearer(other))],
    'GET /api/secrets/{id}/status': [
      await at(`${secret}/status`, bearer(manageToken)),
      await at(`${secret}/status`, bearer(other)),
    ],
    'POST /api/secrets/{id}/reveal': [
      await at(`${secret}/reveal`, json({ linkProof })),
      await at(`${secret}/reveal`, json({ linkProof })), // 404: used up
      noLease,
      requests.answerRevealed, // 200: an answer, read with the collect proof
    ],
    // After the reveal above used the one view: the link holder learns the ending, anyone else gets 404.
    'GET /api/secrets/{id}/ending': [
      await at(`${secret}/ending`, bearer(linkProof)),
      await at(`${secret}/ending`, bearer(other)),
      await at(`${secret}/ending`),
    ],
    'DELETE /api/secrets/{id}': [
      await at(secret, bearer(manageToken, 'DELETE')),
      await at(secret, bearer(other, 'DELETE')),
    ],
    'GET /api/health': [await at('/api/health')],
    'GET /api/ready': [await at('/api/ready')],
    'GET /api/openapi.json': [await at('/api/openapi.json')],
    'GET /api/policy': [await at('/api/policy')],
    // Sign-in and tokens on an instance without sign-in (with it: tests/integration/auth-*.test.ts).
    'GET /api/auth/session': [await at('/api/auth/session')],
    'GET /api/auth/login': [await at('/api/auth/login', { redirect: 'manual' })],
    'GET /api/auth/callback': [await at('/api/auth/callback?code=x&state=y', { redirect: 'manual' })],
    'POST /api/auth/logout': [await at('/api/auth/logout', { method: 'POST' })],
    'GET /api/tokens': [await at('/api/tokens')],
    'POST /api/tokens': [await at('/api/tokens', json({ name: 'ci' }))],
    'DELETE /api/tokens/{id}': [await at('/api/tokens/abcdefghijkl', { method: 'DELETE' })],
  };
}

type At = (path: string, init?: RequestInit) => Promise<Response>;

/** The request calls (docs/api.md § Requests), each answering as documented. */
async function callRequests(
  json: (body: unknown) => RequestInit,
  bearer: (token: string, method?: string) => RequestInit,
  at: At,
  other: string,
) {
  const request = async () => {
    const made = sealRequest('openapi walk');
    const body = { ...made.sealed, ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };
    const link = parseRequestFragment(made.requestFragment);
    if (!link.ok) throw new Error('bad link');
    const owner = ownerCredentials(decodeBase64url(made.ownerFragment));
    return { made, body, link, owner, path: `/api/requests/${made.sealed.id}` };
  };
  const text = await request();
  const creates = [
    await at('/api/requests', json(text.body)),
    await at('/api/requests', json(text.body)), // 409
    await at('/api/requests', json({ ...text.body, ttlSeconds: 300 })), // 400
  ];
  const answer = await sealAnswer(text.link, { kind: 'text', text: 'the answer' });
  const submit = (token: string, body: unknown) =>
    at(`${text.path}/answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  const peeks = [
    await at(text.path, bearer(answer.submitProof)),
    await at(text.path, bearer(text.owner.manageToken)),
    await at(text.path, bearer(other)), // 404
    await at(text.path), // 401
  ];
  const answers = [
    await submit(answer.submitProof, { answer: 'A' }), // 400
    await submit(other, answer.sealed), // 404
    await submit(answer.submitProof, answer.sealed), // 201
    await submit(answer.submitProof, answer.sealed), // 409
  ];
  const answerRevealed = await at(
    `/api/secrets/${text.made.sealed.id}/reveal`,
    json({ linkProof: text.owner.collectProof }),
  );
  expect(answerRevealed.status).toBe(200);

  // An answer with files: parts and commit with the responder's upload token.
  const withFiles = await request();
  expect((await at('/api/requests', json(withFiles.body))).status).toBe(201);
  const data = new Uint8Array(1_200_000);
  const sealed = await sealAnswer(withFiles.link, {
    kind: 'bundle',
    text: '',
    files: [{ name: 'f.bin', type: '', size: data.length }],
  });
  const upload = newLeaseToken();
  const filesAnswer = await at(`${withFiles.path}/answer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sealed.submitProof}` },
    body: JSON.stringify({ ...sealed.sealed, uploadVerifier: upload.verifier }),
  });
  expect(filesAnswer.status).toBe(201);
  const stream = sealed.stream!;
  const partBody = (index: number) => new Uint8Array(partLength(stream.streamBytes, index));
  const put = (index: number, token: string, body: Uint8Array) =>
    at(`${withFiles.path}/answer/parts/${index}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: body as BodyInit,
    });
  const commit = (token: string) => at(`${withFiles.path}/answer/commit`, bearer(token, 'POST'));
  const parts = [
    await put(0, upload.token, partBody(0)), // 204 (not a real stream: the store checks lengths only)
    await put(1, upload.token, partBody(0)), // 400: wrong length
    await put(1, other, partBody(1)), // 404
  ];
  const commits = [await commit(upload.token)]; // 409: incomplete
  parts.push(await put(1, upload.token, partBody(1)));
  commits.push(await commit(upload.token), await commit(other));
  const revokes = [
    await at(text.path, bearer(text.owner.manageToken, 'DELETE')),
    await at(text.path, bearer(other, 'DELETE')),
  ];
  return {
    answerRevealed,
    calls: {
      'POST /api/requests': creates,
      'GET /api/requests/{id}': peeks,
      'POST /api/requests/{id}/answer': answers,
      'PUT /api/requests/{id}/answer/parts/{n}': parts,
      'POST /api/requests/{id}/answer/commit': commits,
      'DELETE /api/requests/{id}': revokes,
    },
  };
}

describe('OpenAPI document served by the app', () => {
  it('names exactly the API routes that exist', () => {
    expect(operations(document).sort()).toEqual(routeOperations().sort());
  });

  it('documents the status and the body of every answer to every operation', async () => {
    const calls = await callEach();
    expect(Object.keys(calls).sort()).toEqual(operations(document).sort());
    for (const [key, responses] of Object.entries(calls)) {
      const [method, path] = key.split(' ') as [string, string];
      const operation = resolved.paths[path]![method.toLowerCase()] as Operation;
      for (const response of responses) {
        const documented = operation.responses[String(response.status)];
        expect(documented, `${key} answered ${response.status}`).toBeDefined();
        if (response.headers.get('content-type') === 'application/octet-stream') {
          expect(documented?.content?.['application/octet-stream'], `${key} ${response.status} binary`).toBeDefined();
          continue;
        }
        const schema = documented?.content?.['application/json']?.schema;
        const body: unknown = response.status === 204 ? null : await response.json();
        if (!schema) {
          expect(body, `${key} ${response.status} has a body`).toBeNull();
          continue;
        }
        const check = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(body);
        expect(check.success, `${key} ${response.status}: ${JSON.stringify(check.error?.issues)}`).toBe(true);
      }
    }
    // The walk saw success and failure: 201, 409, 400, 200, 401, 404, 204, 413, 415.
    const statuses = new Set(Object.values(calls).flatMap((r) => r.map((x) => x.status)));
    expect([...statuses].sort()).toEqual([200, 201, 204, 400, 401, 404, 409, 413, 415]);
  });
});
