import type { ShareOutcome } from '../lib/client/create';
import type { CliContext } from './context';
import { CliError, EXIT } from './errors';
import { createFilesError, serviceError, transferError } from './failures';

/*
 * `send`'s side of lib/client/create: Ctrl-C as the share's abort signal, and
 * each way a share can end without a link as what the user reads. The flow
 * itself revokes a pending secret on every way out but a commit.
 */

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

const LEFT_BEHIND =
  'handoff: the unfinished upload could not be deleted now; it stays invisible and the server drops it ' +
  'when its upload window ends (1 hour by default)\n';

/**
 * What a share that produced no link means for the user; says on standard
 * error first when the pending secret could not be deleted.
 * @param filesBytes - the files' total, or null for a text secret
 * @returns the CliError to throw: 130 when interrupted, 2 for a server failure, a reader's own code for a file
 */
export async function shareError(
  outcome: Exclude<ShareOutcome, { kind: 'created' }>,
  origin: string,
  filesBytes: number | null,
  ctx: CliContext,
): Promise<unknown> {
  if (outcome.kind === 'error' && outcome.code === 'outcome_unknown') {
    // The create flow checked with the link proof (or revoked the pending upload): nothing opens.
    return new CliError(
      EXIT.service,
      `${origin} lost contact with its store while creating; nothing was shared: try again`,
    );
  }
  if (outcome.kind === 'error') {
    return filesBytes === null ? serviceError(outcome, origin) : createFilesError(outcome, origin, filesBytes);
  }
  if (outcome.leftBehind) await ctx.err(LEFT_BEHIND);
  switch (outcome.kind) {
    case 'cancelled':
      return new CliError(EXIT.interrupted, 'interrupted: the upload was stopped and deleted; nothing was shared');
    case 'upload_failed':
      return transferError(outcome.failure, origin, 'the upload failed, and what was uploaded was deleted');
    case 'unreadable': {
      const { error } = outcome;
      return error instanceof CliError ? new CliError(error.exitCode, `${error.message}; nothing was shared`) : error;
    }
  }
}
