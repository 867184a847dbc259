import { Readable } from 'node:stream';
import type { CliContext } from '@/cli/context';

/** A CliContext with captured output and the given standard input, for running commands in-process. */
export function fakeContext(
  options: { env?: Record<string, string | undefined>; stdin?: string; stdinIsTTY?: boolean } = {},
) {
  const out: Buffer[] = [];
  const err: string[] = [];
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdinIsTTY ?? false,
  });
  const ctx: CliContext = {
    env: { ...options.env },
    stdin,
    out: async (data) => void out.push(Buffer.from(data)),
    err: async (text) => void err.push(text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return {
    ctx,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => err.join(''),
  };
}
