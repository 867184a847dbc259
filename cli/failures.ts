import type { ApiFailure } from '../lib/client/create';
import type { LinkEnding } from '../lib/client/reveal';
import { API_ERRORS } from '../lib/schemas/errors';
import { CliError, EXIT } from './errors';
import { formatBytes } from './progress';

/** The message of a link that the server does not know: its one answer for all these cases. */
export const GONE_MESSAGE =
  'this link was already opened, has expired or was revoked, or never existed; ask the sender for a new one';

const ENDINGS = {
  viewed: 'this secret was already opened: every permitted view was used',
  expired: 'this link expired before it was opened; the secret was deleted unread',
  revoked: 'the sender withdrew this secret',
  locked: 'this secret was destroyed after too many wrong passwords',
} as const;

/** The message of a link that no longer opens: the specific ending when the server kept it. */
export function goneMessage(ending: LinkEnding): string {
  if (!ending) return `${GONE_MESSAGE}. If you did not open it yourself, tell the sender: someone else may have.`;
  return (
    `${ENDINGS[ending.ending]} (${ending.endedAt}); ask the sender for a new link. ` +
    'If you did not open it yourself, tell the sender: someone else may have.'
  );
}

/** An API failure as a CliError (exit 2), with the server's public message for known codes. */
export function serviceError(failure: ApiFailure, origin: string): CliError {
  if (failure.code === 'network') {
    return new CliError(EXIT.service, `cannot reach ${origin}: check the address and the network`);
  }
  if (failure.code === 'bad_response') {
    return new CliError(
      EXIT.service,
      `${origin} answered HTTP ${failure.status} with something that is not the Handoff API`,
    );
  }
  if (failure.code === 'sign_in_required') {
    return new CliError(
      EXIT.service,
      `${origin} lets only signed-in users create: create a personal API token on its API tokens page ` +
        '(/settings) and pass it as HANDOFF_TOKEN or with --token-file',
    );
  }
  return new CliError(
    EXIT.service,
    `${origin} answered HTTP ${failure.status} (${failure.code}): ${API_ERRORS[failure.code].message}`,
  );
}

/**
 * A failed reveal. `outcome_unknown`: the server lost its store mid-reveal, so the view may be used
 * up although nothing arrived here; say so plainly rather than "try again later".
 */
export function revealError(failure: ApiFailure, origin: string): CliError {
  if (failure.code !== 'outcome_unknown') return serviceError(failure, origin);
  return new CliError(
    EXIT.service,
    `${origin} lost contact with its store while revealing, so it cannot tell whether this view was used; ` +
      'nothing was received here. Try once more; if the link is then gone, ask the sender for a new one',
  );
}

const UPLOADS_PAUSED = 'has nearly no storage left, so it takes no files for now (text secrets still work); try later';

/**
 * A failed create of a secret with files. A `400 invalid_request` to a
 * well-formed request means the files are over the server's limit
 * (HANDOFF_MAX_FILE_BYTES, which a client cannot know), or a server without files.
 */
export function createFilesError(failure: ApiFailure, origin: string, filesBytes: number): CliError {
  if (failure.code === 'uploads_paused') return new CliError(EXIT.service, `${origin} ${UPLOADS_PAUSED}`);
  if (failure.status === 400 && failure.code === 'invalid_request') {
    return new CliError(
      EXIT.service,
      `${origin} refused the files: they total ${formatBytes(filesBytes)}, more than it accepts ` +
        '(its HANDOFF_MAX_FILE_BYTES, 25 MiB unless its operator changed it), or it does not take files',
    );
  }
  return serviceError(failure, origin);
}

/** A failed part upload, commit or download, with what it means for the user. */
export function transferError(failure: ApiFailure, origin: string, consequence: string): CliError {
  if (failure.code === 'uploads_paused' || failure.code === 'store_full') {
    return new CliError(EXIT.service, `${origin} ${UPLOADS_PAUSED}; ${consequence}`);
  }
  return new CliError(EXIT.service, `${serviceError(failure, origin).message}; ${consequence}`);
}
