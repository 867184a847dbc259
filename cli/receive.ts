import { accessSync, constants, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join } from 'node:path';
import type { DownloadOutcome, FilesDownload } from '../lib/client/reveal';
import { safeFileName, type FileStream, type SecretFile } from '../lib/crypto';
import type { CliContext } from './context';
import { CliError, EXIT, usageError } from './errors';
import { transferError } from './failures';
import { FileSink, SinkWriteError, streamToSink } from './file-sink';
import { rescueFileName } from './rescue';
import { formatBytes, progressLine } from './progress';

/*
 * `open --out-dir DIR`: a secret's files, streamed as they verify into 0600
 * temporary files in DIR, renamed to their names once the whole stream has
 * verified (cli/file-sink.ts). The names travel inside the encrypted secret,
 * so they are known only once a view is used: to never spend a view on a
 * clash, DIR must be empty unless --force, and that is checked before the
 * reveal. With --force the sender still does not choose what is replaced
 * (F-16): an existing name, or a dotfile (`.bashrc`, `.env`), is written
 * only if the recipient listed it with --replace NAME; otherwise all the
 * files go into a new subfolder of DIR instead. Invariant: nothing outside
 * DIR is ever written, and nothing in it is replaced unless listed.
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

/** Nothing a reader can see: whitespace, format characters, default-ignorables, the braille blank. */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * A name as it can be shown honestly (F-16): whitespace runs, which a page
 * or a listing collapses (`invoice.pdf` + 120 spaces + `.exe`), become one
 * space; a name of invisible characters only becomes `file`.
 */
export function visibleName(name: string): string {
  const collapsed = name.replace(/\s+/gu, ' ').trim();
  return collapsed.replace(INVISIBLE, '') === '' ? 'file' : collapsed;
}

/**
 * The names the files get on disk: their own (see `visibleName`), checked
 * once more for anything that could leave the folder (the bundle format
 * already excludes it), and made distinct ignoring case (`a.txt`, `A.txt` →
 * `a.txt`, `A (2).txt`), since the disk may not tell them apart.
 * @throws CliError (service) for a name that is not a plain file name
 */
export function diskNames(files: readonly SecretFile[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const name = visibleName(file.name);
    if (!isPlainName(file.name) || !isPlainName(name)) {
      throw new CliError(
        EXIT.service,
        `the secret names a file ${JSON.stringify(file.name)} that is not a plain file name`,
      );
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

/** `--force` and the names `--replace` lists. */
export type ReplacePolicy = { force: boolean; replace: ReadonlySet<string> };

/**
 * The names that `policy` does not let the secret write into `dir`: with
 * --force, an existing entry or a dotfile not listed with --replace. (Without
 * --force the folder was empty and nothing is ever replaced.)
 */
export function unlistedNames(dir: string, names: readonly string[], policy: ReplacePolicy): string[] {
  if (!policy.force) return [];
  return names.filter(
    (name) =>
      !policy.replace.has(name) &&
      (name.startsWith('.') || lstatSync(join(dir, name), { throwIfNoEntry: false }) !== undefined),
  );
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
 * Where the files go: `dir`, or, when the secret names files that `policy`
 * does not let it write there, a new subfolder of `dir` (mode 0700), so that
 * nothing is replaced and nothing is lost.
 */
async function chooseFolder(
  dir: string,
  names: readonly string[],
  policy: ReplacePolicy,
  ctx: CliContext,
): Promise<{ folder: string; replace: boolean }> {
  const unlisted = unlistedNames(dir, names, policy);
  if (unlisted.length === 0) return { folder: dir, replace: policy.force };
  const folder = join(dir, rescueFileName());
  mkdirSync(folder, { mode: 0o700 });
  const shown = unlisted.map((n) => JSON.stringify(n)).join(', ');
  await ctx.err(
    `handoff: the secret would write ${shown} into ${dir} (a dotfile or an existing name, not listed with ` +
      `--replace NAME); to replace nothing, its files go into ${folder} instead\n`,
  );
  return { folder, replace: false };
}

/**
 * Downloads every part (retried by lib/client/files), writing each as it
 * verifies, then gives every file its name once the whole stream verified.
 * @returns the files with where they were written
 * @throws CliError: 2 when the download fails or the bytes were altered, 1 when a file cannot be written
 */
export async function saveFiles(
  download: FileDownload,
  dir: string,
  policy: ReplacePolicy,
  ctx: CliContext,
): Promise<{ name: string; size: number; path: string }[]> {
  const names = diskNames(download.files);
  const { folder, replace } = await chooseFolder(dir, names, policy, ctx);
  let sink: FileSink;
  try {
    sink = FileSink.create(names.map((name) => join(folder, name)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw usageError(`cannot write into ${folder} (${code}); ${afterReveal(download.viewsLeft)}`);
  }
  const progress = progressLine(ctx, 'downloading');
  // A part that cannot be written ends the download as `damaged` in lib/client: remember why.
  let writeFailure: SinkWriteError | null = null;
  const through = (stream: FileStream): FileStream => {
    const view = streamToSink(stream, download.files, sink);
    const openPart = view.openPart.bind(view);
    view.openPart = async (index, sealed) => {
      try {
        return await openPart(index, sealed);
      } catch (error) {
        if (error instanceof SinkWriteError) writeFailure = error;
        throw error;
      }
    };
    return view;
  };
  let result: DownloadOutcome;
  try {
    result = await download.fetch({ onProgress: progress.update, through });
  } finally {
    await progress.end();
  }
  if (result.kind !== 'downloaded') sink.abort();
  const failure = writeFailure as SinkWriteError | null;
  if (failure) throw usageError(`cannot write into ${folder} (${failure.code}); ${afterReveal(download.viewsLeft)}`);
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
  const placed = sink.commit(() => replace);
  const saved: { name: string; size: number; path: string }[] = [];
  const failed: string[] = [];
  for (const [i, file] of download.files.entries()) {
    const { path, rescuedFrom, code } = placed[i]!;
    saved.push({ name: names[i]!, size: file.size, path });
    if (rescuedFrom !== null) failed.push(`cannot write ${rescuedFrom} (${code}); saved it as ${path}`);
    await ctx.err(`handoff: wrote ${path} (${formatBytes(file.size)}, mode 0600)\n`);
  }
  if (failed.length > 0) throw usageError(failed.join('; '));
  return saved;
}
