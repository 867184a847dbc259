import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { revokeRequest } from '@/lib/client/request';
import { createSecretOnServer } from '@/lib/client/sender-api';
import { linkCredentials, sealSecret } from '@/lib/crypto';
import { RedisConnection } from '@/lib/redis/connection';
import { RedisStore } from '@/lib/store/redis';
import { postJson } from '../support/client';
import { eventually, startWebhookReceiver, type Received } from '../support/notify-receivers';
import { startApp, type Started } from '../support/processes';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { secretFixture } from '../support/secrets';
import { requestFixture, textAnswer } from './store-contract-requests';

/*
 * Durability with the real app (node server.mjs, Redis store): an event that
 * the store script wrote is delivered even if the process dies before the
 * delivery completed; two instances deliver each event under one event id; an
 * unopened secret's expiry is noticed by an app that was not running at the deadline, and so is
 * a request's that got no answer.
 */

const SECRET = 'restart-test-signing-secret-0123456789abcdef';
const redisUrl = inject('redisUrl');
let web: Awaited<ReturnType<typeof startWebhookReceiver>>;
const apps: Started[] = [];

beforeAll(async () => {
  web = await startWebhookReceiver();
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await web?.stop();
}, 60_000);

function appEnv(prefix: string): Record<string, string> {
  const host = `127.0.0.1:${web.port}`;
  return {
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    HANDOFF_NOTIFY_WEBHOOK_HOSTS: `${host}=json`,
    HANDOFF_NOTIFY_WEBHOOK_SECRETS: `${host}=${SECRET}`,
    HANDOFF_NOTIFY_HTTP_HOSTS: host,
    HANDOFF_NOTIFY_PRIVATE_HOSTS: host,
    HANDOFF_NOTIFY_LEASE_MS: '1500',
    HANDOFF_NOTIFY_SWEEP_MS: '300',
    HANDOFF_NOTIFY_RETRY_BASE_MS: '200',
    HANDOFF_NOTIFY_TIMEOUT_MS: '60000',
  };
}

async function start(prefix: string): Promise<Started> {
  const app = await startApp(appEnv(prefix));
  apps.push(app);
  return app;
}

/** Creates a text secret that asks to be told at `path` on the receiver, then returns how to reveal it. */
async function notifyingSecret(base: string, path: string, maxViews = 1) {
  const { fragment, sealed } = await sealSecret({ kind: 'text', text: 'hello' });
  const to = `http://127.0.0.1:${web.port}${path}`;
  const outcome = await createSecretOnServer(base, { ...sealed, ttlSeconds: 300, maxViews, notify: { to } });
  if (outcome.kind !== 'created') throw new Error(`create: ${JSON.stringify(outcome)}`);
  const { linkProof } = linkCredentials(decodeBase64url(fragment));
  return {
    id: sealed.id,
    reveal: (on: string) => postJson(`${on}/api/secrets/${sealed.id}/reveal`, { linkProof }),
  };
}

const at = (path: string) => web.received.filter((r) => r.path === path);
const payload = (r: Received) => JSON.parse(r.body) as { eventId: string; event: string; viewsLeft: number };

function expectSigned(r: Received) {
  const timestamp = String(r.headers['x-handoff-timestamp']);
  const mac = createHmac('sha256', SECRET).update(`${timestamp}.${r.body}`).digest('hex');
  expect(r.headers['x-handoff-signature']).toBe(`v1=${mac}`);
}

describe('notification durability with the real app on Redis', () => {
  it('delivers after a restart an event whose delivery the killed process never finished', async () => {
    const prefix = `${inject('keyPrefix')}notify-kill:`;
    const first = await start(prefix);
    const secret = await notifyingSecret(first.url, '/hold-once/kill');
    expect((await secret.reveal(first.url)).status).toBe(200);
    // The receiver holds the first attempt: the event is out of the store, the delivery not done.
    await eventually('the first attempt', () => at('/hold-once/kill').length === 1);
    first.process.kill('SIGKILL');
    await eventually('the app to die', () => first.process.exitCode !== null || first.process.signalCode !== null);

    await start(prefix);
    await eventually('the delivery after the restart', () => at('/hold-once/kill').length >= 2, 30_000);
    const [lost, delivered] = at('/hold-once/kill');
    expect(payload(delivered!)).toMatchObject({ event: 'last_view', viewsLeft: 0 });
    expect(payload(delivered!).eventId).toBe(payload(lost!).eventId);
    expectSigned(delivered!);
    expect(delivered!.body).not.toContain(secret.id);
  }, 90_000);

  it('has two instances deliver each event under one event id', async () => {
    const prefix = `${inject('keyPrefix')}notify-two:`;
    const [a, b] = [await start(prefix), await start(prefix)];
    const secrets: Awaited<ReturnType<typeof notifyingSecret>>[] = [];
    for (let i = 0; i < 4; i++) secrets.push(await notifyingSecret((i % 2 ? a : b)!.url, `/ok/two-${i}`, 2));
    for (const s of secrets) {
      expect((await s.reveal(a!.url)).status).toBe(200);
      expect((await s.reveal(b!.url)).status).toBe(200);
    }
    await eventually('every event', () => secrets.every((_, i) => at(`/ok/two-${i}`).length >= 2), 30_000);
    // Let any duplicate (a lease that ran out mid-delivery) arrive before counting.
    await new Promise((r) => setTimeout(r, 2000));
    for (let i = 0; i < secrets.length; i++) {
      const deliveries = at(`/ok/two-${i}`).map(payload);
      const byId = new Map(deliveries.map((d) => [d.eventId, d]));
      expect([...byId.values()].map((d) => d.event).sort()).toEqual(['last_view', 'opened']);
      // A repeat, if any, is the same event under the same id.
      for (const d of deliveries) expect(byId.get(d.eventId)).toEqual(d);
    }
  }, 120_000);

  it('tells the sender about an unopened secret that expired while no app was running', async () => {
    const prefix = `${inject('keyPrefix')}notify-expiry:`;
    const store = new RedisStore(new RedisConnection({ target: { mode: 'single', url: redisUrl } }), {
      keyPrefix: prefix,
    });
    const f = secretFixture({ ttlSeconds: 1, receiptTtlSeconds: 600 });
    const to = `http://127.0.0.1:${web.port}/ok/expiry-${randomBytes(4).toString('hex')}`;
    await store.putSecret({ ...f.secret, notify: { destination: JSON.stringify({ w: to }), reference: 'XyZ789' } });
    await store.close();
    await new Promise((r) => setTimeout(r, 1500));
    await start(prefix);
    const path = new URL(to).pathname;
    await eventually('the expiry notification', () => at(path).length >= 1, 30_000);
    expect(payload(at(path)[0]!)).toMatchObject({ event: 'expired', reference: 'XyZ789' });
  }, 90_000);
});

