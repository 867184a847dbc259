import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API_ROUTES } from '@/lib/api/router';
import { getPartHttp, putPartHttp, revealWithLease, shareFiles, createWithFiles, commitHttp } from '../support/files';
import { startApp, type Started } from '../support/processes';
import { newProof, verifierOf } from '../support/secrets';
import { postJson, shareText } from '../support/client';
import { rawRequest } from '../support/raw-http';
import { createSecret } from '../support/auth';
import { signInOverHttp, startOidcProvider, type TestProvider } from '../support/oidc-provider';
import { freePort } from '../support/processes';
import { answerRequest, createRequest, ownerManageCredentials, revokeRequest, viewRequest } from '@/lib/client/request';

/*
 * Server logs never hold anything that names or opens a secret: no id, no
 * proof or verifier, no token, no envelope, no request body. Each case runs
 * a whole flow (every route of the table, successes and failures of every
 * kind) against its own app process, with every log line on (trace level,
 * so one access line per request) and the audit trail on stdout, and
 * searches everything that process wrote to stdout and stderr.
 */

/** Every log level on, and the audit trail: the most the server can write. */
const LOUDEST = { HANDOFF_LOG_LEVEL: 'trace', HANDOFF_AUDIT: 'stdout' };

/** What Next itself prints while it starts (e.g. `✓ Running next.config.ts took 37ms`): not ours to format. */
const NEXT_BANNER = /^\s*[✓▲⚠-] /u;

const stores = [
  ['redis', () => ({ REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: `${inject('keyPrefix')}logs:` })],
  ['memory', () => ({})],
] as const;

