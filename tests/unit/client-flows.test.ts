import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { shareSecret, type ShareRequest } from '@/lib/client/create';
import { fetchReceipt, revokeLink } from '@/lib/client/manage';
import { checkLink, checkLinkFragment, revealLink, type RevealLinkOutcome } from '@/lib/client/reveal';
import type { ApiServer } from '@/lib/client/http';
import type * as recipient from '@/lib/crypto/recipient';
import { type SecretFile, type UnlockedSecret } from '@/lib/crypto';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { handlerDeps } from '../support/api-deps';
import { errorAnswer, inProcessServer, type Tamper } from '../support/in-process';

/*
 * The client flows (lib/client/create, reveal, manage) as the browser and the
 * CLI run them, against the real routing table and handlers on the embedded
 * store, in this process: no browser, no listening server. A tampering fetch
 * stands in for a server or a network that misbehaves.
 */

// Every key the reveal flow derives, to check that it is wiped once the flow is over.
const unlocked = vi.hoisted(() => [] as UnlockedSecret[]);
// The reveal flow reaches its crypto through the recipient's face (lib/crypto/recipient.ts).
vi.mock('@/lib/crypto/recipient', async (importOriginal) => {
  const real = await importOriginal<typeof recipient>();
  return {
    ...real,
    unlockSecret: async (...args: Parameters<typeof real.unlockSecret>) => {
      const keys = await real.unlockSecret(...args);
      unlocked.push(keys);
      return keys;
    },
  };
});

// scrypt (about 2 s a derivation on a busy 2-core machine) and megabytes of files
vi.setConfig({ testTimeout: 60_000 });

const deps = handlerDeps({ maxFileBytes: 4 * 1024 * 1024 });
afterAll(async () => {
  await deps.store.close();
  await deps.limiter.close();
});

const MIB = 1024 * 1024;

/** A bundle of files (the first over one part, so the stream has two) and the reader of their bytes. */
function bundle(text = 'the notes') {
  const data = [randomBytes(1.5 * MIB), randomBytes(1000)];
  const files: SecretFile[] = data.map((d, i) => ({ name: `f${i}.bin`, type: '', size: d.length }));
  const read = async (index: number, start: number, end: number) => new Uint8Array(data[index]!.subarray(start, end));
  return { data, content: { kind: 'bundle' as const, text, files }, read };
}

async function share(server: ApiServer, request: Partial<ShareRequest> & Pick<ShareRequest, 'content'>) {
  const outcome = await shareSecret(server, { ttlSeconds: 300, maxViews: 1, ...request });
  if (outcome.kind !== 'created') throw new Error(`share: ${outcome.kind}`);
  return { ...outcome, key: decodeBase64url(outcome.fragment) };
}

function released(outcome: RevealLinkOutcome) {
  if (outcome.kind !== 'released') throw new Error(`reveal: ${outcome.kind}`);
  return outcome;
}

const isWiped = (keys: UnlockedSecret) => keys.encKey.every((b) => b === 0) && keys.fileKey.every((b) => b === 0);

