import 'server-only';
import { z } from 'zod';
import { newToken } from '../auth/tokens';
import type { ApiReply, ApiRequest } from './fast-path';
import { emptyReply, errorReply, jsonReply, readJsonBody } from './http';
import { guarded, invalid, type ApiDeps } from './secrets';

/*
 * Personal API tokens (docs/api.md § Personal tokens), for the CLI and
 * automation when creating needs sign-in. The router lets only a signed-in
 * caller in (RouteWho `user`), so request.identity is set here.
 *   GET    /api/tokens        the caller's tokens: id, name, created, last used; never a token
 *   POST   /api/tokens        { name } → the new token, shown this once (only a browser session or the
 *                             identity proxy may create one: a token never mints another)
 *   DELETE /api/tokens/{id}   revokes one of the caller's tokens at once
 */

/** Most tokens one user may hold: a settings page, not a key store. */
export const MAX_TOKENS_PER_USER = 20;

export const createTokenRequestSchema = z.strictObject({ name: z.string().trim().min(1).max(60) });
const tokenIdSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/);

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function listTokensReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const tokens = await deps.auth!.accounts.listTokens(request.identity!.user);
    return jsonReply(200, {
      tokens: tokens.map((t) => ({
        id: t.id,
        name: t.name,
        createdAt: iso(t.createdAt),
        lastUsedAt: iso(t.lastUsedAt),
      })),
    });
  });
}

export function createTokenReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const identity = request.identity!;
    if (identity.via === 'token') return errorReply('sign_in_required');
    const body = await readJsonBody(request, 1024);
    if (!body.ok) return body.response;
    const parsed = createTokenRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const accounts = deps.auth!.accounts;
    if ((await accounts.listTokens(identity.user)).length >= MAX_TOKENS_PER_USER) {
      return invalid({ path: 'name', message: `at most ${MAX_TOKENS_PER_USER} tokens; revoke one first` });
    }
    const { token, hash, id } = newToken();
    const createdAt = new Date();
    await accounts.putToken({
      id,
      hash,
      user: identity.user,
      label: identity.label,
      name: parsed.data.name,
      createdAt,
    });
    return jsonReply(201, { id, name: parsed.data.name, token, createdAt: createdAt.toISOString() });
  });
}

export function revokeTokenReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    if (!tokenIdSchema.safeParse(rawId).success) return errorReply('not_found');
    const revoked = await deps.auth!.accounts.revokeToken(request.identity!.user, rawId);
    return revoked ? emptyReply(204) : errorReply('not_found');
  });
}
