import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { safeFileName, type SecretFile } from '../lib/crypto';
import { MAX_FILES_PER_SECRET } from '../lib/policy';
import type { SliceReader } from '../lib/client/create';
import { usageError } from './errors';

/*
 * `send --attach PATH`: files read part by part from disk, so memory stays
 * bounded by a part (about 1 MiB) whatever they weigh. Invariant: what is sent
 * is exactly the bytes the manifest promised; a file that changes while it is
 * read stops the upload instead of sending a mix of old and new bytes.
 */

export type Attachment = {
  path: string;
  /** The manifest's entry: a name the bundle format accepts, no type (the CLI does not guess one), the size. */
  file: SecretFile;
  handle: FileHandle;
  mtimeMs: number;
};

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

async function openAttachment(path: string): Promise<Attachment> {
  // stat first: opening a FIFO for reading would block until someone writes to it.
  const before = await stat(path).catch((error: unknown) => {
    throw usageError(`--attach: cannot read ${path} (${code(error)})`);
  });
  if (!before.isFile()) throw usageError(`--attach: ${path} is not a regular file`);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw usageError(`--attach: cannot read ${path} (${code(error)})`);
  });
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw usageError(`--attach: ${path} is not a regular file`);
  }
  return {
    path,
    file: { name: safeFileName(basename(path)), type: '', size: info.size },
    handle,
    mtimeMs: info.mtimeMs,
  };
}

/** Closes every attachment; never throws. */
export async function closeAttachments(attachments: readonly Attachment[]): Promise<void> {
  await Promise.all(attachments.map((a) => a.handle.close().catch(() => undefined)));
}

/**
 * Opens the files to attach and checks what can be checked on this machine:
 * 1 to 20 regular, readable files whose names differ (also in case, since the
 * recipient's disk may not tell `A.txt` from `a.txt`). The server's limit on
 * their total size is its own (HANDOFF_MAX_FILE_BYTES) and is checked when the
 * secret is created, before any upload.
 * @throws CliError (usage) naming the first problem; nothing stays open then
 */
export async function openAttachments(paths: readonly string[]): Promise<Attachment[]> {
  if (paths.length > MAX_FILES_PER_SECRET) {
    throw usageError(
      `--attach: at most ${MAX_FILES_PER_SECRET} files per secret (got ${paths.length}); zip them into one`,
    );
  }
  const opened: Attachment[] = [];
  try {
    const names = new Map<string, string>();
    for (const path of paths) {
      const attachment = await openAttachment(path);
      opened.push(attachment);
      const key = attachment.file.name.toLowerCase();
      const other = names.get(key);
      if (other !== undefined) {
        throw usageError(`--attach: ${other} and ${path} would both arrive as "${attachment.file.name}"; rename one`);
      }
      names.set(key, path);
    }
    return opened;
  } catch (error) {
    await closeAttachments(opened);
    throw error;
  }
}

function changed(attachment: Attachment): Error {
  return usageError(`--attach: ${attachment.path} changed while it was being sent; send it again once it is final`);
}

/**
 * Reads `[start, end)` of an attachment at its offset, refusing a file whose
 * size or modification time is no longer the one measured when it was opened.
 */
export function attachmentReader(attachments: readonly Attachment[]): SliceReader {
  return async (index, start, end) => {
    const attachment = attachments[index]!;
    const info = await attachment.handle.stat();
    if (info.size !== attachment.file.size || info.mtimeMs !== attachment.mtimeMs) throw changed(attachment);
    const out = new Uint8Array(end - start);
    let filled = 0;
    while (filled < out.length) {
      const { bytesRead } = await attachment.handle.read(out, filled, out.length - filled, start + filled);
      if (bytesRead === 0) throw changed(attachment);
      filled += bytesRead;
    }
    return out;
  };
}
