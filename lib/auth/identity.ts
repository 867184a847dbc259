import 'server-only';
import { createHash } from 'node:crypto';
import type { AuthConfig } from '../config';
import type { AccountStore } from '../store/account-types';
import { readCookie, SESSION_COOKIE } from './cookies';
import { open } from './seal';
import { bearerToken, hashToken } from './tokens';

/*
 * Who is asking (HANDOFF_AUTH proxy or oidc). Read only where a route asks
 * for it (lib/api/router.ts: the create routes and the account routes);
 * every other route never looks at a cookie, the identity header or a
 * personal token.
 */

/** Set by the node adapter (lib/api/node-adapter.ts) from the identity proxy's header, on trusted connections only. */
export const USER_HEADER = 'x-handoff-user';

/** What identify() reads of a request (an ApiRequest is one): its method and its headers. */
export type AuthRequest = { readonly method: string; readonly headers: { get(name: string): string | null } };

/** What sign-in needs at request time: its settings and its store. Absent: HANDOFF_AUTH=none. */
export type AuthDeps = { config: AuthConfig; accounts: AccountStore };

/**
 * A signed-in caller. `user` is the stable key (`oidc:<sub>`, `proxy:<header value>`) that tokens and
 * rate limits hang on; `label` is what the page shows (an email address). Neither is ever logged.
 */
export type Identity = {
  user: string;
  label: string;
  via: 'proxy' | 'session' | 'token';
  /** The session id, for sign-out. */
  sessionId?: string;
};

/**
 * The caller's identity, or null (anonymous). A personal token counts only
 * when `tokens` is true; a token that is unknown or revoked makes the caller
 * anonymous (never a fallback to the cookie it might also carry).
 */
export async function identify(request: AuthRequest, auth: AuthDeps, tokens: boolean): Promise<Identity | null> {
  const { config, accounts } = auth;
  if (config.mode === 'none') return null;
  const token = tokens ? bearerToken(request.headers.get('authorization')) : null;
  if (token !== null) {
    const hash = hashToken(token);
    const owner = await accounts.findToken(hash);
    if (!owner) return null;
    // Off the hot path: the answer does not wait for the last-used time, and its failure is only lost.
    setImmediate(() => void accounts.touchToken(hash, new Date()).catch(() => undefined));
    return { user: owner.user, label: owner.label, via: 'token' };
  }
  if (config.mode === 'proxy') {
    const name = request.headers.get(USER_HEADER)?.trim();
    return name ? { user: `proxy:${name.toLowerCase()}`, label: name, via: 'proxy' } : null;
  }
  const sealed = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  if (sealed === null) return null;
  const value = open(config.sessionSecret, 'session', sealed);
  if (!value || typeof value.sid !== 'string') return null;
  const session = await accounts.getSession(value.sid);
  return session ? { user: session.user, label: session.label, via: 'session', sessionId: session.id } : null;
}

/**
 * Whether a state-changing request from `identity` may go on: one that the
 * browser authenticated by itself (session cookie, or the cookie of the
 * identity proxy in front) must come from the app's own origin; a token is
 * never sent by a browser on its own, so it needs no such check.
 */
export function sameOriginOrToken(request: AuthRequest, identity: Identity, config: AuthConfig): boolean {
  if (identity.via === 'token' || config.mode === 'none') return true;
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return true;
  return request.headers.get('origin') === config.origin;
}

/** The rate-limit bucket of a signed-in user: a digest, so no email address is in a Redis key. */
export function userBucket(identity: Identity): string {
  return `user:${createHash('sha256').update(identity.user).digest('base64url').slice(0, 22)}`;
}
