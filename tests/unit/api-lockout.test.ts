import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerDeps } from '../support/api-deps';
import { commitUpload, createSecret, getPart, putPart, revealSecret, secretStatus } from '../support/web-handlers';
import { partLength } from '@/lib/protocol/v1';
import { b64, newId, newProof, TWO_PART_STREAM_BYTES, verifierOf } from '../support/secrets';

/*
 * Security review F-15, kept as a documented design choice (SECURITY.md,
 * docs/threat-model.md): a password lock-out destroys the secret at once,
 * files and download leases included. Whoever holds only the link can
 * therefore destroy a password-protected secret, even mid-download.
 */

const deps = handlerDeps();
afterAll(async () => {
  await deps.store.close();
  await deps.limiter.close();
});

const json = (body: unknown) =>
  new Request('http://h/api', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const bearer = (token: string, init: RequestInit = {}) =>
  new Request('http://h/api', { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });

describe('password lock-out', () => {
  it('F-15: anyone with the link can destroy a password-protected secret and cut off a running download', async () => {
    const [linkProof, passwordProof, manageToken, lease] = [newProof(), newProof(), newProof(), newProof()];
    const id = newId();
    const created = await createSecret(
      json({
        id,
        envelope: b64(randomBytes(285)),
        linkVerifier: verifierOf(linkProof),
        passwordVerifier: verifierOf(passwordProof),
        kdf: { name: 'scrypt', log2N: 17, r: 8, p: 1, salt: b64(randomBytes(16)) },
        ttlSeconds: 3600,
        maxViews: 2,
        manageVerifier: verifierOf(manageToken),
        files: { streamBytes: TWO_PART_STREAM_BYTES },
      }),
      deps,
    );
    expect(created.status).toBe(201);
    for (const n of [0, 1]) {
      const part = randomBytes(partLength(TWO_PART_STREAM_BYTES, n)) as Uint8Array<ArrayBuffer>;
      const put = bearer(manageToken, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: part,
      });
      expect((await putPart(put, id, String(n), deps)).status).toBe(204);
    }
    expect((await commitUpload(bearer(manageToken, { method: 'POST' }), id, deps)).status).toBe(200);

    // The recipient reveals view 1 of 2 and starts downloading.
    const revealed = await revealSecret(json({ linkProof, passwordProof, leaseVerifier: verifierOf(lease) }), id, deps);
    expect(revealed.status).toBe(200);
    expect((await getPart(bearer(lease), id, '0', deps)).status).toBe(200);

    // Someone else with the link, but not the password, guesses five times.
    for (let left = 4; left >= 0; left--) {
      const guess = await revealSecret(
        json({ linkProof, passwordProof: newProof(), leaseVerifier: verifierOf(newProof()) }),
        id,
        deps,
      );
      expect(await guess.json()).toMatchObject({ error: 'wrong_password', attemptsLeft: left });
    }

    // Destroyed: the recipient's lease reads nothing more, the right password finds nothing, the receipt says so.
    expect((await getPart(bearer(lease), id, '1', deps)).status).toBe(404);
    const late = await revealSecret(
      json({ linkProof, passwordProof, leaseVerifier: verifierOf(newProof()) }),
      id,
      deps,
    );
    expect(late.status).toBe(404);
    expect(await (await secretStatus(bearer(manageToken), id, deps)).json()).toMatchObject({
      state: 'locked',
      failedAttempts: 5,
    });
  });
});
