import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSUPPORTED_HOST_MESSAGE } from '@/lib/api/startup';
import { freePort, GENEROUS_LIMITS } from '../support/processes';
import { rawRequest } from '../support/raw-http';
import { newId, newProof } from '../support/secrets';

/*
 * The ways of starting the app: `npm start` (server.mjs; every other
 * integration suite), `next start` (refused in production: it cannot see
 * client addresses) and `next dev` (the catch-all route, same table).
 */

const NEXT = 'node_modules/.bin/next';

function run(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(NEXT, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await once(child, 'exit');
  clearTimeout(timer);
}

describe('next start', () => {
  it('refuses to serve the production build: it exits non-zero and says to use npm start', async () => {
    const port = await freePort();
    const { child, output } = run(['start', '-H', '127.0.0.1', '-p', String(port)], { NODE_ENV: 'production' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code, output()).not.toBe(0);
      expect(code, output()).not.toBeNull();
      expect(output()).toContain(UNSUPPORTED_HOST_MESSAGE);
    } finally {
      clearTimeout(timer);
      await stop(child);
    }
  });
});

/*
 * `next dev` compiles on first request; on this 2-core machine it starts
 * in a few seconds offline. It writes to .next/dev, apart from the
 * production build the other suites run.
 */
describe('next dev', () => {
  let base = '';
  let dev: ReturnType<typeof run>;

  beforeAll(async () => {
    const port = await freePort();
    dev = run(['dev', '-H', '127.0.0.1', '-p', String(port)], {
      ...GENEROUS_LIMITS,
      HANDOFF_RATE_PEEK: '3/600',
      NODE_ENV: 'development',
    });
    base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (dev.child.exitCode !== null) throw new Error(`next dev exited: ${dev.output()}`);
      const answered = await rawRequest(base, 'GET', '/api/health', { timeoutMs: 60_000 }).catch(() => null);
      if (answered?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`next dev did not answer within 90 s: ${dev.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 120_000);

  afterAll(async () => {
    if (dev) await stop(dev.child);
  });

  it('answers from the same table: 404 for unknown paths, 405 with Allow, a known route', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'GET']) {
      const answer = await rawRequest(base, method, '/api/x/y', method === 'GET' ? {} : { body: '{}' });
      expect(answer.status, `${method} /api/x/y`).toBe(404);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'not_found' });
    }
    const wrong = await rawRequest(base, 'PATCH', '/api/secrets', { body: '{}' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST, OPTIONS');
    const options = await rawRequest(base, 'OPTIONS', `/api/secrets/${newId()}`);
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, DELETE, HEAD, OPTIONS');
    const openapi = await rawRequest(base, 'GET', '/api/openapi.json', { timeoutMs: 60_000 });
    expect(JSON.parse(openapi.body)).toHaveProperty('openapi');
  });

  it('F-07: a client-sent x-handoff-peer cannot escape its rate-limit bucket', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const answer = await rawRequest(base, 'GET', `/api/secrets/${newId()}`, {
        headers: { authorization: `Bearer ${newProof()}`, 'x-handoff-peer': `203.0.113.${i + 1}` },
        timeoutMs: 60_000, // the first request may compile the route
      });
      statuses.push(answer.status);
    }
    // HANDOFF_RATE_PEEK is 3 per 600 s: three misses (404), then refusals, whatever peer each claimed.
    expect(statuses).toEqual([404, 404, 404, 429, 429, 429]);
  });
});
