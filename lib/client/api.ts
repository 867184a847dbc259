import type { ApiErrorCode } from '../protocol/errors';
import type { CreateSecretInput, PeekSecretResponse, RevealedFiles, SecretStatusResponse } from '../schemas/secrets';
import {
  isApiErrorBody,
  isCreateSecretResponse,
  isPeekSecretResponse,
  isRevealSecretResponse,
  isSecretStatusResponse,
} from './responses';

/*
 * The HTTP client of the Handoff API, for the browser and the CLI alike.
 * It only moves what lib/crypto produced: ids, envelopes, proofs, verifiers.
 * Every response is validated before use (./responses: the zod schemas of
 * lib/schemas as small guards, so no page ships zod); outcomes are values, not throws,
 * except for failures nobody can act on differently (network, bad server).
 */

export type ApiFailure = { kind: 'error'; code: ApiErrorCode | 'network' | 'bad_response'; status: number };

export type CreateOutcome = { kind: 'created'; expiresAt: string } | ApiFailure;
export type PeekOutcome = ({ kind: 'found' } & PeekSecretResponse) | { kind: 'missing' } | ApiFailure;
export type StatusOutcome = { kind: 'found'; receipt: SecretStatusResponse } | { kind: 'missing' } | ApiFailure;
export type RevokeOutcome = { kind: 'revoked' } | { kind: 'missing' } | ApiFailure;

export type RevealOutcome =
  | { kind: 'released'; envelope: string; viewsLeft: number; files: RevealedFiles | null }
  | { kind: 'wrong_password'; attemptsLeft: number }
  | { kind: 'missing' }
  | ApiFailure;

async function call(
  base: string,
  path: string,
  init: RequestInit,
): Promise<{ status: number; body: unknown } | ApiFailure> {
  let response: Response;
  try {
    response = await fetch(new URL(path, base), {
      ...init,
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { kind: 'error', code: 'network', status: 0 };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  return { status: response.status, body };
}

function failure(status: number, body: unknown): ApiFailure {
  return { kind: 'error', code: isApiErrorBody(body) ? body.error : 'bad_response', status };
}

/** POST /api/secrets */
export async function createSecretOnServer(base: string, request: CreateSecretInput): Promise<CreateOutcome> {
  const res = await call(base, '/api/secrets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  if ('kind' in res) return res;
  if (res.status !== 201) return failure(res.status, res.body);
  const body = res.body;
  return isCreateSecretResponse(body) ? { kind: 'created', expiresAt: body.expiresAt } : failure(res.status, null);
}

/** GET /api/secrets/:id: metadata only, never consumes a view. */
export async function peekSecretOnServer(base: string, id: string, linkProof: string): Promise<PeekOutcome> {
  const res = await call(base, `/api/secrets/${encodeURIComponent(id)}`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${linkProof}` },
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return failure(res.status, res.body);
  const body = res.body;
  return isPeekSecretResponse(body) ? { kind: 'found', ...body } : failure(res.status, null);
}

/**
 * POST /api/secrets/:id/reveal: consumes one view. Call only on an explicit user action.
 * @param leaseVerifier - SHA-256 of a fresh lease token, for a secret with files (peek says so)
 */
export async function revealSecretOnServer(
  base: string,
  id: string,
  linkProof: string,
  passwordProof: string | null,
  leaseVerifier: string | null = null,
): Promise<RevealOutcome> {
  const res = await call(base, `/api/secrets/${encodeURIComponent(id)}/reveal`, {
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
  if (res.status !== 200) return failure(res.status, res.body);
  const body = res.body;
  return isRevealSecretResponse(body) ? { kind: 'released', ...body } : failure(res.status, null);
}

/** GET /api/secrets/:id/status with the manage token: the sender's receipt. */
export async function secretStatusOnServer(base: string, id: string, manageToken: string): Promise<StatusOutcome> {
  const res = await call(base, `/api/secrets/${encodeURIComponent(id)}/status`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${manageToken}` },
  });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return failure(res.status, res.body);
  const body = res.body;
  return isSecretStatusResponse(body) ? { kind: 'found', receipt: body } : failure(res.status, null);
}

/** DELETE /api/secrets/:id with the manage token: destroys the secret now. */
export async function revokeSecretOnServer(base: string, id: string, manageToken: string): Promise<RevokeOutcome> {
  const res = await call(base, `/api/secrets/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${manageToken}` },
    // Sent even when the page is closed right after (a cancelled upload is revoked this way).
    keepalive: true,
  });
  if ('kind' in res) return res;
  if (res.status === 204) return { kind: 'revoked' };
  if (res.status === 404) return { kind: 'missing' };
  return failure(res.status, res.body);
}
