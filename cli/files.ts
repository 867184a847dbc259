import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MAX_PADDED_BYTES } from '../lib/protocol/v1';
import type { CliContext } from './context';
import { mergeDotenv, type DotenvEntry } from './dotenv';
import { usageError } from './errors';

/** Largest text secret: the largest padded payload less its kind byte and the padding marker. */
export const MAX_SECRET_BYTES = MAX_PADDED_BYTES - 2;
/** Files the CLI writes are readable by their owner only. */
export const SECRET_FILE_MODE = 0o600;

function tooLarge(bytes: number): Error {
  return usageError(`the input is ${bytes} bytes; the largest secret is ${MAX_SECRET_BYTES} bytes`);
}

async function readLimited(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_SECRET_BYTES) throw tooLarge(size);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The bytes to send: from FILE, or from standard input for `-` or no FILE.
 * Refuses to wait on a terminal unless `-` asks for it explicitly.
 */
export async function readSecretInput(file: string | undefined, ctx: CliContext): Promise<Uint8Array> {
  if (file === undefined || file === '-') {
    if (file === undefined && ctx.stdin.isTTY) {
      throw usageError('nothing to send: give a FILE, pipe text in, or use `-` to type it (end with Ctrl-D)');
    }
    return readLimited(ctx.stdin);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw usageError(`cannot read ${file} (${code})`);
  }
  if (bytes.length > MAX_SECRET_BYTES) throw tooLarge(bytes.length);
  return bytes;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 exactly (a byte-order mark is kept), so `open` gives back the same bytes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw usageError('the input is not UTF-8 text; Handoff sends text only (base64-encode binary files first)');
  }
}

/**
 * Checks, before a view is consumed, that `path` can be written: its folder
 * exists and, without `force`, nothing is there yet. `lstat`, so that a
 * symlink, even a dangling one, counts as there (F-09): the write never
 * follows it, so it would fail only after the view is used.
 */
export function checkOutputPath(path: string, force: boolean): void {
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw usageError(`${path} is a directory`);
  if (existing && !force) {
    const what = existing.isSymbolicLink() ? 'already exists (a symlink)' : 'already exists';
    throw usageError(`${path} ${what}: use --force to replace it`);
  }
  if (!statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory()) {
    throw usageError(`the folder of ${path} does not exist`);
  }
}

/** Bytes to write: one array, or pieces written one after another (a received file). */
export type FileBytes = Uint8Array | readonly Uint8Array[];

/**
 * Creates `path` exclusively (`O_EXCL`: an existing file or symlink is never
 * followed or touched) with mode 0600 and writes `data`. A failed write
 * removes the file it created, so no half-written secret stays behind.
 */
function writeExclusive(path: string, data: FileBytes): void {
  const fd = openSync(path, 'wx', SECRET_FILE_MODE);
  try {
    fchmodSync(fd, SECRET_FILE_MODE); // whatever the umask, owner-only
    for (const piece of data instanceof Uint8Array ? [data] : data) {
      for (let at = 0; at < piece.length;) at += writeSync(fd, piece, at);
    }
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * A temporary name in the folder of `path`, short whatever the target's
 * length (a sender may choose a 255-byte name: F-12), so it always fits.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.handoff-${randomBytes(8).toString('hex')}.tmp`);
}

/** Writes a complete 0600 file next to `path` and renames it over `path`: never a half-written secret. */
function replaceAtomically(path: string, data: FileBytes): void {
  const temp = temporaryPath(path);
  try {
    writeExclusive(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a secret to `path` with mode 0600. Without `force` an existing file
 * is never touched (`O_EXCL`); with it, the file is replaced atomically.
 */
export function writeSecretFile(path: string, data: FileBytes, force: boolean): void {
  try {
    if (force) replaceAtomically(path, data);
    else writeExclusive(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw usageError(`cannot write ${path} (${code})${code === 'EEXIST' ? ': use --force to replace it' : ''}`);
  }
}

/** The current text of an env file, or '' when it does not exist yet. */
export function readEnvFile(path: string): string {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (!existing) {
    if (!statSync(dirname(path), { throwIfNoEntry: false })?.isDirectory()) {
      throw usageError(`the folder of ${path} does not exist`);
    }
    return '';
  }
  if (!existing.isFile()) throw usageError(`${path} is not a regular file`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw usageError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Merges variables into the env file at `path` (created if missing) and
 * rewrites it atomically with mode 0600, following a symlink to its target.
 */
export function mergeIntoEnvFile(path: string, entries: readonly DotenvEntry[]): void {
  const target = statSync(path, { throwIfNoEntry: false }) ? realpathSync(path) : path;
  const merged = mergeDotenv(readEnvFile(target), entries);
  try {
    replaceAtomically(target, new TextEncoder().encode(merged));
  } catch (error) {
    throw usageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