describe.each(stores)('the server log on the %s store', (_name, env) => {
  let app: Started & { output: () => string };
  beforeAll(async () => {
    app = await startApp({ ...env(), ...LOUDEST });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('names no id, proof, verifier, envelope or body after a full create/peek/reveal flow', async () => {
    const base = app.url;
    const marker = `body-marker-${randomBytes(8).toString('hex')}`;
    const needles: string[] = [marker];
    const remember = (...values: (string | null | undefined)[]) => {
      for (const v of values) if (v) needles.push(v);
    };

    // Create, peek twice (right and wrong proof), reveal with a wrong proof, reveal, reveal again.
    const plain = await shareText(base, `plaintext ${marker}`, { maxViews: 2 });
    remember(plain.id, plain.linkProof, plain.sealed.envelope, plain.sealed.linkVerifier, plain.fragment);
    const peek = (id: string, proof: string) =>
      fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${proof}` } });
    expect((await peek(plain.id, plain.linkProof)).status).toBe(200);
    expect((await peek(plain.id, newProof())).status).toBe(404);
    const wrongLink = newProof();
    remember(wrongLink);
    expect((await postJson(`${base}/api/secrets/${plain.id}/reveal`, { linkProof: wrongLink })).status).toBe(404);
    const released = await postJson(`${base}/api/secrets/${plain.id}/reveal`, { linkProof: plain.linkProof });
    expect(released.status).toBe(200);
    remember((released.json as { envelope: string }).envelope);
    expect((await postJson(`${base}/api/secrets/${plain.id}/reveal`, { linkProof: plain.linkProof })).status).toBe(200);
    expect((await postJson(`${base}/api/secrets/${plain.id}/reveal`, { linkProof: plain.linkProof })).status).toBe(404);
    // The ending of the used-up link, for its holder and for a wrong proof.
    const ending = (proof: string) =>
      fetch(`${base}/api/secrets/${plain.id}/ending`, { headers: { Authorization: `Bearer ${proof}` } });
    expect((await ending(plain.linkProof)).status).toBe(200);
    expect((await ending(wrongLink)).status).toBe(404);

    // A password-protected secret: a wrong password costs an attempt.
    const locked = await shareText(base, 'locked', { password: `pw-${marker}` });
    remember(locked.id, locked.linkProof, locked.sealed.envelope, locked.sealed.passwordVerifier, locked.fragment);
    const wrongPassword = newProof();
    remember(wrongPassword);
    const attempt = await postJson(`${base}/api/secrets/${locked.id}/reveal`, {
      linkProof: locked.linkProof,
      passwordProof: wrongPassword,
    });
    expect(attempt.status).toBe(403);

    // Receipt and revoke with a wrong manage token.
    const manage = newProof();
    remember(manage);
    const status = await fetch(`${base}/api/secrets/${locked.id}/status`, {
      headers: { Authorization: `Bearer ${manage}` },
    });
    expect(status.status).toBe(404);
    const revoke = await fetch(`${base}/api/secrets/${locked.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${manage}` },
    });
    expect(revoke.status).toBe(404);

    // Hostile bodies: broken JSON, unknown fields, wrong type, over the cap.
    expect((await postJson(`${base}/api/secrets`, `{"id":"${marker}",`)).status).toBe(400);
    expect((await postJson(`${base}/api/secrets`, { id: marker, envelope: marker })).status).toBe(400);
    expect((await postJson(`${base}/api/secrets/${plain.id}/reveal`, { linkProof: marker })).status).toBe(400);
    const wrongType = await fetch(`${base}/api/secrets`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: marker,
    });
    expect(wrongType.status).toBe(415);
    // A body declared over the cap is refused before it is read. Only its start is sent (with the marker): a
    // client still writing megabytes when the server closes can see a reset instead of the 413 on a loaded machine.
    const huge = await rawRequest(base, 'POST', '/api/secrets', {
      body: JSON.stringify({ id: marker, padding: 'x'.repeat(64) }),
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);

    // Receipt and revoke with the right manage token (a created secret with a receipt).
    const managed = await shareText(base, `managed ${marker}`);
    remember(managed.id, managed.linkProof, managed.manageToken, managed.sealed.envelope, managed.fragment);
    const manageAuth = { Authorization: `Bearer ${managed.manageToken}` };
    expect((await fetch(`${base}/api/secrets/${managed.id}/status`, { headers: manageAuth })).status).toBe(200);
    expect((await fetch(`${base}/api/secrets/${managed.id}`, { method: 'DELETE', headers: manageAuth })).status).toBe(
      204,
    );

    // Files: upload parts, commit, reveal with a lease, download a part; a wrong part index and a wrong lease.
    const files = await shareFiles(base);
    remember(files.id, files.linkProof, files.manageToken, verifierOf(files.manageToken));
    const { lease, response } = await revealWithLease(base, files.id, files.linkProof);
    expect(response.status).toBe(200);
    remember(lease, verifierOf(lease), (response.json as { envelope: string }).envelope);
    expect((await getPartHttp(base, files.id, 0, lease)).status).toBe(200);
    expect((await getPartHttp(base, files.id, 0, lease, 'HEAD')).status).toBe(200);
    expect((await getPartHttp(base, files.id, 0, newProof())).status).toBe(404);
    const pending = await createWithFiles(base);
    remember(pending.id, pending.linkProof, pending.manageToken);
    expect((await putPartHttp(base, pending.id, 99, pending.manageToken, new Uint8Array(8))).status).toBe(400);
    expect((await commitHttp(base, pending.id, pending.manageToken)).status).toBe(409);

    // A secret request: create, view, answer, then the answer routes for files (refused) and revoke.
    const asked = await createRequest(base, {
      note: `note ${marker}`,
      ttlSeconds: 3600,
      answerTtlSeconds: 300,
      maxViews: 1,
    });
    if (asked.kind !== 'created') throw new Error(`request not created: ${asked.code}`);
    const owner = ownerManageCredentials(asked.ownerFragment);
    if ('kind' in owner) throw new Error('bad owner link');
    remember(asked.id, asked.requestFragment, asked.ownerFragment, owner.manageToken);
    expect((await viewRequest(base, asked.requestFragment)).kind).toBe('open');
    const answered = await answerRequest(base, asked.requestFragment, {
      content: { kind: 'text', text: `answer ${marker}` },
    });
    expect(answered.kind).toBe('answered');
    const uploadToken = newProof();
    remember(uploadToken);
    const uploadAuth = { Authorization: `Bearer ${uploadToken}` };
    const partUrl = `${base}/api/requests/${asked.id}/answer/parts/0`;
    const partPut = await fetch(partUrl, {
      method: 'PUT',
      headers: { ...uploadAuth, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(8),
    });
    expect(partPut.status).toBeGreaterThanOrEqual(400);
    expect(
      (await fetch(`${base}/api/requests/${asked.id}/answer/commit`, { method: 'POST', headers: uploadAuth })).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await revokeRequest(base, owner.id, owner.manageToken)).kind).toBe('revoked');

    // Sign-in routes, on an instance without sign-in (the walk with sign-in on is below).
    expect((await fetch(`${base}/api/auth/session`)).status).toBe(200);
    expect((await fetch(`${base}/api/auth/login`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${base}/api/auth/callback?code=${marker}`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${base}/api/auth/logout`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/api/tokens`)).status).toBe(404);
    expect((await postJson(`${base}/api/tokens`, { name: marker })).status).toBe(404);
    expect((await fetch(`${base}/api/tokens/${marker}`, { method: 'DELETE' })).status).toBe(404);

    // The rest of the table, and paths and methods it does not have.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    expect((await fetch(`${base}/api/openapi.json`)).status).toBe(200);
    expect((await fetch(`${base}/api/policy`)).status).toBe(200);
    expect((await fetch(`${base}/api/secrets/${plain.id}`, { method: 'OPTIONS' })).status).toBe(204);
    expect((await fetch(`${base}/api/secrets/${plain.id}/reveal`, { method: 'PATCH' })).status).toBe(405);
    expect((await fetch(`${base}/api/${plain.id}?proof=${plain.linkProof}`)).status).toBe(404);
    expect((await fetch(`${base}/s?id=${marker}`)).status).toBe(200);

    // Stopping flushes whatever the process still had to say.
    await app.stop();
    const log = app.output();
    expect(log).toContain('handoff:'); // the capture works: the server's own start and stop lines are there
    // Every line is JSON with a level and a time; access lines name a route template, never a path.
    // Every line of ours is JSON with a level and a time; the rest is Next's own start-up banner.
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    const foreign = lines.filter((line) => !line.startsWith('{'));
    for (const line of foreign) expect(line, 'a line that is not JSON').toMatch(NEXT_BANNER);
    const entries = lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const templates = new Set([...API_ROUTES.map((r) => r.template), 'unmatched']);
    const access = entries.filter((e) => e.msg === 'api: request');
    for (const entry of entries.filter((e) => !('audit' in e))) {
      expect(typeof entry.level, JSON.stringify(entry)).toBe('string');
      expect(typeof entry.time).toBe('string');
    }
    for (const entry of access) {
      expect(Object.keys(entry).sort()).toEqual([
        'level',
        'method',
        'ms',
        'msg',
        'pid',
        'req',
        'route',
        'status',
        'time',
      ]);
      expect(templates).toContain(entry.route);
    }
    // The run went through every row of the routing table.
    expect(new Set(access.map((e) => e.route))).toEqual(templates);
    expect(new Set(access.map((e) => e.req)).size).toBe(access.length);
    expect(entries.filter((e) => 'audit' in e).map((e) => e.type)).toContain('secret.revoked');

    for (const needle of needles) {
      expect(log, `the log contains ${needle.slice(0, 12)}…`).not.toContain(needle);
      // A shortened form (e.g. a truncated id in a log line) is a leak too.
      if (needle.length >= 22) expect(log).not.toContain(needle.slice(0, 16));
    }
  });
});

describe('the server log with sign-in on (HANDOFF_AUTH=oidc)', () => {
  let app: Started & { output: () => string };
  let provider: TestProvider;
  const sessionSecret = `session-secret-${randomBytes(16).toString('hex')}`;
  beforeAll(async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${origin}/api/auth/callback`);
    const env = {
      ...LOUDEST,
      HANDOFF_AUTH: 'oidc',
      HANDOFF_PUBLIC_URL: origin,
      HANDOFF_OIDC_ISSUER: provider.issuer,
      HANDOFF_OIDC_CLIENT_ID: provider.clientId,
      HANDOFF_OIDC_CLIENT_SECRET: provider.clientSecret,
      HANDOFF_SESSION_SECRET: sessionSecret,
    };
    app = await startApp(env, { port, preload: './tests/support/oidc-plain-http.mjs' });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await provider?.stop();
  });

  it('names no email, cookie, session, token or client secret after sign-in, tokens, creates and sign-out', async () => {
    const base = app.url;
    const user = `u${randomBytes(6).toString('hex')}`;
    const { jar, final } = await signInOverHttp(base, user);
    const cookie = jar.header(base);
    const sealed = /handoff_session=([^;]+)/.exec(cookie)![1]!;
    const loginCookies = final.headers.getSetCookie().join(';');
    const minted = await jar.fetch(`${base}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ name: `name-${user}` }),
    });
    const { token, id } = (await minted.json()) as { token: string; id: string };
    expect(token).toMatch(/^hnd_pat_/);
    expect((await jar.fetch(`${base}/api/tokens`)).status).toBe(200);
    expect((await createSecret(base, { authorization: `Bearer ${token}` })).status).toBe(201);
    expect((await createSecret(base, { cookie, origin: base })).status).toBe(201);
    expect((await createSecret(base, { cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect((await createSecret(base)).status).toBe(401);
    expect((await jar.fetch(`${base}/api/tokens/${id}`, { method: 'DELETE', headers: { origin: base } })).status).toBe(
      204,
    );
    expect((await jar.fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { origin: base } })).status).toBe(
      200,
    );
    await app.stop();
    const log = app.output();
    expect(log).toContain('handoff:');
    const audit = log
      .split('\n')
      .filter((line) => line.includes('"audit":"handoff"'))
      .map((line) => JSON.parse(line) as { type: string; actor: string | null });
    // Both signed-in creates name their creator by the same opaque actor.
    const actors = audit.filter((a) => a.type === 'secret.created').map((a) => a.actor);
    expect(actors).toHaveLength(2);
    expect(actors[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(actors[1]).toBe(actors[0]);
    for (const needle of [user, `${user}@example.com`, token, token.slice(8, 24), sealed, sealed.slice(0, 16), id]) {
      expect(log, `the log contains ${needle.slice(0, 6)}…`).not.toContain(needle);
    }
    for (const needle of [sessionSecret, provider.clientSecret, `name-${user}`]) expect(log).not.toContain(needle);
    expect(loginCookies).not.toContain(user);
  });
});
