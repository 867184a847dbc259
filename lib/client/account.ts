import { callJson, failureOf, type ApiFailure, type ServerLike } from './http';

export type { ApiFailure } from './http';

/*
 * The signed-in sender's flows (HANDOFF_AUTH proxy or oidc), for the browser:
 * who is signed in, sign out, and personal API tokens. Each is a `creator`
 * call (lib/client/http.ts): it carries the same-origin sign-in cookie, and
 * nothing here ever touches a secret.
 */

export type AuthMode = 'none' | 'proxy' | 'oidc';

export type SessionOutcome = { kind: 'session'; mode: AuthMode; user: string | null } | ApiFailure;

const MODES: readonly string[] = ['none', 'proxy', 'oidc'];

/** GET /api/auth/session: the sign-in mode and who is signed in here (null: nobody). */
export async function fetchSession(server: ServerLike): Promise<SessionOutcome> {
  const res = await callJson(server, '/api/auth/session', { method: 'GET' }, 'creator');
  if ('kind' in res) return res;
  const body = res.body as { mode?: unknown; user?: unknown } | null;
  if (res.status !== 200 || !body || typeof body.mode !== 'string' || !MODES.includes(body.mode)) {
    return failureOf(res.status, res.body);
  }
  const user = typeof body.user === 'string' ? body.user : null;
  return { kind: 'session', mode: body.mode as AuthMode, user };
}

/** POST /api/auth/logout: ends this browser's session. */
export async function signOut(server: ServerLike): Promise<{ kind: 'signed-out' } | ApiFailure> {
  const res = await callJson(server, '/api/auth/logout', { method: 'POST' }, 'creator');
  if ('kind' in res) return res;
  return res.status === 200 ? { kind: 'signed-out' } : failureOf(res.status, res.body);
}

export type TokenSummary = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

function isTokenSummary(value: unknown): value is TokenSummary {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.id === 'string' &&
    typeof t.name === 'string' &&
    typeof t.createdAt === 'string' &&
    (t.lastUsedAt === null || typeof t.lastUsedAt === 'string')
  );
}

/** GET /api/tokens: the signed-in user's personal tokens (never the tokens themselves). */
export async function listTokens(server: ServerLike): Promise<{ kind: 'tokens'; tokens: TokenSummary[] } | ApiFailure> {
  const res = await callJson(server, '/api/tokens', { method: 'GET' }, 'creator');
  if ('kind' in res) return res;
  const tokens = (res.body as { tokens?: unknown } | null)?.tokens;
  if (res.status !== 200 || !Array.isArray(tokens) || !tokens.every(isTokenSummary)) {
    return failureOf(res.status, res.body);
  }
  return { kind: 'tokens', tokens };
}

/** POST /api/tokens: a new personal token, whose text is shown this once. */
export async function createToken(
  server: ServerLike,
  name: string,
): Promise<{ kind: 'created'; token: string; summary: TokenSummary } | ApiFailure> {
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) };
  const res = await callJson(server, '/api/tokens', init, 'creator');
  if ('kind' in res) return res;
  const body = res.body as { token?: unknown; id?: unknown; name?: unknown; createdAt?: unknown } | null;
  const summary = { id: body?.id, name: body?.name, createdAt: body?.createdAt, lastUsedAt: null };
  if (res.status !== 201 || typeof body?.token !== 'string' || !isTokenSummary(summary)) {
    return failureOf(res.status, res.body);
  }
  return { kind: 'created', token: body.token, summary };
}

/** DELETE /api/tokens/:id: revokes a token at once. */
export async function revokeToken(server: ServerLike, id: string): Promise<{ kind: 'revoked' } | ApiFailure> {
  const res = await callJson(server, `/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }, 'creator');
  if ('kind' in res) return res;
  return res.status === 204 ? { kind: 'revoked' } : failureOf(res.status, res.body);
}