describe('sharing and revealing text', () => {
  const { server } = inProcessServer(deps);

  it('reveals what was shared, once, and then answers gone', async () => {
    const { key } = await share(server, { content: { kind: 'text', text: 'sk_live_123' } });
    expect(await checkLink(server, key)).toMatchObject({ kind: 'found', viewsLeft: 1, kdf: null, streamBytes: null });
    const first = released(await revealLink(server, key, { kdf: null }));
    expect(first).toMatchObject({ text: 'sk_live_123', viewsLeft: 0, files: null });
    // With the sender's receipt kept, the link holder learns how it ended (the ending call).
    expect(await revealLink(server, key, { kdf: null })).toEqual({
      kind: 'gone',
      ending: { ending: 'viewed', endedAt: expect.any(String) },
    });
    expect(await checkLink(server, key)).toEqual({
      kind: 'gone',
      ending: { ending: 'viewed', endedAt: expect.any(String) },
    });
  });

  it('answers wrong_password with the attempts left, uses nothing up, then reveals with the right one', async () => {
    const { key } = await share(server, { content: { kind: 'text', text: 'pw-protected' }, password: 'hunter22' });
    const check = await checkLink(server, key);
    if (check.kind !== 'found') throw new Error(check.kind);
    expect(check.kdf).not.toBeNull();
    const wrong = await revealLink(server, key, { kdf: check.kdf, password: 'nope' });
    expect(wrong).toEqual({ kind: 'wrong_password', attemptsLeft: deps.config.passwordAttempts - 1 });
    expect(await checkLink(server, key)).toMatchObject({ kind: 'found', viewsLeft: 1 });
    expect(released(await revealLink(server, key, { kdf: check.kdf, password: 'hunter22' })).text).toBe('pw-protected');
  });

  it('answers destroyed on the last wrong password, and gone after it', async () => {
    // two attempts instead of five: each costs a scrypt derivation
    const strict = inProcessServer({ ...deps, config: { ...deps.config, passwordAttempts: 2 } }).server;
    const { key } = await share(strict, { content: { kind: 'text', text: 'x' }, password: 'right-one' });
    const check = await checkLink(strict, key);
    if (check.kind !== 'found') throw new Error(check.kind);
    const first = await revealLink(strict, key, { kdf: check.kdf, password: 'wrong-1' });
    expect(first).toEqual({ kind: 'wrong_password', attemptsLeft: 1 });
    expect(await revealLink(strict, key, { kdf: check.kdf, password: 'wrong-2' })).toEqual({ kind: 'destroyed' });
    expect(await checkLink(strict, key)).toEqual({
      kind: 'gone',
      ending: { ending: 'locked', endedAt: expect.any(String) },
    });
  });

  it('recovers a key with characters glued after it, and only when the server knows the shorter link', async () => {
    const { fragment, id } = await share(server, { content: { kind: 'text', text: 'glued' }, maxViews: 2 });
    for (const junk of ['_', '-', 'Thanks', '_-x']) {
      const read = await checkLinkFragment(server, `#${fragment}${junk}`);
      expect(read).toMatchObject({ kind: 'checked', id, trimmed: true, check: { kind: 'found', viewsLeft: 2 } });
    }
    expect(await checkLinkFragment(server, fragment)).toMatchObject({ kind: 'checked', trimmed: false });
    // A link nobody shared stays "too long": the recovery never turns a wrong key into "gone".
    const stranger = `${'A'.repeat(42)}E_`;
    expect(await checkLinkFragment(server, stranger)).toEqual({ kind: 'invalid', problem: 'too-long' });
    expect(await checkLinkFragment(server, 'AAAA')).toEqual({ kind: 'invalid', problem: 'too-short' });
  });

  it('asks for a lease on every reveal, text included', async () => {
    const bodies: unknown[] = [];
    const { server: watched } = inProcessServer(deps, async (request, answer) => {
      if (request.url.endsWith('/reveal')) bodies.push(await request.clone().json());
      return answer();
    });
    const { key } = await share(watched, { content: { kind: 'text', text: 'leased' } });
    released(await revealLink(watched, key, { kdf: null }));
    expect(bodies).toEqual([expect.objectContaining({ leaseVerifier: expect.any(String) })]);
  });

  it('registers the manage token unless told not to, and revokes with it', async () => {
    const managed = await share(server, { content: { kind: 'text', text: 'm' } });
    expect(await fetchReceipt(server, managed.id, managed.manageToken)).toMatchObject({
      kind: 'found',
      receipt: { state: 'active' },
    });
    expect(await revokeLink(server, managed.id, managed.manageToken)).toEqual({ kind: 'revoked' });
    expect(await revealLink(server, managed.key, { kdf: null })).toEqual({
      kind: 'gone',
      ending: { ending: 'revoked', endedAt: expect.any(String) },
    });
    const unmanaged = await share(server, { content: { kind: 'text', text: 'u' }, manage: false });
    // Without a receipt there is no tombstone: the ending stays unknown.
    expect(released(await revealLink(server, unmanaged.key, { kdf: null })).text).toBe('u');
    expect(await checkLink(server, unmanaged.key)).toEqual({ kind: 'gone', ending: null });
    expect(await fetchReceipt(server, unmanaged.id, unmanaged.manageToken)).toEqual({ kind: 'gone' });
    expect(await revokeLink(server, unmanaged.id, unmanaged.manageToken)).toEqual({ kind: 'gone' });
  });

  it('returns the API failure of a refused create, and a network failure when nothing answers', async () => {
    const content = { kind: 'text' as const, text: 'x' };
    expect(await shareSecret(server, { content, ttlSeconds: 7, maxViews: 1 })).toEqual({
      kind: 'error',
      code: 'invalid_request',
      status: 400,
    });
    const down: ApiServer = { base: 'http://handoff.test', fetch: () => Promise.reject(new TypeError('fetch failed')) };
    expect(await shareSecret(down, { content, ttlSeconds: 300, maxViews: 1 })).toEqual({
      kind: 'error',
      code: 'network',
      status: 0,
    });
  });

  it('maps an error code outside the API table to bad_response', async () => {
    const { key } = await share(server, { content: { kind: 'text', text: 'x' } });
    const { server: odd } = inProcessServer(deps, async () => errorAnswer(418, 'teapot'));
    expect(await revealLink(odd, key, { kdf: null })).toEqual({ kind: 'error', code: 'bad_response', status: 418 });
  });
});

