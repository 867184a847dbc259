import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type Started } from '../support/processes';
import { newProof } from '../support/secrets';
import { postJson, shareText } from '../support/client';

/*
 * Server logs never hold anything that names or opens a secret: no id, no
 * proof or verifier, no envelope, no request body. Each case runs a whole
 * flow (create, peek, reveal, failures of every kind) against its own app
 * process and searches everything that process wrote to stdout and stderr.
 */

const stores = [
  ['redis', () => ({ REDIS_URL: inject('redisUrl'), REDIS_KEY_PREFIX: `${inject('keyPrefix')}logs:` })],
  ['memory', () => ({})],
] as const;

describe.each(stores)('the server log on the %s store', (_name, env) => {
  let app: Started & { output: () => string };
  beforeAll(async () => {
    app = await startApp(env());
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
    const huge = await postJson(`${base}/api/secrets`, { id: marker, padding: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);

    // Stopping flushes whatever the process still had to say.
    await app.stop();
    const log = app.output();
    expect(log).toContain('handoff:'); // the capture works: the server's own start and stop lines are there
    for (const needle of needles) {
      expect(log, `the log contains ${needle.slice(0, 12)}…`).not.toContain(needle);
      // A shortened form (e.g. a truncated id in a log line) is a leak too.
      if (needle.length >= 22) expect(log).not.toContain(needle.slice(0, 16));
    }
  });
});
