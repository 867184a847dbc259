import { METHODS } from 'node:http';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { API_ROUTES } from '@/lib/api/router';
import { rawRequest } from '../support/raw-http';
import { newId } from '../support/secrets';

/*
 * Every method on every /api path gets an answer from the built server
 * (`npm start`): 404 not_found for a path outside the routing table, 405 with
 * Allow for a method the path lacks, never a hang and never Next's own page.
 * Each request waits at most 5 s.
 */

const base = inject('memoryAppUrl');

/** Every method Node's HTTP parser accepts and hands to the request handler (CONNECT goes elsewhere). */
const NODE_METHODS = METHODS.filter((m) => m !== 'CONNECT');
const known = new RegExp(`^(${API_ROUTES.map((r) => r.pattern.source.slice(1, -1)).join('|')})$`);

function expectJsonError(answer: { headers: Record<string, unknown>; body: string }, code: string): void {
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(answer.body)).toMatchObject({ error: code });
}

describe('answers for unknown API paths and methods', () => {
  it('F-01: a POST, PUT or PATCH with a body to an /api path with no route is answered 404 within 5 s', async () => {
    for (const method of ['POST', 'PUT', 'PATCH']) {
      for (const path of ['/api/x', '/api/health/x', `/api/secrets/${newId()}/status/x`, '/api/secrets/x/y/z']) {
        const answer = await rawRequest(base, method, path, {
          body: '{}',
          headers: { 'content-type': 'application/json' },
        });
        expect(answer.status, `${method} ${path}`).toBe(404);
        expectJsonError(answer, 'not_found');
      }
    }
  });

  it('answers random unknown /api paths with 404 for every method, never hanging', async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom(...NODE_METHODS),
        fc.boolean(),
        async (parts, method, withBody) => {
          const path = ['/api', ...parts].join('/');
          fc.pre(!known.test(path));
          const answer = await rawRequest(base, method, path, withBody ? { body: '{"a":1}' } : {});
          expect(answer.status, `${method} ${path}`).toBe(404);
          if (method !== 'HEAD') expectJsonError(answer, 'not_found');
        },
      ),
      { numRuns: 120 },
    );
  });

  it('answers every method a known path lacks with 405 and Allow, OPTIONS with 204 and Allow', async () => {
    for (const route of API_ROUTES) {
      const path = route.template.replace('{id}', newId()).replace('{n}', '0');
      const allowed = route.allow.split(', ');
      for (const method of NODE_METHODS.filter((m) => !allowed.includes(m) || m === 'OPTIONS')) {
        const answer = await rawRequest(base, method, path, method === 'OPTIONS' ? {} : { body: '{}' });
        expect(answer.headers.allow, `${method} ${path}`).toBe(route.allow);
        if (method === 'OPTIONS') {
          expect(answer.status).toBe(204);
        } else {
          expect(answer.status, `${method} ${path}`).toBe(405);
          if (method !== 'HEAD') expectJsonError(answer, 'method_not_allowed');
        }
      }
    }
  });

  it('answers /api itself, a query string and the absolute request form from the table, not from Next', async () => {
    expect((await rawRequest(base, 'POST', '/api', { body: '{}' })).status).toBe(404);
    expect((await rawRequest(base, 'GET', '/api/x?y=1')).status).toBe(404);
    const absolute = await rawRequest(base, 'POST', '/api/x', { target: `${base}/api/x`, body: '{}' });
    expect(absolute.status).toBe(404);
    expectJsonError(absolute, 'not_found');
    const health = await rawRequest(base, 'GET', '/api/health', { target: `${base}/api/health?probe=1` });
    expect(health.status).toBe(200);
  });

  it('keeps the connection for a small unread body and closes it after a large one', async () => {
    const small = await rawRequest(base, 'POST', '/api/x', { body: '{}', keepAlive: true });
    expect(small.status).toBe(404);
    expect(small.headers.connection).toBe('keep-alive');
    // Declared large, only its start sent: the server decides from the declared length, and a client still
    // writing a megabyte into the connection it closes could see a reset (EPIPE) before it reads the answer.
    const large = await rawRequest(base, 'POST', '/api/x', {
      body: Buffer.alloc(1024),
      headers: { 'content-length': String(1024 * 1024) },
      keepAlive: true,
    });
    expect(large.status).toBe(404);
    expect(large.headers.connection).toBe('close');
  });
});
