import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join } from 'node:path';
import type { DownloadOutcome, FilesDownload } from '../lib/client/reveal';
import { safeFileName, type SecretFile } from '../lib/crypto';
import type { CliContext } from './context';
import { CliError, EXIT, usageError } from './errors';
import { transferError } from './failures';
import { writeSecretFile } from './files';
import { formatBytes, progressLine } from './progress';

/*
 * `open --out-dir DIR`: a secret's files, downloaded, verified whole, then
 * written into DIR with mode 0600. The names travel inside the encrypted
 * secret, so they are known only once a view is used: to never spend a view
 * on a clash, DIR must be empty unless --force, and that is checked before
 * the reveal. Invariant: nothing outside DIR is ever written, and without
 * --force nothing in it is replaced (`O_EXCL`, which also refuses symlinks).
 */

function folderProblem(dir: string): string | null {
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info) return `--out-dir ${dir} does not exist: create it first`;
  if (!info.isDirectory()) return `--out-dir ${dir} is not a folder`;
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    return `--out-dir ${dir} is not writable`;
  }
  return null;
}

/**
 * Checks, before a view is used, that the files can be written into `dir`:
 * it is a writable folder and, unless `force`, an empty one.
 * @param hasFiles - whether the secret has files (the peek's `streamBytes`)
 * @throws CliError (usage)
 */
export function checkOutDir(dir: string, force: boolean, hasFiles: boolean): void {
  const problem = folderProblem(dir);
  if (problem) throw usageError(problem);
  if (hasFiles && !force && readdirSync(dir).length > 0) {
    throw usageError(
      `--out-dir ${dir} is not empty: the file names are inside the secret, so they are known only once ` +
        'a view is used; use an empty folder, or --force to replace files of the same names',
    );
  }
}

/** True when `name` can only ever mean a file directly inside the folder. */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    name !== '.' &&
    name !== '..' &&
    safeFileName(name) === name &&
    basename(name) === name &&
    !isAbsolute(name) &&
    !/[/\\\0]/.test(name)
  );
}

/**
 * The names the files get on disk: their own, checked once more for anything
 * that could leave the folder (the bundle format already excludes it), and
 * made distinct ignoring case (`a.txt`, `A.txt` → `a.txt`, `A (2).txt`),
 * since the disk may not tell them apart.
 * @throws CliError (service) for a name that is not a plain file name
 */
export function diskNames(files: readonly SecretFile[]): string[] {
  const taken = new Set<string>();
  return files.map(({ name }) => {
    if (!isPlainName(name)) {
      throw new CliError(EXIT.service, `the secret names a file ${JSON.stringify(name)} that is not a plain file name`);
    }
    let candidate = name;
    const ext = extname(name);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      candidate = `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A released secret's files (lib/client/reveal), and the views left after the reveal. */
export type FileDownload = {
  origin: string;
  files: SecretFile[];
  viewsLeft: number;
  fetch: FilesDownload;
};

/** What a failure after the reveal means for the recipient: the view is spent. */
function afterReveal(viewsLeft: number): string {
  return viewsLeft === 0
    ? 'that was its last view, so ask the sender to send it again'
    : `it has ${viewsLeft} view(s) left`;
}

/**
 * Downloads every part (retried by lib/client), authenticates the whole
 * stream, then writes each file into `dir`.
 * @returns the files with where they were written
 * @throws CliError: 2 when the download fails or the bytes were altered, 1 when a file cannot be written
 */
export async function saveFiles(
  download: FileDownload,
  dir: string,
  force: boolean,
  ctx: CliContext,
): Promise<{ name: string; size: number; path: string }[]> {
  const names = diskNames(download.files);
  const progress = progressLine(ctx, 'downloading');
  let result: DownloadOutcome;
  try {
    result = await download.fetch({ onProgress: progress.update });
  } finally {
    await progress.end();
  }
  if (result.kind === 'damaged') {
    throw new CliError(
      EXIT.service,
      `the files the server sent do not decrypt with this link: they were altered; ${afterReveal(download.viewsLeft)}`,
    );
  }
  if (result.kind === 'gone') {
    throw new CliError(
      EXIT.service,
      `the files are no longer on the server (revoked, or the download time ran out); ${afterReveal(download.viewsLeft)}`,
    );
  }
  if (result.kind === 'error') {
    throw transferError(result, download.origin, `the files were not saved; ${afterReveal(download.viewsLeft)}`);
  }
  const saved: { name: string; size: number; path: string }[] = [];
  for (const [i, file] of download.files.entries()) {
    const path = join(dir, names[i]!);
    writeSecretFile(path, result.pieces[i]!, force);
    saved.push({ name: names[i]!, size: file.size, path });
    await ctx.err(`handoff: wrote ${path} (${formatBytes(file.size)}, mode 0600)\n`);
  }
  return saved;
}
