import { randomBytes } from 'node:crypto';
import { linkCredentials, sealSecret } from '@/lib/crypto';
import { decodeBase64url } from '@/lib/protocol/base64url';
import { partLength, streamParts } from '@/lib/protocol/v1';
import { TWO_PART_STREAM_BYTES, newProof, verifierOf } from './secrets';
import { postJson } from './client';

/*
 * HTTP helpers for secrets with files. The server never looks inside the
 * stream, so random bytes of the right part lengths stand in for it.
 */

/** Creates a pending secret with files through the API; returns its credentials and random parts. */
export async function createWithFiles(base: string, streamBytes = TWO_PART_STREAM_BYTES, maxViews = 1) {
  const { fragment, manageToken, sealed } = await sealSecret({ kind: 'text', text: 'files' });
  const created = await postJson(`${base}/api/secrets`, {
    ...sealed,
    ttlSeconds: 3600,
    maxViews,
    files: { streamBytes },
  });
  if (created.status !== 201) throw new Error(`createWithFiles: ${created.status} ${created.text}`);
  const parts = Array.from({ length: streamParts(streamBytes) }, (_, n) => randomBytes(partLength(streamBytes, n)));
  const { id, linkProof } = linkCredentials(decodeBase64url(fragment));
  return { id, linkProof, manageToken, parts, created: created.json as { upload: { parts: number } } };
}

export const putPartHttp = (
  base: string,
  id: string,
  n: number | string,
  token: string,
  body: Uint8Array,
  type = 'application/octet-stream',
) =>
  fetch(`${base}/api/secrets/${id}/parts/${n}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body: body as Uint8Array<ArrayBuffer>,
  });

export const commitHttp = (base: string, id: string, token: string) =>
  fetch(`${base}/api/secrets/${id}/commit`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });

export const getPartHttp = (base: string, id: string, n: number | string, token?: string, method = 'GET') =>
  fetch(`${base}/api/secrets/${id}/parts/${n}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

/** Creates, uploads every part and commits: a visible secret with files. */
export async function shareFiles(base: string, streamBytes = TWO_PART_STREAM_BYTES, maxViews = 1) {
  const shared = await createWithFiles(base, streamBytes, maxViews);
  for (const [n, part] of shared.parts.entries()) {
    const put = await putPartHttp(base, shared.id, n, shared.manageToken, part);
    if (put.status !== 204) throw new Error(`shareFiles: part ${n}: ${put.status}`);
  }
  const committed = await commitHttp(base, shared.id, shared.manageToken);
  if (committed.status !== 200) throw new Error(`shareFiles: commit ${committed.status}`);
  return shared;
}

/** Reveals with a fresh lease; returns the lease token and the response. */
export async function revealWithLease(base: string, id: string, linkProof: string) {
  const lease = newProof();
  const response = await postJson(`${base}/api/secrets/${id}/reveal`, { linkProof, leaseVerifier: verifierOf(lease) });
  return { lease, response };
}
