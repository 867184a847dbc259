import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type NotifyConfig } from '@/lib/config';
import type { Resolver } from '@/lib/notify/addresses';
import { checkDestination, encodeDestination } from '@/lib/notify/destination';
import { notifyReference } from '@/lib/notify/reference';
import { Notifier } from '@/lib/notify/worker';
import { subscribeToEvents } from '@/lib/observability/events';
import type { NotificationChannel, NotificationOutcome } from '@/lib/observability/metrics';
import { MemoryStore } from '@/lib/store/memory';
import { answerRequest, createRequest, revokeRequest } from '@/lib/client/request';
import { handlerDeps } from '../support/api-deps';
import { inProcessServer } from '../support/in-process';
import { eventually, startSmtpReceiver, startWebhookReceiver } from '../support/notify-receivers';
import { secretFixture, verifierOf } from '../support/secrets';
import { revealSecret } from '../support/web-handlers';

/*
 * Delivery to real receivers on loopback: an HTTP server for the four webhook
 * formats and smtp-server for email. Host names are resolved by an injected
 * resolver (`*.test` → 127.0.0.1, `private.test` → 10.0.0.5), and every
 * connection the worker opens is recorded: one to anything but loopback fails the test.
 */

const JSON_TYPE = { 'content-type': 'application/json' };
const SIGNING_SECRET = 'a-signing-secret-of-at-least-32-chars!!';
let web: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let config: NotifyConfig;
const connections: string[] = [];
const outcomes: { channel: NotificationChannel; outcome: NotificationOutcome }[] = [];
const logLines: string[] = [];

const resolve: Resolver = async (host) => {
  if (host === 'private.test') return [{ address: '10.0.0.5', family: 4 }];
  if (host.endsWith('.test')) return [{ address: '127.0.0.1', family: 4 }];
  throw new Error(`unexpected lookup of ${host}`);
};

beforeAll(async () => {
  web = await startWebhookReceiver();
  smtp = await startSmtpReceiver();
  const p = web.port;
  const loopbackHosts = ['slack', 'teams', 'ntfy', 'json'].map((f) => `${f}.test:${p}`);
  config = parseConfig({
    HANDOFF_NOTIFY_WEBHOOK_HOSTS: `slack.test:${p}=slack,teams.test:${p}=teams,ntfy.test:${p}=ntfy,json.test:${p}=json,private.test:${p}=slack`,
    HANDOFF_NOTIFY_WEBHOOK_SECRETS: `json.test:${p}=${SIGNING_SECRET}`,
    HANDOFF_NOTIFY_HTTP_HOSTS: [...loopbackHosts, `private.test:${p}`].join(','),
    HANDOFF_NOTIFY_PRIVATE_HOSTS: loopbackHosts.join(','),
    HANDOFF_NOTIFY_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    HANDOFF_NOTIFY_SMTP_TLS: 'off',
    HANDOFF_NOTIFY_SMTP_FROM: 'handoff@example.com',
    HANDOFF_NOTIFY_EMAIL: 'domains',
    HANDOFF_NOTIFY_EMAIL_DOMAINS: 'example.com',
    HANDOFF_NOTIFY_EMAILS_PER_HOUR: '2',
    HANDOFF_PUBLIC_URL: 'https://handoff.example.com',
    HANDOFF_NOTIFY_TIMEOUT_MS: '1500',
    HANDOFF_NOTIFY_RETRY_BASE_MS: '60000',
  }).notify;
});
afterAll(async () => {
  await web?.stop();
  await smtp?.stop();
});

function setUp(store = new MemoryStore({ maxBytes: 64 * 1024 * 1024 })) {
  const notifier = new Notifier({
    store,
    config,
    resolve,
    onConnect: (address) => connections.push(address),
    log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m), error: (m) => logLines.push(m) },
    record: (channel, outcome) => outcomes.push({ channel, outcome }),
    setQueueDepth: () => undefined,
  });
  return { store, notifier };
}

/** Stores a secret that asked to be told at `to`, the way the create handler does. */
async function notifyingSecret(store: MemoryStore, to: string, maxViews = 1) {
  const f = secretFixture({ maxViews });
  const check = checkDestination(config, to, { signedIn: false });
  if (!check.ok) throw new Error(check.message);
  const reference = notifyReference(f.secret.manageVerifier!);
  await store.putSecret({ ...f.secret, notify: { destination: encodeDestination(check.destination), reference } });
  return { ...f, reference };
}

