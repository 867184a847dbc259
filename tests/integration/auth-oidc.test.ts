import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBody, createSecret, peek } from '../support/auth';
import { signInOverHttp, startOidcProvider, type CookieJar, type TestProvider } from '../support/oidc-provider';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runCli } from '../support/cli-run';
import { freePort, startApp, type Started } from '../support/processes';

/*
 * HANDOFF_AUTH=oidc against a real OpenID Connect provider (oidc-provider) on loopback, driven over
 * HTTP as a browser would (tests/e2e/sign-in.spec.ts drives it in Chromium): the code flow with PKCE,
 * the sealed session cookie, cross-site refusal, personal tokens (a wrong proof anywhere but the
 * create and token routes), sign-out, and a clear page when the provider is down.
 */

const PRELOAD = './tests/support/oidc-plain-http.mjs';
const SESSION_SECRET = 'test-session-secret-0123456789-abcdefghij';
let provider: TestProvider;
let app: Started;
let down: Started;

function oidcEnv(origin: string, issuer: string, clientId: string, clientSecret: string) {
  return {
    HANDOFF_AUTH: 'oidc',
    HANDOFF_PUBLIC_URL: origin,
    HANDOFF_OIDC_ISSUER: issuer,
    HANDOFF_OIDC_CLIENT_ID: clientId,
    HANDOFF_OIDC_CLIENT_SECRET: clientSecret,
    HANDOFF_OIDC_ALLOWED_DOMAINS: 'example.com',
    HANDOFF_SESSION_SECRET: SESSION_SECRET,
  };
}

beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(`${origin}/api/auth/callback`);
  const env = oidcEnv(origin, provider.issuer, provider.clientId, provider.clientSecret);
  const downPort = await freePort();
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  [app, down] = await Promise.all([
    startApp(env, { port, preload: PRELOAD }),
    startApp(
      { ...env, HANDOFF_PUBLIC_URL: `http://127.0.0.1:${downPort}`, HANDOFF_OIDC_ISSUER: nowhere },
      {
        port: downPort,
        preload: PRELOAD,
      },
    ),
  ]);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await down?.stop();
  await provider?.stop();
});

const sessionOf = (jar: CookieJar) =>
  jar.fetch(`${app.url}/api/auth/session`).then((r) => r.json() as Promise<{ mode: string; user: string | null }>);

