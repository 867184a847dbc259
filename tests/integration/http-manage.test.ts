import { describe, expect, inject, it } from 'vitest';
import { secretStatusOnServer, revokeSecretOnServer } from '@/lib/client/sender-api';
import { newProof } from '../support/secrets';
import { postJson, shareText } from '../support/client';

/* The sender's receipt and revoke over HTTP, on both stores, against the production build. */

describe.each([
  ['redis', inject('redisAppUrl')],
  ['memory', inject('memoryAppUrl')],
] as const)('manage API on the %s store', (_name, base) => {
  const reveal = (id: string, linkProof: string) => postJson(`${base}/api/secrets/${id}/reveal`, { linkProof });

  it('shows the receipt before and after each view', async () => {
    const shared = await shareText(base, 'receipt me', { maxViews: 2 });
    const before = await secretStatusOnServer(base, shared.id, shared.manageToken);
    expect(before.kind === 'found' && before.receipt).toMatchObject({ state: 'active', viewsUsed: 0, maxViews: 2 });
    await reveal(shared.id, shared.linkProof);
    const middle = await secretStatusOnServer(base, shared.id, shared.manageToken);
    expect(middle.kind === 'found' && middle.receipt).toMatchObject({ state: 'active', viewsUsed: 1 });
    await reveal(shared.id, shared.linkProof);
    const after = await secretStatusOnServer(base, shared.id, shared.manageToken);
    expect(after.kind === 'found' && after.receipt).toMatchObject({ state: 'viewed', viewsUsed: 2 });
    expect(after.kind === 'found' && after.receipt.viewedAt).toHaveLength(2);
  });

  it('revokes: the link then answers 404 and the receipt says "revoked"', async () => {
    const shared = await shareText(base, 'revoke me', { maxViews: 3 });
    expect(await revokeSecretOnServer(base, shared.id, shared.manageToken)).toEqual({ kind: 'revoked' });
    expect((await reveal(shared.id, shared.linkProof)).status).toBe(404);
    const status = await secretStatusOnServer(base, shared.id, shared.manageToken);
    expect(status.kind === 'found' && status.receipt.state).toBe('revoked');
  });

  it('answers a wrong manage token with the not-found response and changes nothing', async () => {
    const shared = await shareText(base, 'keep me');
    const wrong = await fetch(`${base}/api/secrets/${shared.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${newProof()}` },
    });
    expect(wrong.status).toBe(404);
    const linkProofAsToken = await fetch(`${base}/api/secrets/${shared.id}/status`, {
      headers: { Authorization: `Bearer ${shared.linkProof}` },
    });
    expect(linkProofAsToken.status).toBe(404);
    expect((await reveal(shared.id, shared.linkProof)).status).toBe(200);
  });

  it('needs a bearer token for status and revoke', async () => {
    const shared = await shareText(base, 'x');
    expect((await fetch(`${base}/api/secrets/${shared.id}/status`)).status).toBe(401);
    expect((await fetch(`${base}/api/secrets/${shared.id}`, { method: 'DELETE' })).status).toBe(401);
  });
});
