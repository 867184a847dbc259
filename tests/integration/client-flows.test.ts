import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { shareSecret } from '@/lib/client/create';
import { fetchReceipt } from '@/lib/client/manage';
import { checkLink, revealLink } from '@/lib/client/reveal';
import { decodeBase64url } from '@/lib/protocol/base64url';

/*
 * The client flows that the browser and the CLI share (lib/client/create,
 * reveal, manage), over real HTTP against the production build, on real
 * Redis and on the embedded store.
 */

const apps = [
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const;

const MIB = 1024 * 1024;

function bundle() {
  const data = [randomBytes(1.5 * MIB), randomBytes(10)];
  const files = data.map((d, i) => ({ name: `f${i}.bin`, type: '', size: d.length }));
  const read = async (index: number, start: number, end: number) => new Uint8Array(data[index]!.subarray(start, end));
  return { data, content: { kind: 'bundle' as const, text: 'notes', files }, read };
}

describe.each(apps)('the client flows on the %s store', (_name, base) => {
  it('share files with a password, check, refuse a wrong password, reveal, download, then answer gone', async () => {
    const { data, content, read } = bundle();
    const shared = await shareSecret(base, { content, read, password: 'pw-flows', ttlSeconds: 300, maxViews: 1 });
    if (shared.kind !== 'created') throw new Error(`share: ${shared.kind}`);
    const key = decodeBase64url(shared.fragment);
    const check = await checkLink(base, key);
    if (check.kind !== 'found') throw new Error(`check: ${check.kind}`);
    expect(check.streamBytes).toBeGreaterThan(1.5 * MIB);
    expect(await revealLink(base, key, { kdf: check.kdf, password: 'nope' })).toMatchObject({
      kind: 'wrong_password',
    });
    const outcome = await revealLink(base, key, { kdf: check.kdf, password: 'pw-flows' });
    if (outcome.kind !== 'released' || outcome.files?.kind !== 'intact') throw new Error(`reveal: ${outcome.kind}`);
    expect(outcome).toMatchObject({ text: 'notes', viewsLeft: 0 });
    const got = await outcome.files.download();
    if (got.kind !== 'downloaded') throw new Error(`download: ${got.kind}`);
    expect(got.pieces.map((pieces, i) => Buffer.concat(pieces).equals(data[i]!))).toEqual([true, true]);
    expect(await revealLink(base, key, { kdf: check.kdf, password: 'pw-flows' })).toEqual({
      kind: 'gone',
      ending: { ending: 'viewed', endedAt: expect.any(String) },
    });
    const receipt = await fetchReceipt(base, shared.id, shared.manageToken);
    expect(receipt).toMatchObject({ kind: 'found', receipt: { state: 'viewed', viewsUsed: 1 } });
  });

  it('lets exactly one of 10 concurrent revealers of a view-once text see it', async () => {
    const shared = await shareSecret(base, {
      content: { kind: 'text', text: 'once' },
      ttlSeconds: 300,
      maxViews: 1,
    });
    if (shared.kind !== 'created') throw new Error(`share: ${shared.kind}`);
    const key = decodeBase64url(shared.fragment);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => revealLink(base, key, { kdf: null })));
    expect(outcomes.filter((o) => o.kind === 'released')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'gone')).toHaveLength(9);
  });

  it('revokes the pending secret when the upload is aborted', async () => {
    const { content, read } = bundle();
    const controller = new AbortController();
    const pending = { id: '', token: '' };
    const outcome = await shareSecret(
      {
        base,
        fetch: (url, init) => {
          const upload = /\/api\/secrets\/([^/]+)\/parts\/1$/.exec(url.pathname);
          if (upload && init.method === 'PUT') {
            const auth = new Headers(init.headers).get('authorization') ?? '';
            pending.id = upload[1]!;
            pending.token = auth.slice('Bearer '.length);
            controller.abort();
          }
          return fetch(url, init);
        },
      },
      { content, read, signal: controller.signal, ttlSeconds: 300, maxViews: 1 },
    );
    expect(outcome).toEqual({ kind: 'cancelled', leftBehind: false });
    expect(await fetchReceipt(base, pending.id, pending.token)).toMatchObject({
      kind: 'found',
      receipt: { state: 'revoked' },
    });
  });
});
