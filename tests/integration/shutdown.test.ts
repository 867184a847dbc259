import { once } from 'node:events';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startApp } from '../support/processes';

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
