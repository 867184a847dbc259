import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecret, NGINX, peek, startNginx, type StartedNginx } from '../support/auth';
import { freePort, startApp, type Started } from '../support/processes';

/*
 * HANDOFF_AUTH=proxy behind a real nginx standing in for the identity-aware proxy: nginx connects
 * from 127.0.0.2 (HANDOFF_AUTH_PROXY_CIDRS) and names the user in X-Auth-Request-Email. The same
 * header sent straight to the app from another peer (127.0.0.1, this test) is removed: anonymous.
 */

const HEADER = 'X-Auth-Request-Email';
let app: Started;
let proxy: StartedNginx;
let origin: string;

beforeAll(async () => {
  const nginxPort = await freePort();
  origin = `http://127.0.0.1:${nginxPort}`;
  const appPort = await freePort();
  app = await startApp(
    {
      HANDOFF_AUTH: 'proxy',
      HANDOFF_AUTH_HEADER: HEADER,
      HANDOFF_AUTH_PROXY_CIDRS: '127.0.0.2/32',
      HANDOFF_PUBLIC_URL: origin,
    },
    { port: appPort },
  );
  proxy = await startNginx({
    upstream: app.url,
    header: HEADER,
    value: 'alice@example.com',
    bindAddress: '127.0.0.2',
    port: nginxPort,
  });
}, 90_000);

afterAll(async () => {
  await proxy?.stop();
  await app?.stop();
});

describe.skipIf(!NGINX)('sign-in through an identity proxy (HANDOFF_AUTH=proxy)', () => {
  it('lets the user the proxy names create, from the app’s own origin', async () => {
    const created = await createSecret(proxy.url, { origin });
    expect(created).toMatchObject({ status: 201 });
    const session = await fetch(`${proxy.url}/api/auth/session`).then((r) => r.json());
    expect(session).toEqual({ mode: 'proxy', user: 'alice@example.com' });
  });

  it('refuses a proxy-authenticated change from another origin (cross_site)', async () => {
    expect(await createSecret(proxy.url, { origin: 'https://evil.example' })).toMatchObject({
      status: 403,
      error: 'cross_site',
    });
    expect(await createSecret(proxy.url)).toMatchObject({ status: 403, error: 'cross_site' });
  });

  it('removes the identity header from a peer outside the proxy CIDRs: anonymous, 401', async () => {
    const direct = await createSecret(app.url, { [HEADER]: 'alice@example.com', origin });
    expect(direct).toMatchObject({ status: 401, error: 'sign_in_required' });
    const session = await fetch(`${app.url}/api/auth/session`, { headers: { [HEADER]: 'alice@example.com' } });
    expect(await session.json()).toEqual({ mode: 'proxy', user: null });
  });

  it('never takes the internal x-handoff-user header from a client', async () => {
    const spoofed = await createSecret(app.url, { 'x-handoff-user': 'alice@example.com', origin });
    expect(spoofed).toMatchObject({ status: 401, error: 'sign_in_required' });
  });

  it('keeps opening a link anonymous: a recipient reads what the signed-in user created, directly', async () => {
    const created = await createSecret(proxy.url, { origin });
    expect(created.status).toBe(201);
    expect(await peek(app.url, created.id, created.linkProof)).toMatchObject({ status: 200 });
  });

  it('lets a proxy-signed-in user mint a personal token that works without the proxy, until revoked', async () => {
    const minted = await fetch(`${proxy.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ name: 'ci' }),
    });
    expect(minted.status).toBe(201);
    const { token, id } = (await minted.json()) as { token: string; id: string };
    expect(token).toMatch(/^hnd_pat_/);
    const bearer = { authorization: `Bearer ${token}` };
    expect(await createSecret(app.url, bearer)).toMatchObject({ status: 201 });
    const revoked = await fetch(`${proxy.url}/api/tokens/${id}`, { method: 'DELETE', headers: { origin } });
    expect(revoked.status).toBe(204);
    expect(await createSecret(app.url, bearer)).toMatchObject({ status: 401, error: 'sign_in_required' });
  });
});
