import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Started } from '../support/processes';
import { newId, newProof } from '../support/secrets';
import { eventually, stalledRequest, type Stalled } from '../support/stalled';

/*
 * Security review F-05: request bodies against the built app. The rate limit
 * is counted before a body is read; bodies being received at once are
 * bounded per client address and overall; a JSON body that stalls is cut
 * after a short timeout (file parts keep the long one); a client that leaves
 * mid-body is a quiet close. Stalled requests are raw sockets that send a
 * head and part of a body, then wait: one that got no answer is one whose
 * body the server is still receiving.
 */

type App = Started & { output: () => string };

const open: Stalled[] = [];
afterEach(async () => {
  const left = open.splice(0);
  for (const s of left) s.socket.destroy();
  await Promise.all(left.map((s) => s.closed));
  await new Promise((r) => setTimeout(r, 300)); // the server sees them go and gives their slots back
});

async function stall(app: App, path: string, options: Parameters<typeof stalledRequest>[2]): Promise<Stalled> {
  const stalled = await stalledRequest(app.url, path, options);
  open.push(stalled);
  return stalled;
}

const revealPath = () => `/api/secrets/${newId()}/reveal`;
const from = (address: string) => ({ 'X-Forwarded-For': address });
const answered = (all: Stalled[]) => all.filter((s) => s.status() !== null);

describe('F-05: bodies and the limits on receiving them', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({
      HANDOFF_RATE_CREATE: '1/600',
      HANDOFF_MAX_BODIES_PER_CLIENT: '3',
      HANDOFF_MAX_BODIES_IN_FLIGHT: '5',
      // One proxy in front: X-Forwarded-For names the client, so one test process can be many clients.
      HANDOFF_TRUSTED_PROXIES: '1',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('F-05: a client over its rate limit gets 429 at once, and its body is not read', async () => {
    const spend = await fetch(`${app.url}/api/secrets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(spend.status).toBe(400); // the one create of the budget, counted before validation
    // 1.39 MB declared, 1,000 bytes sent: the answer must not wait for the rest.
    const stalled = await stall(app, '/api/secrets', { length: 1_390_000, sent: 1000 });
    expect(await eventually(() => stalled.status() !== null, 3000)).toBe(true);
    expect(stalled.status()).toBe(429);
    expect(stalled.received()).toMatch(/\r\nretry-after: \d+\r\n/i);
    expect(stalled.received()).toMatch(/\r\nconnection: close\r\n/i);
    await stalled.closed; // and the server does not wait for the rest either
  });

  it('F-05: receives at most HANDOFF_MAX_BODIES_PER_CLIENT bodies of one client at once; the rest get 429 unread', async () => {
    const one = '203.0.113.1';
    const stalled: Stalled[] = [];
    for (let i = 0; i < 8; i++) {
      stalled.push(await stall(app, revealPath(), { length: 1_000_000, sent: 64 * 1024, headers: from(one) }));
    }
    expect(await eventually(() => answered(stalled).length >= 5, 3000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    // Three are being received (no answer yet); five were refused at once.
    expect(answered(stalled).map((s) => s.status())).toEqual([429, 429, 429, 429, 429]);
    for (const s of answered(stalled)) expect(s.received()).toMatch(/\r\nretry-after: 1\r\n/i);

    // A small body that arrives whole with its headers costs nothing to take: the same client still gets through.
    const small = await fetch(`${app.url}${revealPath()}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...from(one) },
      body: JSON.stringify({ linkProof: newProof() }),
    });
    expect(small.status).toBe(404);

    // Closing them gives their slots back: the client's next slow body is received again.
    for (const s of stalled) s.socket.destroy();
    await Promise.all(stalled.map((s) => s.closed));
    await new Promise((r) => setTimeout(r, 200));
    const again = await stall(app, revealPath(), { length: 1_000_000, sent: 1000, headers: from(one) });
    await new Promise((r) => setTimeout(r, 500));
    expect(again.status()).toBeNull();
  });

  it('F-05: receives at most HANDOFF_MAX_BODIES_IN_FLIGHT bodies over all clients; the rest get 503 unread', async () => {
    const stalled: Stalled[] = [];
    for (let i = 0; i < 9; i++) {
      stalled.push(await stall(app, revealPath(), { length: 1_000_000, sent: 1000, headers: from(`198.51.100.${i}`) }));
    }
    expect(await eventually(() => answered(stalled).length >= 4, 3000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(stalled.map((s) => s.status())).toEqual([null, null, null, null, null, 503, 503, 503, 503]);
    for (const s of answered(stalled)) expect(s.received()).toMatch(/\r\nretry-after: 1\r\n/i);
    // Requests without a body are not held up by bodies.
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});

describe('F-05: timeouts and aborted bodies', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ HANDOFF_JSON_TIMEOUT_SECONDS: '2' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('F-05: cuts a stalled JSON body after HANDOFF_JSON_TIMEOUT_SECONDS with 408; a file part keeps its longer time', async () => {
    const part = await stall(app, `/api/secrets/${newId()}/parts/0`, {
      method: 'PUT',
      contentType: 'application/octet-stream',
      length: 983_280,
      sent: 1000,
      headers: { Authorization: `Bearer ${newProof()}` },
    });
    const json = await stall(app, revealPath(), { length: 5000, sent: 10 });
    const started = Date.now();
    expect(await eventually(() => json.status() !== null, 8000)).toBe(true);
    expect(json.status()).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    await json.closed;
    expect(part.status()).toBeNull();
  });

  it('F-05: a client that leaves mid-body is a quiet close: no log line, and the server carries on', async () => {
    const before = app.output().length;
    const stalled = [
      await stall(app, '/api/secrets', { length: 1_390_000, sent: 100_000 }),
      await stall(app, revealPath(), { length: 2000, sent: 10 }),
      await stall(app, `/api/secrets/${newId()}/parts/0`, {
        method: 'PUT',
        contentType: 'application/octet-stream',
        length: 983_280,
        sent: 500_000,
        headers: { Authorization: `Bearer ${newProof()}` },
      }),
    ];
    await new Promise((r) => setTimeout(r, 300));
    for (const s of stalled) s.socket.destroy();
    await new Promise((r) => setTimeout(r, 700));
    expect(stalled.map((s) => s.status())).toEqual([null, null, null]);
    expect(app.output().slice(before)).toBe('');
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});
