import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './processes';

/*
 * A real OpenID Connect provider for the tests (oidc-provider, the certified
 * Node implementation) on a free loopback port, plain http. Its development
 * login form takes any user name: user `alice` signs in as alice@example.com
 * (verified), in the groups `staff` and `alice`. Consent is pre-granted for
 * the one client, as a company's provider does for its own apps. The app
 * must be started with tests/support/oidc-plain-http.mjs preloaded to talk
 * to a plain-http issuer.
 */

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop: () => Promise<void>;
};

export async function startOidcProvider(redirectUri: string): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'handoff-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username', 'groups'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({
        sub,
        email: `${sub}@example.com`,
        email_verified: true,
        preferred_username: sub,
        groups: ['staff', sub],
      }),
    }),
    // First-party client: no consent screen (a company's provider is set up the same way for its own apps).
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.on('server_error', () => undefined);
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal cookie jar for driving the provider's login over fetch, one origin at a time. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  take(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }

  /** A request with this jar's cookies for its host; the answer's cookies are kept. Never follows redirects. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.take(url, response);
    return response;
  }
}

/**
 * Signs `user` in over HTTP, as a browser would: app login → provider → its login form → back to the
 * app's callback. Returns the jar (holding the app's session cookie) and the callback's answer.
 */
export async function signInOverHttp(
  appUrl: string,
  user: string,
  jar = new CookieJar(),
): Promise<{ jar: CookieJar; final: Response }> {
  let response = await jar.fetch(`${appUrl}/api/auth/login`);
  let url = `${appUrl}/api/auth/login`;
  for (let hop = 0; hop < 12; hop++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url).toString();
      if (next.startsWith(appUrl) && !next.includes('/api/auth/')) return { jar, final: response };
      url = next;
      response = await jar.fetch(url);
      continue;
    }
    if (response.status === 200 && url.includes('/interaction/')) {
      await response.text();
      url = url.split('?')[0]!;
      response = await jar.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: user, password: 'any' }).toString(),
      });
      continue;
    }
    throw new Error(`sign-in stopped at ${url}: ${response.status} ${await response.text()}`);
  }
  throw new Error('sign-in: too many redirects');
}