describe('sharing and revealing files', () => {
  it('uploads, reveals with a lease and downloads every file byte for byte', async () => {
    const { server, calls } = inProcessServer(deps);
    const { data, content, read } = bundle();
    const progress: string[] = [];
    const { key } = await share(server, {
      content,
      read,
      password: 'files-pw',
      onProgress: (p) => progress.push(p.step),
    });
    expect(calls.filter((c) => c.startsWith('PUT'))).toHaveLength(2);
    expect(progress).toContain('protecting');
    expect(progress.at(-1)).toBe('uploading');
    const check = await checkLink(server, key);
    if (check.kind !== 'found') throw new Error(check.kind);
    expect(check.streamBytes).toBeGreaterThan(1.5 * MIB);
    const outcome = released(await revealLink(server, key, { kdf: check.kdf, password: 'files-pw' }));
    expect(outcome.text).toBe('the notes');
    if (outcome.files?.kind !== 'intact') throw new Error('files not intact');
    expect(outcome.files.files.map((f) => f.size)).toEqual(data.map((d) => d.length));
    for (let round = 0; round < 2; round++) {
      // a retry uses the same lease
      const got = await outcome.files.download();
      if (got.kind !== 'downloaded') throw new Error(got.kind);
      // Buffer.equals: a deep toEqual of megabytes takes seconds
      expect(got.pieces.map((pieces, i) => Buffer.concat(pieces).equals(data[i]!))).toEqual([true, true]);
    }
  });

  it('lets exactly one of 20 concurrent revealers of a view-once file secret have the files', async () => {
    const { server } = inProcessServer(deps);
    const { content, read } = bundle();
    const { key } = await share(server, { content, read });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => revealLink(server, key, { kdf: null })));
    const winners = outcomes.filter((o) => o.kind === 'released');
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'gone')).toHaveLength(19);
    const files = released(winners[0]!).files;
    if (files?.kind !== 'intact') throw new Error('files not intact');
    expect((await files.download()).kind).toBe('downloaded');
  });

  it('refuses files whose stream length the server misstates, and never downloads them', async () => {
    const { content, read } = bundle();
    const { server: honest } = inProcessServer(deps);
    const { key } = await share(honest, { content, read });
    const { server: lying, calls } = inProcessServer(deps, async (request, answer) => {
      const response = await answer();
      if (!request.url.endsWith('/reveal') || response.status !== 200) return response;
      const body = (await response.json()) as { files: { streamBytes: number } };
      body.files.streamBytes += 16;
      return Response.json(body);
    });
    const outcome = released(await revealLink(lying, key, { kdf: null }));
    expect(outcome.text).toBe('the notes');
    expect(outcome.files).toEqual({ kind: 'altered', files: content.files });
    expect(calls.filter((c) => c.includes('/parts/'))).toEqual([]);
  });

  it('reports parts that do not authenticate as damaged, and files no longer there as gone', async () => {
    const { content, read } = bundle();
    const { server } = inProcessServer(deps);
    const shared = await share(server, { content, read });
    const { server: flipping } = inProcessServer(deps, async (request, answer) => {
      const response = await answer();
      if (request.method !== 'GET' || !request.url.includes('/parts/1')) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      bytes[10]! ^= 1;
      return new Response(bytes, { status: 200, headers: response.headers });
    });
    const outcome = released(await revealLink(flipping, shared.key, { kdf: null }));
    if (outcome.files?.kind !== 'intact') throw new Error('files not intact');
    expect(await outcome.files.download()).toEqual({ kind: 'damaged' });
    await revokeLink(server, shared.id, shared.manageToken);
    expect(await outcome.files.download()).toEqual({ kind: 'gone' });
  });

  it('retries a part answered 503, as before', async () => {
    let refused = 0;
    const { server, calls } = inProcessServer(deps, async (request, answer) => {
      if (request.method === 'PUT' && refused === 0) {
        refused++;
        return errorAnswer(503, 'store_unavailable');
      }
      return answer();
    });
    const { content, read } = bundle();
    const { key } = await share(server, { content, read });
    expect(calls.filter((c) => c.startsWith('PUT'))).toHaveLength(3);
    expect(released(await revealLink(server, key, { kdf: null })).files?.kind).toBe('intact');
  });
});

