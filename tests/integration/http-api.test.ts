import { describe, expect, inject, it } from 'vitest';
import { newProof } from '../support/secrets';
import { openText, postJson, shareText } from '../support/client';

/*
 * The public HTTP contract, pinned against the production build (`npm start`)
 * on real Redis and on the embedded store.
 */

const apps = [
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const;

describe.each(apps)('HTTP API on the %s store', (_name, base) => {
  const reveal = (id: string, body: unknown) => postJson(`${base}/api/secrets/${id}/reveal`, body);
  const peek = (id: string, proof: string) =>
    fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${proof}` } });

  it('creates, peeks without consuming, reveals once, then answers 404', async () => {
    const shared = await shareText(base, 'sk_live_51Hx…\nDATABASE_URL=postgres://u:p@h/db');
    for (let i = 0; i < 2; i++) {
      const p = await peek(shared.id, shared.linkProof);
      expect(p.status).toBe(200);
      expect(p.headers.get('cache-control')).toBe('no-store');
      const body = (await p.json()) as { viewsLeft: number; kdf: unknown; expiresAt: string };
      expect(body.viewsLeft).toBe(1);
      expect(body.kdf).toBeNull();
      expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 290_000);
    }
    const first = await reveal(shared.id, { linkProof: shared.linkProof });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const { envelope, viewsLeft } = first.json as { envelope: string; viewsLeft: number };
    expect(viewsLeft).toBe(0);
    expect(await openText(shared.key, shared.id, envelope)).toBe('sk_live_51Hx…\nDATABASE_URL=postgres://u:p@h/db');
    const second = await reveal(shared.id, { linkProof: shared.linkProof });
    expect(second.status).toBe(404);
    expect((await peek(shared.id, shared.linkProof)).status).toBe(404);
  });

  it('answers a wrong link proof exactly like a missing secret, and consumes nothing', async () => {
    const shared = await shareText(base, 'x');
    const wrong = await reveal(shared.id, { linkProof: newProof() });
    const missing = await reveal(
      shared.id.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      { linkProof: newProof() },
    );
    expect(wrong.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(wrong.text).toBe(missing.text);
    expect([...wrong.headers.keys()].sort()).toEqual([...missing.headers.keys()].sort());
    const peekWrong = await peek(shared.id, newProof());
    expect(peekWrong.status).toBe(404);
    expect(await peekWrong.text()).toBe(missing.text);
    expect((await reveal(shared.id, { linkProof: shared.linkProof })).status).toBe(200);
  });

  it('lets exactly one of 50 concurrent reveals of a view-once secret succeed', async () => {
    const shared = await shareText(base, 'once');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => reveal(shared.id, { linkProof: shared.linkProof })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404)).toHaveLength(49);
  });

  it('lets exactly three of 50 concurrent reveals of a 3-view secret succeed', async () => {
    const shared = await shareText(base, 'thrice', { maxViews: 3 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => reveal(shared.id, { linkProof: shared.linkProof })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 404)).toHaveLength(47);
  });

  it('refuses to overwrite an existing id with 409', async () => {
    const shared = await shareText(base, 'first');
    const again = await postJson(`${base}/api/secrets`, { ...shared.sealed, ttlSeconds: 300, maxViews: 1 });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ error: 'id_taken' });
    const released = await reveal(shared.id, { linkProof: shared.linkProof });
    expect(await openText(shared.key, shared.id, (released.json as { envelope: string }).envelope)).toBe('first');
  });

  it('needs a bearer link proof to peek', async () => {
    const shared = await shareText(base, 'x');
    const none = await fetch(`${base}/api/secrets/${shared.id}`);
    expect(none.status).toBe(401);
    const junk = await fetch(`${base}/api/secrets/${shared.id}`, { headers: { Authorization: 'Bearer nope' } });
    expect(junk.status).toBe(401);
  });

  it('reports health without internals', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
