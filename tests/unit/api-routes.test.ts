import { METHODS } from 'node:http';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiReply } from '@/lib/api/fast-path';
import { API_ROUTES, routeApi } from '@/lib/api/router';
import { SHARED_PEER } from '@/lib/api/next-host';
import * as catchAll from '@/app/api/[[...path]]/route';
import { handlerDeps } from '../support/api-deps';
import { b64, newId, newProof, verifierOf } from '../support/secrets';
import { randomBytes } from 'node:crypto';

/*
 * The API's route contract: every path × method of the one routing table
 * (lib/api/router.ts), pinned to the handler that answers it, under both
 * hosts: the table as the node:http adapter runs it (`npm start`) and the
 * catch-all Next route (`next dev`). A handler is identified by what it does:
 * the rate-limited action it counts and the store call it makes. A row added,
 * removed or pointed at another handler without this table fails here.
 */

/** `actions`: the limits it counts, in order (a create also pays its text budget, F-02). */
type Row = { method: string; path: string; actions: string[]; store: string | null };

// prettier-ignore
const CONTRACT: Row[] = [
  { method: 'POST',   path: '/api/secrets',                 actions: ['create', 'textKiBDays'], store: 'putSecret' },
  { method: 'GET',    path: '/api/secrets/{id}',            actions: ['peek'],     store: 'peekSecret' },
  { method: 'DELETE', path: '/api/secrets/{id}',            actions: ['manage'],   store: 'revokeSecret' },
  { method: 'POST',   path: '/api/secrets/{id}/reveal',     actions: ['reveal'],   store: 'claimSecret' },
  { method: 'GET',    path: '/api/secrets/{id}/status',     actions: ['manage'],   store: 'secretStatus' },
  { method: 'GET',    path: '/api/secrets/{id}/ending',     actions: ['peek'],     store: 'secretEnding' },
  { method: 'POST',   path: '/api/secrets/{id}/commit',     actions: ['upload'],   store: 'commitUpload' },
  { method: 'PUT',    path: '/api/secrets/{id}/parts/{n}',  actions: ['upload'],   store: 'putPart' },
  { method: 'GET',    path: '/api/secrets/{id}/parts/{n}',  actions: ['download'], store: 'readPart' },
  { method: 'POST',   path: '/api/requests',                actions: ['requestCreate', 'textKiBDays'], store: 'putRequest' },
  { method: 'GET',    path: '/api/requests/{id}',           actions: ['peek'],     store: 'peekRequest' },
  { method: 'DELETE', path: '/api/requests/{id}',           actions: ['manage'],   store: 'revokeRequest' },
  // A submission peeks first (the answer's lifetime prices it); an unknown id ends there.
  { method: 'POST',   path: '/api/requests/{id}/answer',    actions: ['answer'],   store: 'peekRequest' },
  { method: 'POST',   path: '/api/requests/{id}/answer/commit', actions: ['upload'], store: 'commitAnswer' },
  { method: 'PUT',    path: '/api/requests/{id}/answer/parts/{n}', actions: ['upload'], store: 'putAnswerPart' },
  // Sign-in and personal tokens: with HANDOFF_AUTH=none (these deps) the account routes answer 404 before
  // any limit or store call; with sign-in on they are pinned by tests/integration/auth-*.test.ts.
  { method: 'GET',    path: '/api/auth/session',            actions: [],            store: null },
  { method: 'GET',    path: '/api/auth/login',              actions: [],            store: null },
  { method: 'GET',    path: '/api/auth/callback',           actions: [],            store: null },
  { method: 'POST',   path: '/api/auth/logout',             actions: [],            store: null },
  { method: 'GET',    path: '/api/tokens',                  actions: [],            store: null },
  { method: 'POST',   path: '/api/tokens',                  actions: [],            store: null },
  { method: 'DELETE', path: '/api/tokens/{id}',             actions: [],            store: null },
  { method: 'GET',    path: '/api/health',                  actions: [],            store: 'ping' },
  { method: 'GET',    path: '/api/ready',                   actions: [],            store: 'ping' },
  { method: 'GET',    path: '/api/openapi.json',            actions: [],            store: null },
  { method: 'GET',    path: '/api/policy',                  actions: [],            store: null },
];