const claim = (store: MemoryStore, f: ReturnType<typeof secretFixture>) =>
  store.claimSecret(f.secret.id, { linkVerifier: f.linkVerifier, passwordVerifier: null, leaseVerifier: null });

afterEach(() => {
  // Every connection went to loopback: none to the private address, none anywhere else.
  expect(connections.filter((a) => a !== '127.0.0.1')).toEqual([]);
});

describe('notification delivery to real receivers', () => {
  it('posts a Slack message that names the reference and links to My links, never the id', async () => {
    const { store, notifier } = setUp();
    const f = await notifyingSecret(store, `http://slack.test:${web.port}/ok/slack`, 2);
    await claim(store, f);
    await notifier.sweep();
    const got = web.received.find((r) => r.path === '/ok/slack')!;
    const body = JSON.parse(got.body) as { text: string };
    expect(body.text).toContain(f.reference);
    expect(body.text).toContain('was opened (1 view left)');
    expect(body.text).toContain('https://handoff.example.com/history');
    expect(got.body).not.toContain(f.secret.id);
    expect(got.headers['x-handoff-event-id']).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('posts a Teams Workflows Adaptive Card and an ntfy message', async () => {
    const { store, notifier } = setUp();
    const teams = await notifyingSecret(store, `http://teams.test:${web.port}/ok/teams`);
    const ntfy = await notifyingSecret(store, `http://ntfy.test:${web.port}/ok/ntfy-topic`);
    await claim(store, teams);
    await store.revokeSecret(ntfy.secret.id, ntfy.secret.manageVerifier!);
    await notifier.sweep();
    const card = JSON.parse(web.received.find((r) => r.path === '/ok/teams')!.body);
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.type).toBe('AdaptiveCard');
    expect(card.attachments[0].content.body[0].text).toContain(`${teams.reference} was opened for the last time`);
    const note = web.received.find((r) => r.path === '/ok/ntfy-topic')!;
    expect(note.body).toContain(`${ntfy.reference} was revoked`);
    expect(note.headers.title).toBe(`Handoff: ${ntfy.reference}`);
    expect(note.headers.click).toBe('https://handoff.example.com/history');
  });

  it('signs the generic JSON webhook with HMAC-SHA256 over timestamp and body', async () => {
    const { store, notifier } = setUp();
    const f = await notifyingSecret(store, `http://json.test:${web.port}/ok/json`, 3);
    await claim(store, f);
    await notifier.sweep();
    const got = web.received.find((r) => r.path === '/ok/json')!;
    const timestamp = String(got.headers['x-handoff-timestamp']);
    const expected = createHmac('sha256', SIGNING_SECRET).update(`${timestamp}.${got.body}`).digest('hex');
    expect(got.headers['x-handoff-signature']).toBe(`v1=${expected}`);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(120);
    const payload = JSON.parse(got.body);
    expect(payload).toMatchObject({ version: 1, event: 'opened', reference: f.reference, viewsLeft: 2 });
    expect(payload.eventId).toBe(got.headers['x-handoff-event-id']);
    expect(got.body).not.toContain(f.secret.id);
  });

  it('refuses an allowlist miss at create, with a 400', async () => {
    const deps = handlerDeps();
    deps.config.notify = config;
    const { createSecret } = await import('../support/web-handlers');
    const f = secretFixture();
    const body = {
      id: f.secret.id,
      envelope: f.secret.envelope,
      linkVerifier: f.linkVerifier,
      passwordVerifier: null,
      kdf: null,
      ttlSeconds: 300,
      maxViews: 1,
      manageVerifier: f.secret.manageVerifier,
    };
    const post = (notify: unknown) =>
      createSecret(
        new Request('http://localhost/api/secrets', {
          method: 'POST',
          headers: JSON_TYPE,
          body: JSON.stringify({ ...body, notify }),
        }),
        deps,
      );
    for (const to of ['https://evil.example/hook', `https://slack.test:${web.port + 1}/x`, 'me@elsewhere.org']) {
      const res = await post({ to });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('notify.to');
    }
    const withoutManage = await createSecret(
      new Request('http://localhost/api/secrets', {
        method: 'POST',
        headers: JSON_TYPE,
        body: JSON.stringify({ ...body, manageVerifier: null, notify: { to: 'me@example.com' } }),
      }),
      deps,
    );
    expect(withoutManage.status).toBe(400);
    await deps.store.close();
  });

  it('posts "answered" for a request that asked, through the API, once, and refuses a miss at create', async () => {
    const deps = handlerDeps();
    deps.config.notify = config;
    const { notifier } = setUp(deps.store);
    const { server } = inProcessServer(deps);
    const options = { note: 'the DB password, please', ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };
    const refused = await createRequest(server, { ...options, notify: 'https://evil.example/hook' });
    expect(refused).toMatchObject({ kind: 'error', status: 400 });
    const to = `http://json.test:${web.port}/ok/answered`;
    const r = await createRequest(server, { ...options, notify: to });
    if (r.kind !== 'created') throw new Error(`not created: ${r.code}`);
    await notifier.sweep();
    expect(web.received.some((got) => got.path === '/ok/answered')).toBe(false);
    const answered = await answerRequest(server, r.requestFragment, { content: { kind: 'text', text: 'pa55' } });
    expect(answered.kind).toBe('answered');
    await notifier.sweep();
    await notifier.sweep();
    const got = web.received.filter((x) => x.path === '/ok/answered');
    expect(got).toHaveLength(1);
    const payload = JSON.parse(got[0]!.body);
    const reference = notifyReference(verifierOf(r.manageToken));
    expect(payload).toMatchObject({ version: 1, event: 'answered', reference, viewsLeft: 0 });
    expect(got[0]!.body).not.toContain(r.id);
    expect(got[0]!.body).not.toContain('pa55');
    // Delivered: the request left the watch.
    expect(await deps.store.watchedNotifications()).not.toContain(r.id);
    await deps.store.close();
  });

  it('posts "expired_unanswered" for a request that asked and got no answer by its deadline, and only for it', async () => {
    const deps = handlerDeps();
    await deps.store.close();
    // The store's clock, moved past the deadline (the API offers no lifetime shorter than an hour).
    let skewMs = 0;
    deps.store = new MemoryStore({ maxBytes: 64 * 1024 * 1024, now: () => Date.now() + skewMs });
    deps.config.notify = config;
    const { notifier } = setUp(deps.store);
    const { server } = inProcessServer(deps);
    const options = { note: 'the VPN key, please', ttlSeconds: 3600, answerTtlSeconds: 300, maxViews: 1 };
    const create = async (path: string) => {
      const r = await createRequest(server, { ...options, notify: `http://json.test:${web.port}${path}` });
      if (r.kind !== 'created') throw new Error(`not created: ${r.code}`);
      return r;
    };
    const silent = await create('/ok/expired-unanswered');
    const answered = await create('/ok/answered-in-time');
    const revoked = await create('/ok/revoked-in-time');
    expect((await answerRequest(server, answered.requestFragment, { content: { kind: 'text', text: 'k' } })).kind).toBe(
      'answered',
    );
    expect(await revokeRequest(server, revoked.id, revoked.manageToken)).toEqual({ kind: 'revoked' });
    await notifier.sweep();
    expect(web.received.some((got) => got.path === '/ok/expired-unanswered')).toBe(false);
    skewMs = 3601_000;
    await notifier.sweep();
    await notifier.sweep();
    const got = web.received.filter((x) => x.path === '/ok/expired-unanswered');
    expect(got).toHaveLength(1);
    const timestamp = String(got[0]!.headers['x-handoff-timestamp']);
    const mac = createHmac('sha256', SIGNING_SECRET).update(`${timestamp}.${got[0]!.body}`).digest('hex');
    expect(got[0]!.headers['x-handoff-signature']).toBe(`v1=${mac}`);
    const payload = JSON.parse(got[0]!.body);
    const reference = notifyReference(verifierOf(silent.manageToken));
    expect(payload).toMatchObject({ version: 1, event: 'expired_unanswered', reference, viewsLeft: 0 });
    expect(payload.at).toBe(silent.expiresAt);
    expect(got[0]!.body).not.toContain(silent.id);
    expect(got[0]!.body).not.toContain('VPN');
    expect(web.received.filter((x) => x.path === '/ok/answered-in-time').map((x) => JSON.parse(x.body).event)).toEqual([
      'answered',
    ]);
    expect(web.received.some((x) => x.path === '/ok/revoked-in-time')).toBe(false);
    for (const r of [silent, answered, revoked]) expect(await deps.store.watchedNotifications()).not.toContain(r.id);
    await deps.store.close();
  });

  it('refuses a redirect without following it, and dead-letters the event', async () => {
    const { store, notifier } = setUp();
    const before = web.received.length;
    const f = await notifyingSecret(store, `http://slack.test:${web.port}/redirect/a`);
    await claim(store, f);
    await notifier.sweep();
    expect(web.received.slice(before).map((r) => r.path)).toEqual(['/redirect/a']);
    expect(outcomes.at(-1)).toEqual({ channel: 'slack', outcome: 'dead' });
    expect(logLines.at(-1)).toContain('dead-lettered');
    expect(logLines.join('\n')).not.toContain('slack.test');
    // Dead-lettered: kept for the operator with the receipt, off the watch, never handed out again.
    expect(await store.watchedNotifications()).not.toContain(f.secret.id);
    expect(await store.takeNotifications(f.secret.id, 1000)).toMatchObject({ pending: 0, events: [] });
  });

  it('refuses a destination that resolves to a private address before connecting', async () => {
    const { store, notifier } = setUp();
    const before = connections.length;
    const f = await notifyingSecret(store, `http://private.test:${web.port}/ok/private`);
    await claim(store, f);
    await notifier.sweep();
    expect(connections.length).toBe(before);
    expect(web.received.some((r) => r.path === '/ok/private')).toBe(false);
    expect(outcomes.at(-1)).toEqual({ channel: 'slack', outcome: 'dead' });
  });

  it('times out on a slow receiver and schedules a retry, while the reveal answers at once', async () => {
    const { store, notifier } = setUp();
    subscribeToEvents(notifier.onEvent);
    try {
      const f = await notifyingSecret(store, `http://slack.test:${web.port}/slow/1`, 2);
      const deps = handlerDeps();
      const outcomesBefore = outcomes.length;
      const res = await revealSecret(
        new Request(`http://localhost/api/secrets/${f.secret.id}/reveal`, {
          method: 'POST',
          headers: JSON_TYPE,
          body: JSON.stringify({ linkProof: f.linkProof }),
        }),
        f.secret.id,
        { ...deps, store },
      );
      expect(res.status).toBe(200);
      // The reveal answered before the delivery (to a receiver that never answers) had any outcome.
      expect(outcomes.length).toBe(outcomesBefore);
      await eventually('the slow delivery to be retried', () =>
        outcomes.some((o) => o.channel === 'slack' && o.outcome === 'retried'),
      );
      expect(web.received.some((r) => r.path === '/slow/1')).toBe(true);
      const batch = await store.takeNotifications(f.secret.id, 1000);
      expect(batch).toMatchObject({ pending: 1, events: [] });
      await deps.store.close();
    } finally {
      subscribeToEvents(undefined);
    }
  });

  it('emails an opened secret through a real SMTP server, and holds the per-address cap', async () => {
    const { store, notifier } = setUp();
    const to = `sender-${Date.now()}@example.com`;
    const secrets = [];
    for (let i = 0; i < 3; i++) secrets.push(await notifyingSecret(store, to));
    for (const f of secrets) await claim(store, f);
    await notifier.sweep();
    const mails = smtp.mails.filter((m) => m.to.includes(to));
    expect(mails).toHaveLength(2);
    expect(mails[0]!.raw).toMatch(/Subject: Handoff: \S{6} opened for the last time/);
    expect(mails[0]!.raw.replace(/=\r?\n/g, '')).toContain('My links: https://handoff.example.com/history');
    for (const f of secrets) expect(mails.map((m) => m.raw).join('')).not.toContain(f.secret.id);
    expect(outcomes.filter((o) => o.channel === 'email').map((o) => o.outcome)).toEqual(['sent', 'sent', 'capped']);
    expect(logLines.join('\n')).not.toContain(to);
  });

  it('refuses email destinations on an anonymous instance unless the operator allows them', () => {
    const base = { HANDOFF_NOTIFY_SMTP_URL: 'smtp://127.0.0.1:25', HANDOFF_NOTIFY_SMTP_FROM: 'h@example.com' };
    const off = parseConfig(base).notify;
    expect(checkDestination(off, 'me@example.com', { signedIn: false })).toMatchObject({ ok: false });
    const any = parseConfig({ ...base, HANDOFF_NOTIFY_EMAIL: 'any' }).notify;
    expect(checkDestination(any, 'me@example.com', { signedIn: false })).toMatchObject({ ok: true });
    expect(checkDestination(config, 'me@example.com', { signedIn: false })).toMatchObject({ ok: true });
    expect(checkDestination(config, 'me@example.org', { signedIn: false })).toMatchObject({ ok: false });
  });
});
