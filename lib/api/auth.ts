import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookie, LOGIN_COOKIE, LOGIN_SECONDS, readCookie, SESSION_COOKIE } from '../auth/cookies';
import { identify } from '../auth/identity';
import { finishLogin, startLogin, type LoginState, type OidcConfig } from '../auth/oidc';
import { open, seal } from '../auth/seal';
import { logger } from '../observability/logger';
import type { ApiReply, ApiRequest } from './fast-path';
import { errorReply, jsonReply } from './http';
import { failureReply, type ApiDeps } from './secrets';

/*
 * Built-in sign-in (HANDOFF_AUTH=oidc) and "who am I" for every mode:
 *   GET  /api/auth/session   { mode, user } for the page header and the create gate
 *   GET  /api/auth/login     302 to the provider (PKCE, state, nonce sealed in a 10-minute cookie)
 *   GET  /api/auth/callback  the provider's redirect back: session cookie, then 302 to where the user was
 *   POST /api/auth/logout    ends the session (same origin only), clears the cookie
 * Any failure lands on /signin?error=…, a page that says what happened:
 * `provider` (unreachable), `denied` (not an allowed account) or `failed`.
 * Logs say which of these happened, never who.
 */

const SIGN_IN_PAGE = '/signin';
/** Where a login may return to: a path of this app, never another origin (no `//`, no scheme). */
const RETURN_PATH = /^\/(?!\/)[A-Za-z0-9/_-]{0,100}$/;

function redirect(location: string, setCookie?: string): ApiReply {
  const headers: Record<string, string> = { Location: location };
  if (setCookie) headers['Set-Cookie'] = setCookie;
  return { status: 302, headers, body: null };
}

function oidcOf(deps: ApiDeps): OidcConfig | null {
  const config = deps.auth?.config;
  return config?.mode === 'oidc' ? config : null;
}

/** GET /api/auth/session: the sign-in mode and the signed-in user's label (null: anonymous). */
export async function sessionReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  const auth = deps.auth;
  if (!auth || auth.config.mode === 'none') return jsonReply(200, { mode: 'none', user: null });
  try {
    const identity = await identify(request, auth, false);
    return jsonReply(200, { mode: auth.config.mode, user: identity?.label ?? null });
  } catch (error) {
    return failureReply(error);
  }
}

/** GET /api/auth/login[?return=/path] */
export async function loginReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  const config = oidcOf(deps);
  if (!config) return errorReply('not_found');
  const asked = new URLSearchParams(request.search ?? '').get('return') ?? '/';
  const returnTo = RETURN_PATH.test(asked) ? asked : '/';
  let started: Awaited<ReturnType<typeof startLogin>>;
  try {
    started = await startLogin(config, returnTo);
  } catch {
    logger().warn('auth: the sign-in provider cannot be reached (discovery failed)');
    return redirect(`${SIGN_IN_PAGE}?error=provider`);
  }
  const expiresAt = new Date(Date.now() + LOGIN_SECONDS * 1000);
  const sealed = seal(config.sessionSecret, 'login', started.login, expiresAt);
  const options = { path: '/api/auth', maxAgeSeconds: LOGIN_SECONDS, secure: config.secureCookie };
  return redirect(started.url.toString(), cookie(LOGIN_COOKIE, sealed, options));
}

function loginState(value: Record<string, unknown> | null): LoginState | null {
  if (!value) return null;
  const { verifier, state, nonce, returnTo } = value;
  if (typeof verifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string') return null;
  return {
    verifier,
    state,
    nonce,
    returnTo: typeof returnTo === 'string' && RETURN_PATH.test(returnTo) ? returnTo : '/',
  };
}

/** GET /api/auth/callback?code=…&state=… */
export async function callbackReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  const config = oidcOf(deps);
  if (!config || !deps.auth) return errorReply('not_found');
  const sealed = readCookie(request.headers.get('cookie'), LOGIN_COOKIE);
  const login = loginState(sealed === null ? null : open(config.sessionSecret, 'login', sealed));
  if (!login) {
    logger().info('auth: a sign-in callback without a valid login cookie');
    return redirect(`${SIGN_IN_PAGE}?error=failed`);
  }
  let outcome: Awaited<ReturnType<typeof finishLogin>>;
  try {
    outcome = await finishLogin(config, request.search ?? '', login);
  } catch {
    logger().warn('auth: the sign-in provider cannot be reached (token request failed)');
    return redirect(`${SIGN_IN_PAGE}?error=provider`);
  }
  if (outcome.kind !== 'ok') {
    logger().info(`auth: a sign-in was ${outcome.kind === 'denied' ? 'refused (account not allowed)' : 'rejected'}`);
    return redirect(`${SIGN_IN_PAGE}?error=${outcome.kind}`);
  }
  const id = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionSeconds * 1000);
  try {
    await deps.auth.accounts.putSession({ id, ...outcome.user, expiresAt });
  } catch (error) {
    return failureReply(error);
  }
  const value = seal(config.sessionSecret, 'session', { sid: id }, expiresAt);
  const options = { path: '/', maxAgeSeconds: config.sessionSeconds, secure: config.secureCookie };
  return redirect(login.returnTo, cookie(SESSION_COOKIE, value, options));
}

/** POST /api/auth/logout: ends this browser's session (server side too) and clears its cookie. */
export async function logoutReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  const config = oidcOf(deps);
  if (!config || !deps.auth) return errorReply('not_found');
  if (request.headers.get('origin') !== config.origin) return errorReply('cross_site');
  const clear = cookie(SESSION_COOKIE, '', { path: '/', maxAgeSeconds: 0, secure: config.secureCookie });
  try {
    const identity = await identify(request, deps.auth, false);
    if (identity?.sessionId) await deps.auth.accounts.deleteSession(identity.sessionId);
  } catch (error) {
    return { ...failureReply(error), headers: { ...failureReply(error).headers, 'Set-Cookie': clear } };
  }
  return jsonReply(200, { signedOut: true }, { 'Set-Cookie': clear });
}
