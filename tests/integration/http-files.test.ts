import { describe, expect, inject, it } from 'vitest';
import { PART_BYTES } from '@/lib/protocol/v1';
import { postJson } from '../support/client';
import { commitHttp, createWithFiles, getPartHttp, putPartHttp, revealWithLease, shareFiles } from '../support/files';
import { TWO_PART_STREAM_BYTES, newProof } from '../support/secrets';

/*
 * The file calls over HTTP, against the production build on real Redis and
 * on the embedded store: upload in parts, commit, reveal with a lease,
 * download byte for byte; and every way to get them wrong.
 */

const apps = [
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const;

describe.each(apps)('file calls on the %s store', (_name, base) => {
  const peek = (id: string, proof: string) =>
    fetch(`${base}/api/secrets/${id}`, { headers: { Authorization: `Bearer ${proof}` } });

  it('uploads, commits, peeks, reveals with a lease and downloads every part byte for byte', async () => {
    const shared = await createWithFiles(base);
    expect(shared.created.upload.parts).toBe(2);
    expect((await peek(shared.id, shared.linkProof)).status).toBe(404);
    for (const [n, part] of shared.parts.entries()) {
      const put = await putPartHttp(base, shared.id, n, shared.manageToken, part);
      expect(put.status).toBe(204);
      expect(put.headers.get('cache-control')).toBe('no-store');
    }
    const committed = await commitHttp(base, shared.id, shared.manageToken);
    expect(committed.status).toBe(200);
    expect(Date.parse(((await committed.json()) as { expiresAt: string }).expiresAt)).toBeGreaterThan(Date.now());
    const peeked = await peek(shared.id, shared.linkProof);
    expect(await peeked.json()).toMatchObject({ viewsLeft: 1, streamBytes: TWO_PART_STREAM_BYTES });

    const noLease = await postJson(`${base}/api/secrets/${shared.id}/reveal`, { linkProof: shared.linkProof });
    expect(noLease.status).toBe(400);
    expect(noLease.json).toMatchObject({ error: 'lease_required' });
    expect((await peek(shared.id, shared.linkProof)).status).toBe(200);

    const { lease, response } = await revealWithLease(base, shared.id, shared.linkProof);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ viewsLeft: 0, files: { streamBytes: TWO_PART_STREAM_BYTES, parts: 2 } });
    for (let round = 0; round < 2; round++) {
      for (const [n, part] of shared.parts.entries()) {
        const got = await getPartHttp(base, shared.id, n, lease);
        expect(got.status).toBe(200);
        expect(got.headers.get('content-type')).toBe('application/octet-stream');
        expect(got.headers.get('content-length')).toBe(String(part.length));
        expect(got.headers.get('content-disposition')).toBe('attachment');
        expect(got.headers.get('cache-control')).toBe('no-store');
        expect(got.headers.get('x-content-type-options')).toBe('nosniff');
        expect(got.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(Buffer.from(await got.arrayBuffer()).equals(part)).toBe(true);
      }
    }
    const head = await getPartHttp(base, shared.id, 0, lease, 'HEAD');
    expect(head.status).toBe(200);
    expect((await getPartHttp(base, shared.id, 0, lease)).status).toBe(200);
    const second = await revealWithLease(base, shared.id, shared.linkProof);
    expect(second.response.status).toBe(404);
    expect((await getPartHttp(base, shared.id, 0, second.lease)).status).toBe(404);
  });

  it('lets exactly one of 50 concurrent revealers download, while all of them try to at once', async () => {
    const shared = await shareFiles(base);
    const reveals = await Promise.all(
      Array.from({ length: 50 }, () => revealWithLease(base, shared.id, shared.linkProof)),
    );
    const winners = reveals.filter((r) => r.response.status === 200);
    expect(winners).toHaveLength(1);
    expect(reveals.filter((r) => r.response.status === 404)).toHaveLength(49);
    // Every revealer asks for every part at once; the winner asks for each part five times over.
    const attempts = reveals.flatMap((r) =>
      shared.parts.flatMap((_, n) => Array.from({ length: r === winners[0] ? 5 : 1 }, () => ({ r, n }))),
    );
    const answers = await Promise.all(
      attempts.map(async ({ r, n }) => {
        const got = await getPartHttp(base, shared.id, n, r.lease);
        return { r, n, status: got.status, body: Buffer.from(await got.arrayBuffer()) };
      }),
    );
    for (const a of answers) {
      if (a.r === winners[0]) {
        expect(a.status).toBe(200);
        expect(a.body.equals(shared.parts[a.n]!)).toBe(true);
      } else {
        expect(a.status).toBe(404);
        expect(a.body.includes(shared.parts[a.n]!.subarray(0, 64))).toBe(false);
      }
    }
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5 * shared.parts.length);
  });

  it('answers 415, 413, 400 and 409 to bad uploads and commits, and stores nothing for them', async () => {
    const shared = await createWithFiles(base);
    const [first, last] = shared.parts as [Buffer, Buffer];
    const token = shared.manageToken;
    const json = await putPartHttp(base, shared.id, 0, token, first, 'application/json');
    expect(json.status).toBe(415);
    // The whole oversized part, as a client sends it: refused from its declared length, and read out after the 413
    // (lingering close, tests/integration/http-linger.test.ts), so the client reads the answer, not a reset.
    const oversize = await putPartHttp(base, shared.id, 0, token, Buffer.alloc(PART_BYTES + 1));
    expect(oversize.status).toBe(413);
    expect(oversize.headers.get('connection')).toBe('close');
    expect(await oversize.json()).toMatchObject({ error: 'payload_too_large' });
    expect((await putPartHttp(base, shared.id, 1, token, first)).status).toBe(400);
    expect((await putPartHttp(base, shared.id, 2, token, last)).status).toBe(400);
    expect((await putPartHttp(base, shared.id, '01', token, last)).status).toBe(400);
    expect((await putPartHttp(base, shared.id, 1, newProof(), last)).status).toBe(404);
    const incomplete = await commitHttp(base, shared.id, token);
    expect(incomplete.status).toBe(409);
    expect(await incomplete.json()).toMatchObject({ error: 'upload_incomplete', missing: [0, 1] });
    await putPartHttp(base, shared.id, 0, token, first);
    await putPartHttp(base, shared.id, 1, token, last);
    expect((await commitHttp(base, shared.id, token)).status).toBe(200);
    expect((await commitHttp(base, shared.id, token)).status).toBe(200);
    const late = await putPartHttp(base, shared.id, 0, token, first);
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ error: 'upload_committed' });
  });

  it('answers the same 404 to a download without a valid lease, and 401 without a bearer', async () => {
    const shared = await shareFiles(base, TWO_PART_STREAM_BYTES, 2);
    const { lease } = await revealWithLease(base, shared.id, shared.linkProof);
    const wrong = await getPartHttp(base, shared.id, 0, newProof());
    const linkAsLease = await getPartHttp(base, shared.id, 0, shared.linkProof);
    const noPart = await getPartHttp(base, shared.id, 2, lease);
    const missing = await getPartHttp(
      base,
      shared.id.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      0,
      lease,
    );
    const texts = await Promise.all([wrong, linkAsLease, noPart, missing].map((r) => r.text()));
    expect([wrong, linkAsLease, noPart, missing].map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(texts).size).toBe(1);
    expect((await getPartHttp(base, shared.id, 0)).status).toBe(401);
    expect((await getPartHttp(base, shared.id, 0, lease)).status).toBe(200);
  });
});
