import type { ApiFailure } from '../lib/client/api';
import { API_ERRORS } from '../lib/schemas/errors';
import { CliError, EXIT } from './errors';

/** The message of a link that the server does not know: its one answer for all these cases. */
export const GONE_MESSAGE =
  'this link was already opened, has expired or was revoked, or never existed; ask the sender for a new one';

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
  return new CliError(
    EXIT.service,
    `${origin} answered HTTP ${failure.status} (${failure.code}): ${API_ERRORS[failure.code].message}`,
  );
}
