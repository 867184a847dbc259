import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { everyRateEnv } from './limits';

/*
 * Real processes for tests: Redis servers and the built app, each on a free
 * loopback port, each stopped by whoever started it.
 */

/** A TCP port that was free a moment ago (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('freePort: no address');
  return address.port;
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms`);
}

export type Started = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

function stopper(child: ChildProcess, cleanup: () => void = () => undefined): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await once(child, 'exit');
      clearTimeout(timer);
    }
    cleanup();
  };
}

export type RedisOptions = {
  /** Extra redis-server arguments (they override the defaults). */
  args?: string[];
  /** Reuse a port (to restart a stopped server where clients expect it). */
  port?: number;
  /** Reuse a data directory (to restart with its AOF); it is then not deleted on stop. */
  dir?: string;
};

/** Waits until a Redis on `port` answers PING. */
export async function waitForRedis(port: number, timeoutMs = 10_000): Promise<void> {
  const { Redis } = await import('ioredis');
  await waitUntil(
    `redis-server on ${port}`,
    async () => {
      const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } finally {
        probe.disconnect();
      }
    },
    timeoutMs,
  );
}

/** Starts `redis-server` on a free loopback port with its own data directory (no persistence by default). */
export async function startRedis(options: RedisOptions | string[] = {}): Promise<Started & { dir: string }> {
  const { args = [], port: fixedPort, dir: fixedDir } = Array.isArray(options) ? { args: options } : options;
  const port = fixedPort ?? (await freePort());
  const dir = fixedDir ?? mkdtempSync(join(tmpdir(), 'handoff-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', ...args],
    { stdio: 'ignore' },
  );
  await waitForRedis(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    process: child,
    stop: stopper(child, () => {
      if (!fixedDir) rmSync(dir, { recursive: true, force: true });
    }),
  };
}

/** True when a Redis answers PING at `url`. */
export async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 1000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Rate limits high enough that suites creating many secrets from 127.0.0.1 never meet them. */
// Text is weighted by KiB × days: a max-size 30-day secret costs about 41,000 units.
export const GENEROUS_LIMITS = { ...everyRateEnv('100000/60'), HANDOFF_RATE_TEXT_KIB_DAYS: '9999999/1' };

/**
 * Starts the production server (`node server.mjs`, as `npm start` does) on a
 * free loopback port. Needs `next build` first.
 * @param env - extra environment, e.g. REDIS_URL and REDIS_KEY_PREFIX; rate limits default to GENEROUS_LIMITS
 */
export async function startApp(
  env: Record<string, string>,
  options: { port?: number; preload?: string } = {},
): Promise<Started & { output: () => string }> {
  const port = options.port ?? (await freePort());
  let output = '';
  // `preload`: a test-only module run inside the app before it starts (e.g. tests/support/oidc-plain-http.mjs).
  const args = options.preload ? ['--import', options.preload, 'server.mjs'] : ['server.mjs'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      REDIS_URL: '',
      ...GENEROUS_LIMITS,
      ...env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(
    `app on ${port}`,
    async () => {
      if (child.exitCode !== null) throw new Error(`app exited: ${output}`);
      return (await fetch(`${url}/api/health`)).status === 200;
    },
    30_000,
  );
  return { url, port, process: child, stop: stopper(child), output: () => output };
}
