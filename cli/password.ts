import { fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { Socket } from 'node:net';
import { ReadStream } from 'node:tty';
import { CliError, EXIT, usageError } from './errors';

/*
 * Where a password comes from. Never from a plain argument: arguments land in
 * shell history and in every process listing. Invariant: no message here ever
 * contains the password.
 */

export type PasswordSource = { kind: 'prompt' } | { kind: 'fd'; fd: number } | { kind: 'env'; name: string };

export type PasswordFlags = { password?: boolean; 'password-fd'?: string; 'password-env'?: string };

/** The one password source the flags name, or null for none. */
export function passwordSource(flags: PasswordFlags): PasswordSource | null {
  const given = [flags.password, flags['password-fd'], flags['password-env']].filter((f) => f !== undefined);
  if (given.length > 1) throw usageError('use only one of --password, --password-fd and --password-env');
  const fdText = flags['password-fd'];
  if (fdText !== undefined) {
    const fd = /^\d{1,4}$/.test(fdText) ? Number(fdText) : NaN;
    if (!Number.isInteger(fd) || fd === 1 || fd === 2) {
      throw usageError('--password-fd needs the number of a readable file descriptor, e.g. 3 (and not 1 or 2)');
    }
    return { kind: 'fd', fd };
  }
  const name = flags['password-env'];
  if (name !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw usageError('--password-env needs a variable name, e.g. PASSWORD');
    return { kind: 'env', name };
  }
  return flags.password ? { kind: 'prompt' } : null;
}

/** Drops one trailing newline (`\n` or `\r\n`), as `echo` and password managers add it. */
export function stripOneNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads everything from a file descriptor: a file, a pipe, or a socket (a child's extra stdio).
 * @param flag - the option that named it, for the message when it is not open
 */
export async function readFd(fd: number, flag = '--password-fd'): Promise<string> {
  let isStream: boolean;
  try {
    const stat = fstatSync(fd);
    isStream = stat.isFIFO() || stat.isSocket();
  } catch {
    throw usageError(`${flag} ${fd}: no such open file descriptor`);
  }
  // Pipes handed down by another process may be non-blocking: read them through libuv, not readFileSync.
  if (isStream) return readStream(new Socket({ fd, readable: true, writable: false }));
  return readFileSync(fd, 'utf8');
}

/**
 * Reads the password from a file descriptor or an environment variable. The
 * variable is removed from `env` afterwards, so a command run with `--exec`
 * does not inherit it.
 * @throws CliError (usage) when it is missing or empty
 */
export async function readPassword(
  source: Exclude<PasswordSource, { kind: 'prompt' }>,
  env: Record<string, string | undefined>,
): Promise<string> {
  let password: string;
  if (source.kind === 'env') {
    password = env[source.name] ?? '';
    delete env[source.name];
    if (!password) throw usageError(`the environment variable ${source.name} is not set or is empty`);
  } else {
    password = stripOneNewline(await readFd(source.fd));
    if (!password) throw usageError(`file descriptor ${source.fd} gave an empty password`);
  }
  return password;
}

/** A terminal-like input: Node's tty.ReadStream, or a fake in tests. */
export type RawInput = NodeJS.ReadableStream & { setRawMode(mode: boolean): unknown };

/**
 * Reads one line in raw mode without echoing it. Handles Backspace, Ctrl-U
 * (clear), Enter or Ctrl-D (done), Ctrl-C (interrupt); ignores escape
 * sequences (arrow keys) and other control characters.
 * @throws CliError with EXIT.interrupted on Ctrl-C
 */
export function readHiddenLine(input: RawInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let chars: string[] = [];
    const finish = (error: CliError | null): void => {
      input.removeListener('data', onData);
      input.setRawMode(false);
      input.pause();
      if (error) reject(error);
      else resolve(chars.join(''));
    };
    const onData = (data: Buffer | string): void => {
      const text = data.toString();
      if (text.startsWith('\u001b')) return;
      for (const ch of text) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(null);
        if (ch === '\u0003') return finish(new CliError(EXIT.interrupted, 'interrupted'));
        if (ch === '\u007f' || ch === '\b') chars.pop();
        else if (ch === '\u0015') chars = [];
        else if (ch >= ' ') chars.push(ch);
      }
    };
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
  });
}

/**
 * Asks for a password on the controlling terminal (`/dev/tty`), so it works
 * while standard input carries the secret. The prompt goes to the terminal too.
 * @returns the password, or null when there is no terminal to ask on
 */
export async function promptPassword(question: string): Promise<string | null> {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r+');
  } catch {
    return null;
  }
  const input = new ReadStream(fd);
  try {
    writeSync(fd, question);
    return await readHiddenLine(input);
  } finally {
    writeSync(fd, '\n');
    input.destroy();
  }
}