describe('a request that expires without an answer, with the real app on Redis', () => {
  /** A store on `prefix`, as a second process beside the apps, for what the API cannot do: a 1 s lifetime. */
  const storeOn = (prefix: string) =>
    new RedisStore(new RedisConnection({ target: { mode: 'single', url: redisUrl } }), { keyPrefix: prefix });

  /** Stores a request that asked to be told at a fresh `/ok/…` path; returns it and that path. */
  async function notifyingRequest(store: RedisStore, name: string, ttlSeconds = 1) {
    const path = `/ok/${name}-${randomBytes(4).toString('hex')}`;
    const destination = JSON.stringify({ w: `http://127.0.0.1:${web.port}${path}` });
    const reference = randomBytes(4).toString('base64url').slice(0, 6);
    const f = requestFixture({ ttlSeconds, receiptTtlSeconds: 600, notify: { destination, reference } });
    expect((await store.putRequest(f.request)).kind).toBe('created');
    return { ...f, path, reference };
  }

  it('tells the requester once, signed, with two instances; never for one answered or revoked in time', async () => {
    const prefix = `${inject('keyPrefix')}notify-request-expiry:`;
    const [a] = [await start(prefix), await start(prefix)];
    const store = storeOn(prefix);
    try {
      const silent = await notifyingRequest(store, 'req-silent');
      const answered = await notifyingRequest(store, 'req-answered');
      const revoked = await notifyingRequest(store, 'req-revoked');
      const deadline = Date.now() + 1000;
      expect((await store.submitAnswer(answered.request.id, answered.submit, textAnswer())).kind).toBe('accepted');
      expect(await revokeRequest(a!.url, revoked.request.id, revoked.proofs.manage)).toEqual({ kind: 'revoked' });
      await eventually('the expiry notification', () => at(silent.path).length >= 1, 30_000);
      await eventually('the answered notification', () => at(answered.path).length >= 1, 30_000);
      // Every one has left the watch: nothing more can happen to it, and nothing waits.
      const ids = [silent, answered, revoked].map((r) => r.request.id);
      await eventually(
        'the watch to empty',
        async () => !(await store.watchedNotifications()).some((id) => ids.includes(id)),
        30_000,
      );
      expect(Date.now()).toBeGreaterThan(deadline);
      const [expiry, ...more] = at(silent.path);
      expect(more).toEqual([]);
      expect(payload(expiry!)).toMatchObject({
        event: 'expired_unanswered',
        reference: silent.reference,
        viewsLeft: 0,
      });
      expectSigned(expiry!);
      expect(expiry!.headers['x-handoff-event-id']).toBe(payload(expiry!).eventId);
      expect(expiry!.body).not.toContain(silent.request.id);
      expect(at(answered.path).map((r) => payload(r).event)).toEqual(['answered']);
      expect(at(revoked.path)).toEqual([]);
      // Past their deadlines, a look at them writes nothing either.
      for (const r of [answered, revoked]) {
        expect((await store.takeNotifications(r.request.id, 1000))?.events ?? []).toEqual([]);
      }
    } finally {
      await store.close();
    }
  }, 120_000);

  it('tells the requester about a request that expired while no app was running', async () => {
    const prefix = `${inject('keyPrefix')}notify-request-restart:`;
    const store = storeOn(prefix);
    const r = await notifyingRequest(store, 'req-restart');
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await start(prefix);
    await eventually('the expiry notification', () => at(r.path).length >= 1, 30_000);
    expect(payload(at(r.path)[0]!)).toMatchObject({ event: 'expired_unanswered', reference: r.reference });
    expectSigned(at(r.path)[0]!);
  }, 90_000);
});
