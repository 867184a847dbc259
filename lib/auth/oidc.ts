import 'server-only';
import * as client from 'openid-client';
import type { AuthConfig } from '../config';

/*
 * The OpenID Connect relying party (HANDOFF_AUTH=oidc), on openid-client:
 * authorization code flow with PKCE (S256), state and nonce; the client
 * authenticates with its secret. The provider's metadata is discovered once
 * and kept; a failed discovery is retried on the next sign-in.
 *
 * Plain-http issuers: openid-client refuses them, and no configuration can
 * change that. Only code running inside this process can, by setting
 * PLAIN_HTTP_FOR_TESTS on globalThis before the first sign-in (the tests
 * preload such a module, tests/support/oidc-plain-http.mjs), and even then
 * only for an issuer on a loopback address. An operator who can run code in
 * the process could do anything anyway; an environment variable they set by
 * mistake could not weaken sign-in.
 */

export type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

const PLAIN_HTTP_FOR_TESTS = Symbol.for('handoff.test.oidcPlainHttp');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** How long discovery and the token request may take, in seconds (openid-client's unit). */
const PROVIDER_TIMEOUT_SECONDS = 10;

const SLOT = Symbol.for('handoff.oidcClient');
type Slot = { [SLOT]?: Promise<client.Configuration> };

function plainHttpAllowed(issuer: URL): boolean {
  const hook = (globalThis as { [PLAIN_HTTP_FOR_TESTS]?: unknown })[PLAIN_HTTP_FOR_TESTS] === true;
  return hook && issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
}

/** The discovered provider and this client; rejects (and is retried next time) when the provider is down. */
export function oidcClient(config: OidcConfig): Promise<client.Configuration> {
  const slot = globalThis as Slot;
  slot[SLOT] ??= client
    .discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
      execute: plainHttpAllowed(config.issuer) ? [client.allowInsecureRequests] : [],
      timeout: PROVIDER_TIMEOUT_SECONDS,
    })
    .catch((error: unknown) => {
      delete slot[SLOT];
      throw error;
    });
  return slot[SLOT];
}

/** What one login keeps between its redirect out and the provider's redirect back (sealed in a cookie). */
export type LoginState = { verifier: string; state: string; nonce: string; returnTo: string };

/** Starts a login: the provider's authorization URL and what the callback must check. */
export async function startLogin(config: OidcConfig, returnTo: string): Promise<{ url: URL; login: LoginState }> {
  const provider = await oidcClient(config);
  const verifier = client.randomPKCECodeVerifier();
  const login = { verifier, state: client.randomState(), nonce: client.randomNonce(), returnTo };
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: callbackUrl(config),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: login.state,
    nonce: login.nonce,
  });
  return { url, login };
}

/** The signed-in user a successful callback yields: the provider's `sub`, and what the page shows. */
export type OidcUser = { user: string; label: string };

export type CallbackOutcome = { kind: 'ok'; user: OidcUser } | { kind: 'denied' } | { kind: 'failed' };

/**
 * Finishes a login: exchanges the code (checking state, PKCE and nonce), then
 * applies the allowed domains and groups.
 * @throws when the provider cannot be reached (the page then says so)
 */
export async function finishLogin(config: OidcConfig, search: string, login: LoginState): Promise<CallbackOutcome> {
  const provider = await oidcClient(config);
  const current = new URL(`${callbackUrl(config)}${search}`);
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(provider, current, {
      pkceCodeVerifier: login.verifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    if (isUnreachable(error)) throw error;
    return { kind: 'failed' };
  }
  if (!claims) return { kind: 'failed' };
  const email = typeof claims.email === 'string' ? claims.email : '';
  if (!allowed(config, claims, email)) return { kind: 'denied' };
  const name = typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub;
  return { kind: 'ok', user: { user: `oidc:${claims.sub}`, label: email || name } };
}

function allowed(config: OidcConfig, claims: client.IDToken, email: string): boolean {
  if (config.allowedDomains.length > 0) {
    // Only an address the provider vouches for: an unverified one could name any domain.
    const verified = claims.email_verified === true;
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    if (!verified || !email.includes('@') || !config.allowedDomains.includes(domain)) return false;
  }
  if (config.groups) {
    const value = claims[config.groups.claim];
    const groups = Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
    if (!groups.some((g) => config.groups!.allowed.includes(g))) return false;
  }
  return true;
}

/** Whether an error means the provider could not be reached (or answered garbage), not that the login failed. */
function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    error.name === 'TypeError' ||
    error.name === 'AbortError' ||
    error.name === 'TimeoutError' ||
    code === 'OAUTH_RESPONSE_IS_NOT_CONFORM'
  );
}

export function callbackUrl(config: OidcConfig): string {
  return new URL('/api/auth/callback', config.publicUrl).toString();
}