// Reliability review R1: the store may have run a create it could not confirm.
describe('a create answered outcome_unknown', () => {
  const content = { kind: 'text' as const, text: 'maybe stored' };
  /** A server whose create runs (or not) but answers 503 outcome_unknown either way. */
  const lostAnswer = (runs: boolean) =>
    inProcessServer(deps, async (request, answer) => {
      const isCreate = request.method === 'POST' && new URL(request.url).pathname === '/api/secrets';
      if (!isCreate) return answer();
      if (runs) await answer();
      return errorAnswer(503, 'outcome_unknown');
    });

  it('is created when a peek with the link proof finds it, and the link then reveals it', async () => {
    const { server, calls } = lostAnswer(true);
    const outcome = await shareSecret(server, { content, ttlSeconds: 300, maxViews: 1 });
    expect(outcome.kind).toBe('created');
    expect(calls.filter((c) => c.startsWith('GET '))).toHaveLength(1);
    if (outcome.kind !== 'created') return;
    expect(Date.parse(outcome.expiresAt)).toBeGreaterThan(Date.now());
    const revealed = released(await revealLink(server, decodeBase64url(outcome.fragment), { kdf: null }));
    expect(revealed.text).toBe('maybe stored');
  });

  it('is reported as the failure when the peek finds nothing', async () => {
    const { server } = lostAnswer(false);
    expect(await shareSecret(server, { content, ttlSeconds: 300, maxViews: 1 })).toEqual({
      kind: 'error',
      code: 'outcome_unknown',
      status: 503,
    });
  });

  it('revokes a secret with files (no peek sees a pending one) and reports the failure', async () => {
    const { server, calls } = lostAnswer(true);
    const { content: files, read } = bundle();
    const outcome = await shareSecret(server, { content: files, read, ttlSeconds: 300, maxViews: 1 });
    expect(outcome).toEqual({ kind: 'error', code: 'outcome_unknown', status: 503 });
    expect(calls.some((c) => c.startsWith('DELETE '))).toBe(true);
    expect(calls.some((c) => c.startsWith('PUT '))).toBe(false);
  });
});

