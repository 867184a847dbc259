import type { SecretStatusResponse } from '../schemas/secrets';
import type { ApiFailure, ServerLike } from './api';
import { revokeSecretOnServer, secretStatusOnServer } from './sender-api';

export type { ApiFailure } from './http';

/*
 * The sender's flows after sharing, for the browser and the CLI alike, with
 * the manage token of `<origin>/m#<id><token>`: read the receipt, revoke.
 * Neither can read the secret.
 */

export type ReceiptOutcome =
  | { kind: 'found'; receipt: SecretStatusResponse }
  /** A wrong manage link, or a receipt that has expired. */
  | { kind: 'gone' }
  | ApiFailure;

/** GET /api/secrets/:id/status: whether and when the secret was opened. */
export async function fetchReceipt(server: ServerLike, id: string, manageToken: string): Promise<ReceiptOutcome> {
  const outcome = await secretStatusOnServer(server, id, manageToken);
  return outcome.kind === 'missing' ? { kind: 'gone' } : outcome;
}

export type RevokeLinkOutcome =
  | { kind: 'revoked' }
  /** Nothing to revoke: a wrong manage link, or a receipt that has expired. */
  | { kind: 'gone' }
  | ApiFailure;

/** DELETE /api/secrets/:id: destroys the secret now, opened or not. Revoking twice is harmless. */
export async function revokeLink(server: ServerLike, id: string, manageToken: string): Promise<RevokeLinkOutcome> {
  const outcome = await revokeSecretOnServer(server, id, manageToken);
  return outcome.kind === 'missing' ? { kind: 'gone' } : outcome;
}
