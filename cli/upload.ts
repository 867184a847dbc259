import { revokeSecretOnServer } from '../lib/client/api';
import { uploadFiles } from '../lib/client/files';
import type { FileStream } from '../lib/crypto';
import { attachmentReader, type Attachment } from './attachments';
import type { CliContext } from './context';
import { CliError, EXIT } from './errors';
import { transferError } from './failures';
import { progressLine } from './progress';

/*
 * The upload of a pending secret's files, then its commit. Invariant: once
 * the pending secret exists, every way out but a commit (a server error, a
 * file that changed, Ctrl-C) revokes it with the manage token, so nothing is
 * left on the server; were even that to fail, a pending secret is invisible
 * and the server drops it when its upload window ends.
 */

export type PendingSecret = { origin: string; id: string; manageToken: string };

/** Revokes a pending secret; says on standard error when that failed too. */
async function discard(pending: PendingSecret, ctx: CliContext): Promise<void> {
  const outcome = await revokeSecretOnServer(pending.origin, pending.id, pending.manageToken);
  if (outcome.kind === 'error') {
    await ctx.err(
      'handoff: the unfinished upload could not be deleted now; it stays invisible and the server drops it ' +
        'when its upload window ends (1 hour by default)\n',
    );
  }
}

/**
 * Catches Ctrl-C while `work` runs and turns it into an abort. Only the first
 * one: a second Ctrl-C ends the process the usual way.
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort(new CliError(EXIT.interrupted, 'interrupted'));
  process.once('SIGINT', onInterrupt);
  try {
    return await work(controller.signal);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

/**
 * Uploads every part and commits; revokes the pending secret on any failure.
 * @returns the committed secret's expiry
 * @throws CliError: 130 when interrupted, 2 for a server failure, 1 for a file that changed
 */
export async function uploadAttachments(
  pending: PendingSecret,
  stream: FileStream,
  attachments: readonly Attachment[],
  signal: AbortSignal,
  ctx: CliContext,
): Promise<string> {
  const progress = progressLine(ctx, 'uploading');
  const files = attachments.map((a) => a.file);
  let outcome: Awaited<ReturnType<typeof uploadFiles>>;
  try {
    signal.throwIfAborted();
    outcome = await uploadFiles(
      pending.origin,
      pending.id,
      pending.manageToken,
      stream,
      files,
      attachmentReader(attachments),
      { signal, onProgress: progress.update },
    );
  } catch (error) {
    await progress.end();
    await discard(pending, ctx);
    if (signal.aborted) {
      throw new CliError(EXIT.interrupted, 'interrupted: the upload was stopped and deleted; nothing was shared');
    }
    if (error instanceof CliError) throw new CliError(error.exitCode, `${error.message}; nothing was shared`);
    throw error;
  }
  await progress.end();
  if (outcome.kind === 'error') {
    await discard(pending, ctx);
    throw transferError(outcome, pending.origin, 'the upload failed, and what was uploaded was deleted');
  }
  return outcome.expiresAt;
}
