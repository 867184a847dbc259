import type { CreateSecretInput, SecretStatusResponse } from '../schemas/secrets';
import { isCreateSecretResponse, isSecretStatusResponse } from './responses';
import { callJson, failureOf, type ApiFailure, type ServerLike } from './http';

/*
 * The sender's JSON calls (./api holds the recipient's): create a secret, read
 * its receipt, revoke it. Same rules as ./api: validated responses, outcomes
 * as values.
 */

export type CreateOutcome = { kind: 'created'; expiresAt: string } | ApiFailure;
export type StatusOutcome = { kind: 'found'; receipt: SecretStatusResponse } | { kind: 'missing' } | ApiFailure;
export type RevokeOutcome = { kind: 'revoked' } | { kind: 'missing' } | ApiFailure;

/** POST /api/secrets */
export async function createSecretOnServer(server: ServerLike, request: CreateSecretInput): Promise<CreateOutcome> {
  const res = await callJson(
    server,
    '/api/secrets',
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) },
    'creator',
  );
  if ('kind' in res) return res;
  if (res.status !== 201) return failureOf(res.status, res.body);
  const body = res.body;
  return isCreateSecretResponse(body) ? { kind: 'created', expiresAt: body.expiresAt } : failureOf(res.status, null);
}

/** GET /api/secrets/:id/status with the manage token: the sender's receipt. */
export async function secretStatusOnServer(
  server: ServerLike,
  id: string,
  manageToken: string,
): Promise<StatusOutcome> {
  const res = await callJson(server, `/api/secrets/${encodeURIComponent(id)}/status`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${manageToken}` },
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return failureOf(res.status, res.body);
  const body = res.body;
  return isSecretStatusResponse(body) ? { kind: 'found', receipt: body } : failureOf(res.status, null);
}

/** DELETE /api/secrets/:id with the manage token: destroys the secret now. */
export async function revokeSecretOnServer(
  server: ServerLike,
  id: string,
  manageToken: string,
): Promise<RevokeOutcome> {
  const res = await callJson(server, `/api/secrets/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${manageToken}` },
    // Sent even when the page is closed right after (a cancelled upload is revoked this way).
    keepalive: true,
  });
  if ('kind' in res) return res;
  if (res.status === 204) return { kind: 'revoked' };
  if (res.status === 404) return { kind: 'missing' };
  return failureOf(res.status, res.body);
}
