import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSecretOnServer } from '@/lib/client/sender-api';
import { linkCredentials, sealSecret } from '@/lib/crypto';
import { RedisConnection } from '@/lib/redis/connection';
import { RedisStore } from '@/lib/store/redis';
import { postJson } from '../support/client';
import { eventually, startWebhookReceiver, type Received } from '../support/notify-receivers';
import { startApp, type Started } from '../support/processes';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { secretFixture } from '../support/secrets';

/*
 * Durability with the real app (node server.mjs, Redis store): an event that
 * the store script wrote is delivered even if the process dies before the
 * delivery completed; two instances deliver each event under one event id; an
 * unopened secret's expiry is noticed by an app that was not running at the deadline.
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
