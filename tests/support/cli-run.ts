import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * Runs the real `handoff` command (bin/handoff.mjs, which loads the bundle)
 * as a child process. Children start in a new session (`detached`), without
 * a controlling terminal, so a prompt can never block a test: the CLI sees no
 * /dev/tty, exactly as in CI.
 */

let built = false;

/** The launcher, by absolute path, so that a test may run handoff in another folder (`cwd`). */
const LAUNCHER = fileURLToPath(new URL('../../bin/handoff.mjs', import.meta.url));

/** Bundles cli/ into dist-cli/ once per test file, so tests always run the current source. */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['cli/build.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cli/build.mjs failed:\n${result.stderr}`);
  built = true;
}

export type CliRun = {
  code: number | null;
  stdout: Buffer;
  /** stdout as UTF-8 */
  out: string;
  err: string;
};

export type CliOptions = {
  /** Bytes for standard input; none (EOF at once) by default. */
  input?: string | Buffer;
  /** Environment on top of PATH only, so nothing of the test's own leaks in. */
  env?: Record<string, string>;
  /** Text for file descriptor 3, written through a pipe. */
  fd3?: string;
  /** A file opened as file descriptor 3. */
  fd3File?: string;
  cwd?: string;
  timeoutMs?: number;
};

/** Runs `handoff ...args` and collects its output. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const fileFd = options.fd3File ? openSync(options.fd3File, 'r') : undefined;
  const stdio: StdioOptions = ['pipe', 'pipe', 'pipe'];
  if (options.fd3 !== undefined) stdio.push('pipe');
  else if (fileFd !== undefined) stdio.push(fileFd);
  const child = spawn(process.execPath, [LAUNCHER, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env } as Record<string, string> as NodeJS.ProcessEnv,
    stdio,
    detached: true,
  });
  if (fileFd !== undefined) closeSync(fileFd);
  const out: Buffer[] = [];
  let err = '';
  child.stdout!.on('data', (d: Buffer) => out.push(d));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin!.end(options.input ?? '');
  if (options.fd3 !== undefined) (child.stdio[3] as NodeJS.WritableStream).end(options.fd3);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out);
      resolve({ code, stdout, out: stdout.toString('utf8'), err });
    });
  });
}

/** `handoff send` with --json; returns the parsed result or throws with the CLI's error. */
export async function sendWithCli(
  base: string,
  text: string | Buffer,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{
  link: string;
  manageLink?: string;
  id: string;
  expiresAt: string;
  maxViews: number;
  hasPassword: boolean;
}> {
  const run = await runCli(['send', '--server', base, '--json', ...args], { input: text, env });
  if (run.code !== 0) throw new Error(`handoff send exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out) as Awaited<ReturnType<typeof sendWithCli>>;
}
