import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { freePort, GENEROUS_LIMITS } from '../support/processes';

/*
 * Reliability review R3: a start that cannot listen must end, non-zero, with
 * one message: a bad PORT or HOSTNAME is a configuration error listed with
 * the others, and a port already in use stops the process. A process that
 * lives on without a listener is never restarted by a supervisor.
 */

type Ended = { code: number | null; ms: number; output: string };

/** Runs `node server.mjs` with `env` until it exits, or kills it after `timeoutMs` (code null). */
async function run(env: Record<string, string>, timeoutMs = 20_000): Promise<Ended> {
  const started = Date.now();
  const child = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      REDIS_URL: '',
      ...GENEROUS_LIMITS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, ms: Date.now() - started, output };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
/** Lines of a stack trace, as Node prints them. */
const stackLines = (text: string) => text.split('\n').filter((line) => /^\s+at /.test(line));

const stores = [
  ['the embedded store', () => ({})],
  ['Redis', () => ({ REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: `${inject('keyPrefix')}listen:` })],
] as const;

describe.each(stores)('R3: a start on %s', (_name, env) => {
  it('R3: with PORT=abc exits non-zero within seconds, with the one config message', async () => {
    const ended = await run({ ...env(), PORT: 'abc', HOSTNAME: '127.0.0.1' });
    expect(ended.code, ended.output).toBe(1);
    expect(ended.ms).toBeLessThan(10_000);
    expect(count(ended.output, 'config: invalid environment')).toBe(1);
    expect(count(ended.output, 'PORT: must be a TCP port')).toBe(1);
    expect(stackLines(ended.output)).toEqual([]);
  }, 30_000);

  it('R3: lists a bad PORT and a bad HOSTNAME with every other problem, in one message', async () => {
    const ended = await run({ ...env(), PORT: '70000', HOSTNAME: 'not a host!', HANDOFF_RATE_CREATE: 'abc' });
    expect(ended.code, ended.output).toBe(1);
    expect(count(ended.output, 'config: invalid environment')).toBe(1);
    expect(ended.output).toContain('PORT: must be a TCP port');
    expect(ended.output).toContain('HOSTNAME: must be an address to listen on');
    expect(ended.output).toContain('HANDOFF_RATE_CREATE');
    expect(stackLines(ended.output)).toEqual([]);
  }, 30_000);

  it('R3: on a port already in use exits non-zero within seconds, with one line saying so', async () => {
    const port = await freePort();
    const holder = createServer().listen(port, '127.0.0.1');
    await once(holder, 'listening');
    try {
      const ended = await run({ ...env(), PORT: String(port), HOSTNAME: '127.0.0.1' });
      expect(ended.code, ended.output).toBe(1);
      expect(ended.ms).toBeLessThan(15_000);
      expect(count(ended.output, 'EADDRINUSE')).toBe(1);
      expect(ended.output).toContain(`handoff: cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
      expect(stackLines(ended.output)).toEqual([]);
    } finally {
      holder.close();
    }
  }, 30_000);
});
