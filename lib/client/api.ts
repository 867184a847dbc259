import type { PeekSecretResponse, RevealedFiles, SecretEndingResponse } from '../schemas/secrets';
import { isApiErrorBody, isPeekSecretResponse, isRevealSecretResponse, isSecretEndingResponse } from './responses';
import { callJson, failureOf, type ApiFailure, type ServerLike } from './http';

/*
 * The API's JSON calls, for the browser and the CLI alike, on the one
 * transport of ./http. They only move what lib/crypto produced: ids,
 * envelopes, proofs, verifiers. Every response is validated before use
 * (./responses: the zod schemas of lib/schemas as small guards, so no page
 * ships zod); outcomes are values, never throws. Components and CLI commands
 * call the flows (./create, ./reveal, ./manage), not these. The sender's
 * calls (create, status, revoke) are in ./sender-api: the recipient's page
 * loads only these.
 */

export type { ApiFailure, ApiServer, ServerLike } from './http';

export type PeekOutcome = ({ kind: 'found' } & PeekSecretResponse) | { kind: 'missing' } | ApiFailure;
export type EndingOutcome = ({ kind: 'ended' } & SecretEndingResponse) | { kind: 'missing' } | ApiFailure;

export type RevealOutcome =
  | { kind: 'released'; envelope: string; viewsLeft: number; files: RevealedFiles | null }
  | { kind: 'wrong_password'; attemptsLeft: number }
  | { kind: 'missing' }
  | ApiFailure;

/** GET /api/secrets/:id: metadata only, never consumes a view. */
export async function peekSecretOnServer(server: ServerLike, id: string, linkProof: string): Promise<PeekOutcome> {
  const res = await callJson(server, `/api/secrets/${encodeURIComponent(id)}`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${linkProof}` },
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return failureOf(res.status, res.body);
  const body = res.body;
  return isPeekSecretResponse(body) ? { kind: 'found', ...body } : failureOf(res.status, null);
}

/**
 * POST /api/secrets/:id/reveal: consumes one view. Call only on an explicit user action.
 * @param leaseVerifier - SHA-256 of a fresh lease token, for a secret with files (peek says so)
 */
export async function revealSecretOnServer(
  server: ServerLike,
  id: string,
  linkProof: string,
  passwordProof: string | null,
  leaseVerifier: string | null = null,
): Promise<RevealOutcome> {
  const res = await callJson(server, `/api/secrets/${encodeURIComponent(id)}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      linkProof,
      ...(passwordProof ? { passwordProof } : {}),
      ...(leaseVerifier ? { leaseVerifier } : {}),
    }),
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status === 403) {
    const body = res.body;
    if (isApiErrorBody(body) && body.attemptsLeft !== undefined) {
      return { kind: 'wrong_password', attemptsLeft: body.attemptsLeft };
    }
  }
  if (res.status !== 200) return failureOf(res.status, res.body);
  const body = res.body;
  return isRevealSecretResponse(body) ? { kind: 'released', ...body } : failureOf(res.status, null);
}

/** GET /api/secrets/:id/ending with the link proof: how a secret that no longer opens ended. */
export async function secretEndingOnServer(server: ServerLike, id: string, linkProof: string): Promise<EndingOutcome> {
  const res = await callJson(server, `/api/secrets/${encodeURIComponent(id)}/ending`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${linkProof}` },
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return failureOf(res.status, res.body);
  const body = res.body;
  return isSecretEndingResponse(body) ? { kind: 'ended', ...body } : failureOf(res.status, null);
}