describe('a share that does not finish leaves nothing behind', () => {
  /**
   * Shares files through `tamper`; returns the outcome, the calls, and the
   * state of the pending secret's receipt afterwards (read with the manage
   * token the upload carried).
   */
  async function attempt(tamper: Tamper, extra: Partial<ShareRequest> = {}) {
    let id = '';
    let manageToken = '';
    const { server, calls } = inProcessServer(deps, (request, answer) => {
      const upload = /\/api\/secrets\/([^/]+)\/parts\//.exec(new URL(request.url).pathname);
      if (upload && !id) {
        id = upload[1]!;
        manageToken = request.headers.get('authorization')!.slice('Bearer '.length);
      }
      return tamper(request, answer);
    });
    const { content, read } = bundle();
    const outcome = await shareSecret(server, { content, read, ttlSeconds: 300, maxViews: 1, retries: 0, ...extra });
    const receipt = await fetchReceipt(inProcessServer(deps).server, id, manageToken);
    return { outcome, calls, state: receipt.kind === 'found' ? receipt.receipt.state : receipt.kind };
  }

  it('revokes the pending secret when a part upload fails', async () => {
    const { outcome, calls, state } = await attempt(async (request, answer) =>
      request.method === 'PUT' && request.url.endsWith('/parts/1') ? errorAnswer(500, 'internal') : answer(),
    );
    expect(state).toBe('revoked');
    expect(outcome).toEqual({
      kind: 'upload_failed',
      failure: { kind: 'error', code: 'internal', status: 500 },
      leftBehind: false,
    });
    expect(calls.at(-1)).toMatch(/^DELETE \/api\/secrets\/[^/]+$/);
    expect(calls.some((c) => c.endsWith('/commit'))).toBe(false);
  });

  it('revokes the pending secret when the upload is aborted', async () => {
    const controller = new AbortController();
    const { outcome, calls, state } = await attempt((_request, answer) => answer(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === 'uploading' && p.done > 0) controller.abort();
      },
    });
    expect(outcome).toEqual({ kind: 'cancelled', leftBehind: false });
    expect(state).toBe('revoked');
    expect(calls.filter((c) => c.startsWith('PUT'))).toHaveLength(1);
    expect(calls.at(-1)).toMatch(/^DELETE /);
  });

  it('revokes the pending secret when a file cannot be read, and hands back the reader error', async () => {
    const { server, calls } = inProcessServer(deps);
    const { content } = bundle();
    const broken = new Error('disk on fire');
    const outcome = await shareSecret(server, {
      content,
      read: () => Promise.reject(broken),
      ttlSeconds: 300,
      maxViews: 1,
    });
    expect(outcome).toEqual({ kind: 'unreadable', error: broken, leftBehind: false });
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['POST', 'DELETE']);
  });

  it('says so when even the revoke fails', async () => {
    const { outcome, state } = await attempt(async (request, answer) => {
      if (request.method === 'DELETE') throw new TypeError('fetch failed');
      return request.method === 'PUT' ? errorAnswer(500, 'internal') : answer();
    });
    expect(outcome).toMatchObject({ kind: 'upload_failed', leftBehind: true });
    expect(state).toBe('active');
  });

  it('creates nothing when aborted before the create', async () => {
    const { server, calls } = inProcessServer(deps);
    const { content, read } = bundle();
    const outcome = await shareSecret(server, {
      content,
      read,
      ttlSeconds: 300,
      maxViews: 1,
      signal: AbortSignal.abort(),
    });
    expect(outcome).toEqual({ kind: 'cancelled', leftBehind: false });
    expect(calls).toEqual([]);
  });
});

describe('keys', () => {
  it('are wiped after every reveal, whatever its outcome', async () => {
    const { server } = inProcessServer(deps);
    const { content, read } = bundle();
    const withFiles = await share(server, { content, read, password: 'pw-files' });
    const text = await share(server, { content: { kind: 'text', text: 't' } });
    const kdf = await checkLink(server, withFiles.key).then((c) => (c.kind === 'found' ? c.kdf : null));
    const { server: down } = inProcessServer(deps, async () => errorAnswer(503, 'store_unavailable'));
    unlocked.length = 0;
    const outcomes = [
      await revealLink(server, withFiles.key, { kdf, password: 'wrong' }),
      await revealLink(down, withFiles.key, { kdf, password: 'pw-files' }),
      await revealLink(server, withFiles.key, { kdf, password: 'pw-files' }),
      await revealLink(server, text.key, { kdf: null }),
      await revealLink(server, text.key, { kdf: null }),
    ];
    expect(outcomes.map((o) => o.kind)).toEqual(['wrong_password', 'error', 'released', 'released', 'gone']);
    expect(unlocked).toHaveLength(5);
    for (const keys of unlocked) expect(isWiped(keys)).toBe(true);
    // the file stream kept its own key: the download still opens
    const files = released(outcomes[2]!).files;
    if (files?.kind !== 'intact') throw new Error('files not intact');
    expect((await files.download()).kind).toBe('downloaded');
  });
});