/** Every method Node's HTTP parser accepts and hands to the request handler (CONNECT goes elsewhere). */
const NODE_METHODS = METHODS.filter((m) => m !== 'CONNECT');
/** The methods the catch-all route exports; Next answers any other itself. */
const NEXT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Handler dependencies that record each rate-limited action, client address and store call. */
function recordingDeps() {
  const base = handlerDeps();
  const calls = { actions: [] as string[], clients: [] as string[], store: [] as string[] };
  const store = new Proxy(base.store, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.store.push(name);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const limiter = {
    hit: (action: string, client: string, cost?: number) => {
      calls.actions.push(action);
      calls.clients.push(client);
      return base.limiter.hit(action as never, client, cost);
    },
    close: () => base.limiter.close(),
  };
  const close = async () => {
    await base.store.close();
    await base.limiter.close();
  };
  return { deps: { ...base, store, limiter }, calls, close };
}

const recorded = recordingDeps();
// The catch-all route takes the process-wide dependencies (lib/api/context.ts): these.
(globalThis as Record<symbol, unknown>)[Symbol.for('handoff.apiDeps')] = recorded.deps;

afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('handoff.apiDeps')];
  await recorded.close();
});

/** A request that gets past each handler's checks to its store call. */
function probe(row: Row, method = row.method): { url: string; init: RequestInit } {
  const id = newId();
  const url = `http://h${row.path.replace('{id}', id).replace('{n}', '0')}`;
  const auth = { Authorization: `Bearer ${newProof()}` };
  const json = (body: unknown) => ({ 'Content-Type': 'application/json', body: JSON.stringify(body) });
  let init: RequestInit = { method, headers: auth };
  if (row.path === '/api/secrets') {
    const { body, ...headers } = json({
      id,
      envelope: b64(randomBytes(285)),
      linkVerifier: verifierOf(newProof()),
      passwordVerifier: null,
      kdf: null,
      ttlSeconds: 300,
      maxViews: 1,
    });
    init = { method, headers, body };
  } else if (row.path === '/api/requests') {
    const { body, ...headers } = json({
      id,
      note: b64(randomBytes(285)),
      submitVerifier: verifierOf(newProof()),
      collectVerifier: verifierOf(newProof()),
      manageVerifier: verifierOf(newProof()),
      ttlSeconds: 3600,
      answerTtlSeconds: 300,
      maxViews: 1,
    });
    init = { method, headers, body };
  } else if (row.path.endsWith('/answer')) {
    const { body, ...headers } = json({ answer: b64(randomBytes(305)) });
    init = { method, headers: { ...auth, ...headers }, body };
  } else if (row.path.endsWith('/reveal')) {
    const { body, ...headers } = json({ linkProof: newProof() });
    init = { method, headers, body };
  } else if (method === 'PUT') {
    init = { method, headers: { ...auth, 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(1) };
  }
  return { url, init };
}

type Answer = { status: number; headers: Headers; body: string };
type Host = { name: string; methods: string[]; call: (url: string, init: RequestInit) => Promise<Answer> };

const fromReply = (reply: ApiReply): Answer => ({
  status: reply.status,
  headers: new Headers(reply.headers),
  body: reply.body === null ? '' : typeof reply.body === 'string' ? reply.body : '<bytes>',
});

const HOSTS: Host[] = [
  {
    name: 'the routing table (npm start, through the node:http adapter)',
    methods: NODE_METHODS,
    call: async (url, init) => {
      const request = new Request(url, { ...init, method: init.method === 'GET' ? 'GET' : 'POST' });
      const api = { method: init.method ?? 'GET', headers: request.headers, body: init.body ? request.body : null };
      return fromReply(await routeApi(api, new URL(url).pathname, recorded.deps));
    },
  },
  {
    name: 'the catch-all Next route (next dev)',
    methods: NEXT_METHODS,
    call: async (url, init) => {
      const handler = (catchAll as Record<string, unknown>)[init.method ?? 'GET'] as (r: Request) => Promise<Response>;
      const response = await handler(new Request(url, init));
      return { status: response.status, headers: response.headers, body: await response.text() };
    },
  },
];

function allowOf(path: string): string[] {
  const methods = CONTRACT.filter((r) => r.path === path).map((r) => r.method);
  if (methods.includes('GET')) methods.push('HEAD');
  return [...methods, 'OPTIONS'].sort();
}

const PATHS = [...new Set(CONTRACT.map((r) => r.path))];

describe('the API route contract', () => {
  it('has exactly the rows of the contract: none missing, none unlisted', () => {
    const table = API_ROUTES.flatMap((route) => Object.keys(route.methods).map((m) => `${m} ${route.template}`));
    expect(table.sort()).toEqual(CONTRACT.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('exports every method from the catch-all route, each answering through the table', () => {
    const exported = NEXT_METHODS.filter((m) => typeof (catchAll as Record<string, unknown>)[m] === 'function');
    expect(exported).toEqual(NEXT_METHODS);
  });

  describe.each(HOSTS)('under $name', (host) => {
    it.each(CONTRACT)('$method $path runs its own handler', async (row) => {
      const { url, init } = probe(row);
      recorded.calls.actions.length = 0;
      recorded.calls.store.length = 0;
      const answer = await host.call(url, init);
      expect(answer.status, answer.body).toBeLessThan(500);
      expect(answer.status).not.toBe(405);
      expect(recorded.calls.actions).toEqual(row.actions);
      expect(recorded.calls.store).toEqual(row.store ? [row.store] : []);
      if (row.path === '/api/openapi.json') expect(JSON.parse(answer.body)).toHaveProperty('openapi');
    });

    it.each(CONTRACT.filter((r) => r.method === 'GET'))('HEAD $path runs GET and sends no body', async (row) => {
      const { url, init } = probe(row, 'HEAD');
      recorded.calls.store.length = 0;
      const answer = await host.call(url, init);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).toBe('');
      expect(recorded.calls.store).toEqual(row.store ? [row.store] : []);
    });

    it.each(PATHS)('%s answers OPTIONS 204 and any other method 405, each with Allow', async (path) => {
      const allowed = allowOf(path);
      for (const method of host.methods.filter((m) => !allowed.includes(m) || m === 'OPTIONS')) {
        recorded.calls.store.length = 0;
        const answer = await host.call(probe({ method, path, actions: [], store: null }).url, { method });
        const allow = answer.headers.get('allow')?.split(', ').sort();
        expect(allow, `${method} ${path}`).toEqual(allowed);
        expect(recorded.calls.store, `${method} ${path}`).toEqual([]);
        if (method === 'OPTIONS') {
          expect(answer.status).toBe(204);
        } else {
          expect(answer.status, `${method} ${path}`).toBe(405);
          expect(JSON.parse(answer.body)).toMatchObject({ error: 'method_not_allowed' });
        }
      }
    });

    it('answers 404 not_found to every method on any path under /api that is not in the table', async () => {
      const segment = fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
      const known = new RegExp(`^(${API_ROUTES.map((r) => r.pattern.source.slice(1, -1)).join('|')})$`);
      await fc.assert(
        fc.asyncProperty(fc.array(segment, { maxLength: 5 }), fc.constantFrom(...host.methods), async (parts, m) => {
          const path = ['/api', ...parts].join('/');
          fc.pre(!known.test(path));
          const answer = await host.call(`http://h${path}`, { method: m });
          expect(answer.status, `${m} ${path}`).toBe(404);
          if (m !== 'HEAD') expect(JSON.parse(answer.body)).toMatchObject({ error: 'not_found' });
        }),
        { numRuns: 200 },
      );
    });
  });

  it('F-07: under next dev, a client-sent x-handoff-peer or X-Forwarded-For cannot pick the rate-limit bucket', async () => {
    recorded.deps.config.trustedProxies = { kind: 'hops', count: 1, header: 'x-forwarded-for' };
    try {
      for (const peer of ['203.0.113.7', '198.51.100.9', '::1']) {
        recorded.calls.clients.length = 0;
        const { url, init } = probe(CONTRACT[1]!);
        const headers = {
          ...(init.headers as Record<string, string>),
          'x-handoff-peer': peer,
          'x-forwarded-for': peer,
        };
        await catchAll.GET(new Request(url, { ...init, headers }));
        expect(recorded.calls.clients).toEqual([SHARED_PEER]);
      }
    } finally {
      recorded.deps.config.trustedProxies = { kind: 'none' };
    }
  });
});
