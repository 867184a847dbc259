import { linkCredentials, parseLinkFragment, sealSecret, type SecretContent } from '../crypto';
import { peekSecretOnServer, type ApiFailure, type ServerLike } from './api';
import { createSecretOnServer, revokeSecretOnServer, type CreateOutcome } from './sender-api';
import { uploadFiles, type SliceReader } from './files';

// The vocabulary callers need, so that they import the flows only.
export type { ApiFailure } from './http';
export type { SliceReader, TransferProgress } from './files';

/*
 * The sender's flow, for the browser and the CLI alike: seal on this machine,
 * create the secret (ciphertext and verifiers only), and for a secret with
 * files upload every part and commit. Invariant: once a pending secret with
 * files exists, every way out but a commit (a server failure, a file that
 * cannot be read, a cancel through the signal) revokes it with the manage
 * token, so nothing is left on the server; were even that to fail, a pending
 * secret is invisible and the server drops it when its upload window ends.
 */

export type ShareProgress =
  { step: 'protecting'; fraction: number } | { step: 'creating' } | { step: 'uploading'; done: number; total: number };

export type ShareRequest = {
  content: SecretContent;
  password?: string;
  ttlSeconds: number;
  maxViews: number;
  /**
   * Register the manage token (receipt and revoke later); true by default. A
   * secret with files always registers it: it authorises the upload and its clean-up.
   */
  manage?: boolean;
  /** Reads the files' bytes; needed for a bundle. */
  read?: SliceReader;
  /** Cancels the upload; the pending secret is then revoked. */
  signal?: AbortSignal;
  onProgress?: (progress: ShareProgress) => void;
  /** Retries of each part upload and of the commit (4 by default). */
  retries?: number;
  /**
   * "Tell me when it is opened": an email address or a webhook URL the server allows
   * (docs/api.md § Notifications). Registers the manage token too.
   */
  notify?: string;
};

export type ShareOutcome =
  /** The link is `<origin>/s#<fragment>`, the manage link `<origin>/m#<id><manageToken>`. */
  | { kind: 'created'; id: string; fragment: string; manageToken: string; expiresAt: string }
  /**
   * The create call failed: nothing that can be opened was stored. (After `outcome_unknown` the flow
   * checked: a peek with the link proof found nothing, or the pending upload was revoked.)
   */
  | ApiFailure
  /** A part upload or the commit failed. `leftBehind`: the pending secret could not be revoked now. */
  | { kind: 'upload_failed'; failure: ApiFailure; leftBehind: boolean }
  /** Cancelled through the signal, before the create or during the upload. */
  | { kind: 'cancelled'; leftBehind: boolean }
  /** A file could not be read, or changed while it was read (`error`: what the reader threw). */
  | { kind: 'unreadable'; error: unknown; leftBehind: boolean };

/**
 * Seals `content` under a fresh link key and shares it.
 * @throws what `sealSecret` throws (`padding: ...`, `payload: ...` for content too large or an invalid
 *   bundle): nothing was sent then
 */
export async function shareSecret(server: ServerLike, request: ShareRequest): Promise<ShareOutcome> {
  const { content, read, signal, onProgress } = request;
  if (content.kind === 'bundle' && !read) throw new Error('create: a secret with files needs a reader');
  const { fragment, manageToken, sealed, stream } = await sealSecret(content, {
    password: request.password || undefined,
    onProgress: request.password ? (fraction) => onProgress?.({ step: 'protecting', fraction }) : undefined,
  });
  if (signal?.aborted) return { kind: 'cancelled', leftBehind: false };
  onProgress?.({ step: 'creating' });
  let created = await createSecretOnServer(server, {
    ...sealed,
    ttlSeconds: request.ttlSeconds,
    maxViews: request.maxViews,
    manageVerifier: (request.manage ?? true) || stream || request.notify ? sealed.manageVerifier : null,
    ...(request.notify ? { notify: { to: request.notify } } : {}),
  });
  if (created.kind === 'error' && created.code === 'outcome_unknown') {
    created = stream
      ? await withdrawPending(server, sealed.id, manageToken, created)
      : await settleUnknownCreate(server, fragment, created);
  }
  if (created.kind === 'error') return created;
  const done = { kind: 'created' as const, id: sealed.id, fragment, manageToken };
  if (!stream || content.kind !== 'bundle' || !read) return { ...done, expiresAt: created.expiresAt };

  // Deletes what was uploaded now rather than at the end of the upload window.
  const revoke = async () => (await revokeSecretOnServer(server, sealed.id, manageToken)).kind === 'error';
  try {
    signal?.throwIfAborted();
    const sent = await uploadFiles(server, sealed.id, manageToken, stream, content.files, read, {
      signal,
      retries: request.retries,
      onProgress: (doneBytes, total) => onProgress?.({ step: 'uploading', done: doneBytes, total }),
    });
    if (sent.kind === 'error') return { kind: 'upload_failed', failure: sent, leftBehind: await revoke() };
    return { ...done, expiresAt: sent.expiresAt };
  } catch (error) {
    const leftBehind = await revoke();
    return signal?.aborted ? { kind: 'cancelled', leftBehind } : { kind: 'unreadable', error, leftBehind };
  }
}

/**
 * After `outcome_unknown` the server cannot tell whether the create ran: ask it
 * with the link proof (a peek never consumes). Found: the secret exists and the
 * link works, so it was created. Anything else: report the failure; were the
 * secret stored after all, nobody holds its link but this flow, which drops it.
 */
async function settleUnknownCreate(server: ServerLike, fragment: string, unknown: ApiFailure): Promise<CreateOutcome> {
  const link = parseLinkFragment(fragment);
  if (!link.ok) return unknown;
  const { id, linkProof } = linkCredentials(link.key);
  link.key.fill(0);
  const peek = await peekSecretOnServer(server, id, linkProof);
  return peek.kind === 'found' ? { kind: 'created', expiresAt: peek.expiresAt } : unknown;
}

/**
 * A secret with files starts pending, which no peek can see: rather than
 * guess, revoke it (idempotent, and a no-op if it was never stored) and report
 * the failure. Were the revoke to fail too, the pending secret stays invisible
 * and the server drops it when its upload window ends.
 */
async function withdrawPending(
  server: ServerLike,
  id: string,
  manageToken: string,
  unknown: ApiFailure,
): Promise<ApiFailure> {
  await revokeSecretOnServer(server, id, manageToken);
  return unknown;
}
