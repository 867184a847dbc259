import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { everyRateEnv } from '../../tests/support/limits';
import { freePort } from '../../tests/support/processes';

/*
 * The servers the API benchmark loads, each a real process on a free
 * loopback port, each stopped by the benchmark: the baseline, the app as
 * `npm start` runs it (the lean adapter in server.mjs) and the app through
 * Next's own route handling (bench/next-server.mjs).
 */

export type Server = { url: string; stop: () => Promise<void>; output: () => string };

/**
 * Rate limits that a benchmark from one address never meets: a million a second. (The config
 * takes at most 7 digits; above about 4 million a second the limiter's Lua arithmetic on
 * epoch milliseconds rounds the step to 0 and every call fails, so stay well below that.)
 */
const UNLIMITED = '1000000/1';

/** The app's environment for a benchmark: Redis when `redisUrl` is given, else the memory store. */
export function appEnv(redisUrl: string | null, keyPrefix: string): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    REDIS_URL: redisUrl ?? '',
    REDIS_KEY_PREFIX: keyPrefix,
    HANDOFF_MEMORY_MAX_BYTES: String(4 * 1024 ** 3),
    ...everyRateEnv(UNLIMITED),
    // Room for the 100 MiB file round trip of the browser section.
    HANDOFF_MAX_FILE_BYTES: String(128 * 1024 * 1024),
  };
}

/** Spawns `command` with PORT set, waits until GET /api/health answers 200. */
async function spawnServer(command: string, args: (port: number) => string[], env: Record<string, string>) {
  const port = await freePort();
  let output = '';
  const child = spawn(command, args(port), {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await once(child, 'exit');
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, stop, output: () => output };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command} did not answer within 30 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** bench/baseline-server.mjs on Redis; `rateLimit` adds the app's rate-limit script to each call. */
export function startBaseline(redisUrl: string, keyPrefix: string, rateLimit = false): Promise<Server> {
  return spawnServer(
    process.execPath,
    () => ['--conditions=react-server', '--import', 'tsx', 'bench/baseline-server.mjs'],
    { REDIS_URL: redisUrl, KEY_PREFIX: keyPrefix, BASELINE_RATE_LIMIT: rateLimit ? '1' : '0' },
  );
}

/** The app as `npm start` serves it: server.mjs, the API through the lean node:http adapter. */
export function startAdapter(
  redisUrl: string | null,
  keyPrefix: string,
  extra: Record<string, string> = {},
): Promise<Server> {
  return spawnServer(process.execPath, () => ['server.mjs'], { ...appEnv(redisUrl, keyPrefix), ...extra });
}

/**
 * The app through Next's own route handling: the catch-all route (app/api/[[...path]]) serves the
 * same table (bench/next-server.mjs; production refuses `next start` itself).
 */
export function startNext(redisUrl: string | null, keyPrefix: string): Promise<Server> {
  return spawnServer(process.execPath, () => ['bench/next-server.mjs'], appEnv(redisUrl, keyPrefix));
}