async function mintToken(jar: CookieJar, name = 'cli'): Promise<{ token: string; id: string }> {
  const response = await jar.fetch(`${app.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { token: string; id: string };
}

describe('sign-in with OpenID Connect (HANDOFF_AUTH=oidc)', () => {
  it('refuses an anonymous create with 401 sign_in_required', async () => {
    expect(await createSecret(app.url, { origin: app.url })).toMatchObject({ status: 401, error: 'sign_in_required' });
    const requested = await fetch(`${app.url}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(requested.status).toBe(401);
  });

  it('signs a user in with the code flow and PKCE, into a sealed HttpOnly SameSite=Lax cookie', async () => {
    const { jar, final } = await signInOverHttp(app.url, 'alice');
    expect(final.status).toBe(302);
    expect(final.headers.get('location')).toBe('/');
    const setCookie = final.headers.getSetCookie().find((c) => c.startsWith('handoff_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Max-Age=43200/);
    expect(setCookie).not.toMatch(/alice/);
    expect(await sessionOf(jar)).toEqual({ mode: 'oidc', user: 'alice@example.com' });
    const created = await jar.fetch(`${app.url}/api/secrets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify(createBody().body),
    });
    expect(created.status).toBe(201);
  });

  it('refuses a cross-site POST that carries the session cookie (and one with no Origin)', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const cookie = jar.header(app.url);
    expect(await createSecret(app.url, { cookie, origin: 'https://evil.example' })).toMatchObject({
      status: 403,
      error: 'cross_site',
    });
    expect(await createSecret(app.url, { cookie })).toMatchObject({ status: 403, error: 'cross_site' });
    expect(await createSecret(app.url, { cookie, origin: app.url })).toMatchObject({ status: 201 });
  });

  it('ignores a tampered or foreign session cookie', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const value = jar.header(app.url).match(/handoff_session=([^;]+)/)![1]!;
    const flipped = `${value.slice(0, 20)}${value[20] === 'A' ? 'B' : 'A'}${value.slice(21)}`;
    const cookie = `handoff_session=${flipped}`;
    expect(await createSecret(app.url, { cookie, origin: app.url })).toMatchObject({ status: 401 });
  });

  it('keeps opening a link anonymous', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const created = await createSecret(app.url, { cookie: jar.header(app.url), origin: app.url });
    expect(created.status).toBe(201);
    expect(await peek(app.url, created.id, created.linkProof)).toMatchObject({ status: 200 });
  });

  it('issues personal tokens shown once and hashed, that create until revoked', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const { token, id } = await mintToken(jar);
    expect(token).toMatch(/^hnd_pat_[A-Za-z0-9_-]{43}$/);
    const listed = await jar.fetch(`${app.url}/api/tokens`).then((r) => r.text());
    expect(listed).toContain('"name":"cli"');
    expect(listed).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect(await createSecret(app.url, bearer)).toMatchObject({ status: 201 });
    // The last use is recorded off the request's path; it shows up soon after.
    await expect
      .poll(async () => (await jar.fetch(`${app.url}/api/tokens`).then((r) => r.text())).includes('"lastUsedAt":"'))
      .toBe(true);
    const revoked = await jar.fetch(`${app.url}/api/tokens/${id}`, { method: 'DELETE', headers: { origin: app.url } });
    expect(revoked.status).toBe(204);
    expect(await createSecret(app.url, bearer)).toMatchObject({ status: 401, error: 'sign_in_required' });
  });

  it('treats a personal token sent as a link proof as a wrong proof: the same 404', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const { token } = await mintToken(jar, 'proof');
    const created = await createSecret(app.url, { authorization: `Bearer ${token}` });
    expect(created.status).toBe(201);
    const withToken = await peek(app.url, created.id, token);
    const wrong = await peek(app.url, created.id);
    expect(withToken).toEqual(wrong);
    expect(withToken).toEqual({ status: 404, error: 'not_found' });
  });

  it('lets the CLI create with HANDOFF_TOKEN or --token-file, and refuses it once the token is revoked', async () => {
    buildCli();
    const { jar } = await signInOverHttp(app.url, 'alice');
    const { token, id } = await mintToken(jar, 'laptop');
    const env = { HANDOFF_SERVER: app.url };
    const anonymous = await runCli(['send', '-'], { input: 'hunter2', env });
    expect(anonymous.code).toBe(2);
    expect(anonymous.err).toContain('HANDOFF_TOKEN');
    const sent = await runCli(['send', '-'], { input: 'hunter2', env: { ...env, HANDOFF_TOKEN: token } });
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out).toMatch(new RegExp(`^${app.url}/s#`));
    const dir = mkdtempSync(join(tmpdir(), 'handoff-token-'));
    const file = join(dir, 'token');
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    const owner = join(dir, 'owner.link');
    const args = ['request', '--note', 'the db password', '--token-file', file, '--owner-link-file', owner];
    const requested = await runCli(args, { env });
    expect(requested.code, requested.err).toBe(0);
    // The recipient opens the link anonymously.
    const opened = await runCli(['open'], { env: { HANDOFF_LINK: sent.out.trim() } });
    expect(opened.out).toBe('hunter2');
    await jar.fetch(`${app.url}/api/tokens/${id}`, { method: 'DELETE', headers: { origin: app.url } });
    const refused = await runCli(['send', '-'], { input: 'again', env: { ...env, HANDOFF_TOKEN: token } });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('only signed-in users');
    expect(refused.err).not.toContain(token);
  });

  it('never lets a token mint another token', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const { token } = await mintToken(jar);
    const response = await fetch(`${app.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'more' }),
    });
    expect(response.status).toBe(401);
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const { jar } = await signInOverHttp(app.url, 'alice');
    const stolen = jar.header(app.url);
    const foreign = await jar.fetch(`${app.url}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const out = await jar.fetch(`${app.url}/api/auth/logout`, { method: 'POST', headers: { origin: app.url } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/handoff_session=;.*Max-Age=0/);
    expect(await createSecret(app.url, { cookie: stolen, origin: app.url })).toMatchObject({ status: 401 });
  });

  it('sends the user to a clear page when the provider cannot be reached', async () => {
    const response = await fetch(`${down.url}/api/auth/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/signin?error=provider');
  });

  it('refuses a callback without the login cookie it started with', async () => {
    const response = await fetch(`${app.url}/api/auth/callback?code=x&state=y`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/signin?error=failed');
  });
});
