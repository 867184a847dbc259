import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Started } from '../support/processes';
import { newId, newProof } from '../support/secrets';

/*
 * Security review F-06 over HTTP: the built server behind "proxies" at
 * 127.0.0.1 (the test itself), trusted by CIDR, with a small reveal budget.
 * Addresses written with ports, or as hex-mapped IPv6, are separate clients;
 * the header the operator did not name is ignored.
 */

let xff: Started;
let forwarded: Started;

beforeAll(async () => {
  const env = { HANDOFF_RATE_REVEAL: '2/600', HANDOFF_TRUSTED_PROXIES: '127.0.0.0/8,::1' };
  [xff, forwarded] = await Promise.all([startApp(env), startApp({ ...env, HANDOFF_PROXY_HEADER: 'Forwarded' })]);
}, 60_000);

afterAll(async () => {
  await xff?.stop();
  await forwarded?.stop();
});

const reveal = (app: Started, headers: Record<string, string>) =>
  fetch(`${app.url}/api/secrets/${newId()}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ linkProof: newProof() }),
  }).then((r) => r.status);

describe('F-06: client addresses behind trusted proxies', () => {
  it('F-06: one client using up its budget behind a port-writing proxy leaves the others theirs', async () => {
    const a = { 'X-Forwarded-For': '203.0.113.7:51234' };
    expect([await reveal(xff, a), await reveal(xff, a), await reveal(xff, a)]).toEqual([404, 404, 429]);
    // Same address, another port: the same client.
    expect(await reveal(xff, { 'X-Forwarded-For': '203.0.113.7:40000' })).toBe(429);
    for (const other of ['198.51.100.9:5555', '[2001:db8::9]:443', '::ffff:c633:640a']) {
      expect(await reveal(xff, { 'X-Forwarded-For': other }), other).toBe(404);
    }
  });

  it('F-06: reads RFC 7239 Forwarded when told to, and then ignores X-Forwarded-For', async () => {
    const a = { Forwarded: 'for="[2001:db8:1:2::7]:4711";proto=https' };
    expect([await reveal(forwarded, a), await reveal(forwarded, a), await reveal(forwarded, a)]).toEqual([
      404, 404, 429,
    ]);
    expect(await reveal(forwarded, { Forwarded: 'for=192.0.2.60' })).toBe(404);
    // A spoofed X-Forwarded-For does not escape: without Forwarded, the client is the peer (this test, 127.0.0.1).
    const peer = { 'X-Forwarded-For': '198.51.100.77' };
    expect([await reveal(forwarded, peer), await reveal(forwarded, peer)]).toEqual([404, 404]);
    expect(await reveal(forwarded, { 'X-Forwarded-For': '198.51.100.78' })).toBe(429);
  });
});
