import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { startApp } from '../support/processes';
import { b64, newId, newProof, verifierOf } from '../support/secrets';

/* Graceful shutdown: SIGTERM stops new work, finishes what is in flight, exits 0. */

describe('on SIGTERM the server', () => {
  it('reports draining, finishes an in-flight request, then exits cleanly', async () => {
    const app = await startApp({});
    expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);

    // Start a create whose body arrives slowly: it is in flight when SIGTERM lands.
    const url = new URL('/api/secrets', app.url);
    const answered = new Promise<number>((resolve, reject) => {
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
      req.write('{"id":');
      setTimeout(() => req.end('1}'), 1500);
    });
    await new Promise((r) => setTimeout(r, 300));
    app.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));

    expect(await answered).toBe(400); // the in-flight request got its (validation) answer
    const [code] = (await once(app.process, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(app.output()).toContain('SIGTERM received');
    expect(app.output()).toContain('handoff: stopped');
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
  }, 30_000);
});

/*
 * Reliability review R2: under keep-alive load, SIGTERM must drain. Workers
 * each hold one keep-alive connection and loop create → reveal. After
 * SIGTERM every answer carries `Connection: close`, so each worker's
 * connection ends after its next answer, and its next connection is refused
 * (the server no longer listens): a refused connection sent nothing and is
 * safe. A reset (ECONNRESET, "socket hang up") is a request that was sent and
 * cut: there must be none, and the process must exit 0 within its grace.
 */

type Outcome = { at: number; status: number; connection: string } | { at: number; error: string };

function call(agent: Agent, base: string, method: string, path: string, body?: unknown): Promise<Outcome> {
  const url = new URL(path, base);
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request({
      host: url.hostname,
      port: url.port,
      method,
      path: url.pathname,
      agent,
      headers:
        text === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
    });
    req.setTimeout(12_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ at: Date.now(), error: error.code ?? error.message }));
    req.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ at: Date.now(), status: res.statusCode ?? 0, connection: String(res.headers.connection ?? '') }),
      );
    });
    req.end(text);
  });
}

/** Creates and reveals secrets over one keep-alive connection until the server refuses it, or `until`. */
async function worker(base: string, until: number, outcomes: Outcome[]): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    while (Date.now() < until) {
      const id = newId();
      const linkProof = newProof();
      const created = await call(agent, base, 'POST', '/api/secrets', {
        id,
        envelope: b64(randomBytes(285)),
        linkVerifier: verifierOf(linkProof),
        passwordVerifier: null,
        kdf: null,
        ttlSeconds: 300,
        maxViews: 1,
      });
      outcomes.push(created);
      if ('error' in created) return;
      const revealed = await call(agent, base, 'POST', `/api/secrets/${id}/reveal`, { linkProof });
      outcomes.push(revealed);
      if ('error' in revealed) return;
      await new Promise((r) => setTimeout(r, Math.random() * 3));
    }
  } finally {
    agent.destroy();
  }
}

const stores = [
  ['memory', () => ({})],
  ['redis', () => ({ REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: `${inject('keyPrefix')}drain:` })],
] as const;

describe.each(stores)('R2: on SIGTERM under keep-alive load (%s store) the server', (_name, env) => {
  it('R2: fails readiness at once, closes each connection after its next answer, resets nothing, exits 0', async () => {
    const app = await startApp(env());
    const outcomes: Outcome[] = [];
    const until = Date.now() + 20_000;
    const perWorker = Array.from({ length: 12 }, (): Outcome[] => []);
    const workers = perWorker.map((own) => worker(app.url, until, own));
    const probe = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await call(probe, app.url, 'GET', '/api/ready')).toMatchObject({ status: 200 });

    await new Promise((r) => setTimeout(r, 1500));
    const servedBefore = perWorker.reduce((n, own) => n + own.length, 0);
    const exited = once(app.process, 'exit') as Promise<[number | null]>;
    const signalledAt = Date.now();
    app.process.kill('SIGTERM');
    while (!app.output().includes('SIGTERM received') && Date.now() < signalledAt + 3000) {
      await new Promise((r) => setTimeout(r, 5));
    }
    // Readiness fails at once, on a connection opened before SIGTERM, and that answer closes it too.
    const ready = await call(probe, app.url, 'GET', '/api/ready');
    probe.destroy();
    const [code] = await exited;
    const exitMs = Date.now() - signalledAt;
    await Promise.all(workers);
    for (const own of perWorker) outcomes.push(...own);

    expect(servedBefore).toBeGreaterThan(20);
    const errors = outcomes.flatMap((o) => ('error' in o ? [o.error] : []));
    expect(errors.filter((e) => e !== 'ECONNREFUSED')).toEqual([]); // no request sent and then cut
    expect(errors.length).toBe(12); // each worker ended on a refused new connection
    expect(ready).toMatchObject({ status: 503, connection: 'close' });
    const answers = outcomes.flatMap((o) => ('status' in o ? [o] : []));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    // Each worker's connection was ended by an answer that said so: its last one before the refusal.
    for (const own of perWorker) {
      const last = own.at(-2);
      expect(last && 'status' in last ? last.connection : last).toBe('close');
    }
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(10_000);
    expect(app.output()).toContain('handoff: stopped');
    expect(app.output()).not.toContain('did not finish in time');
  }, 60_000);
});
