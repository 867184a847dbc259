import { newLeaseToken, type FileStream, type SecretContent, type SecretFile } from '../crypto';
import {
  createRequestKeys,
  openAnswer,
  openRequestNote,
  ownerCredentials,
  parseOwnerFragment,
  parseRequestFragment,
  responderCredentials,
  sealAnswer,
  sealRequest,
  wipeRequestKeys,
} from '../crypto/requests';
import type { CreateRequestInput, PeekRequestResponse, SubmitAnswerRequest } from '../schemas/requests';
import { revealSecretOnServer } from './api';
import { revokeSecretOnServer, secretStatusOnServer } from './sender-api';
import { downloadFiles, uploadFiles, type SliceReader, type TransferOptions } from './files';
import { callJson, failureOf, type ApiFailure, type ServerLike } from './http';
import { isPeekRequestResponse, isCreateRequestResponse, isSubmitAnswerResponse } from './request-responses';
import type { SecretStatusResponse } from '../schemas/secrets';

export type { ApiFailure } from './http';
export type { SliceReader, TransferProgress } from './files';

/*
 * The request flows (docs/api.md § Requests), for the CLI now and the
 * browser later: create a request, look at it and answer it (the responder,
 * with the request link's fragment `pkR ‖ R`), check it, read its answer,
 * its status and revoke it (the requester, with the owner link's fragment
 * `S`). Outcomes are tagged values, as in the other flows. The responder
 * never answers a request whose note does not open under this link: that
 * is how a server that swapped the record under this id, or altered the
 * note, is caught before anything is encrypted.
 */

/** A failure with the server's Retry-After, when it sent one (429, 503). */
export type WaitableFailure = ApiFailure & { retryAfterSeconds?: number | null };

export type RequestView = Omit<PeekRequestResponse, 'note'> & { note: string | null };

// ---- API calls -------------------------------------------------------------------------------

const path = (id: string, rest = '') => `/api/requests/${encodeURIComponent(id)}${rest}`;

async function peekOnServer(
  server: ServerLike,
  id: string,
  proof: string,
): Promise<{ kind: 'found'; body: PeekRequestResponse } | { kind: 'missing' } | WaitableFailure> {
  const res = await callJson(server, path(id), { method: 'GET', headers: { Authorization: `Bearer ${proof}` } });
  if ('kind' in res) return res;
  if (res.status === 404) return { kind: 'missing' };
  if (res.status !== 200) return { ...failureOf(res.status, res.body), retryAfterSeconds: res.retryAfterSeconds };
  return isPeekRequestResponse(res.body) ? { kind: 'found', body: res.body } : failureOf(res.status, null);
}

// ---- The requester ---------------------------------------------------------------------------

export type CreateRequestOptions = {
  note: string;
  ttlSeconds: number;
  answerTtlSeconds: number;
  maxViews: number;
  /**
   * "Tell me when it is answered": an email address or a webhook URL the server allows
   * (docs/api.md § Notifications).
   */
  notify?: string;
};

export type CreateRequestOutcome =
  | {
      kind: 'created';
      id: string;
      /** For the request link `<origin>/r#<requestFragment>`: send it to the responder. */
      requestFragment: string;
      /** For the owner link `<origin>/o#<ownerFragment>`: keep it; it reads the answer. */
      ownerFragment: string;
      /** State and revoke only; may be kept where the owner link may not. */
      manageToken: string;
      expiresAt: string;
    }
  | ApiFailure;

/**
 * Seals the note and creates the request: the server gets the id, three
 * verifiers and the note ciphertext, never a key or the public key.
 * @throws `request: the note is too long` (nothing was sent)
 */
export async function createRequest(server: ServerLike, options: CreateRequestOptions): Promise<CreateRequestOutcome> {
  const { ownerFragment, requestFragment, manageToken, sealed } = sealRequest(options.note);
  const body: CreateRequestInput = {
    ...sealed,
    ttlSeconds: options.ttlSeconds,
    answerTtlSeconds: options.answerTtlSeconds,
    maxViews: options.maxViews,
    ...(options.notify ? { notify: { to: options.notify } } : {}),
  };
  const res = await callJson(
    server,
    '/api/requests',
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    'creator',
  );
  if ('kind' in res) return res;
  if (res.status !== 201) return failureOf(res.status, res.body);
  if (!isCreateRequestResponse(res.body) || res.body.id !== sealed.id) return failureOf(res.status, null);
  return { kind: 'created', id: sealed.id, requestFragment, ownerFragment, manageToken, expiresAt: res.body.expiresAt };
}

/** What the owner link yields: the request's id and its three proofs, and R to open the note. */
function ownerKeys(fragment: string) {
  const parsed = parseOwnerFragment(fragment);
  if (!parsed.ok) return { ok: false as const, problem: parsed.problem };
  const { id, collectProof, manageToken } = ownerCredentials(parsed.seed);
  return { ok: true as const, seed: parsed.seed, id, collectProof, manageToken };
}

export type BadLink = { kind: 'bad_link'; problem: string };

export type CheckRequestOutcome =
  | { kind: 'found'; request: RequestView; id: string }
  /** Expired, revoked long ago, or never existed; a wrong link looks the same. */
  | { kind: 'gone' }
  /** The server's note does not open under this link: it is not this request's record. */
  | { kind: 'tampered' }
  | BadLink
  | WaitableFailure;

/** Opens the note of a peeked request with R; null when it does not authenticate. */
function openedNote(linkSecret: Uint8Array, note: string | null): string | null {
  if (note === null) return null;
  try {
    return openRequestNote(linkSecret, note);
  } catch {
    return null;
  }
}

/** GET /api/requests/:id with the collect proof: the state and the note. Uses nothing up. */
export async function checkRequest(server: ServerLike, ownerFragment: string): Promise<CheckRequestOutcome> {
  const owner = ownerKeys(ownerFragment);
  if (!owner.ok) return { kind: 'bad_link', problem: owner.problem };
  const peek = await peekOnServer(server, owner.id, owner.collectProof);
  if (peek.kind !== 'found') return peek.kind === 'missing' ? { kind: 'gone' } : peek;
  const keys = createRequestKeys(owner.seed);
  try {
    const note = openedNote(keys.linkSecret, peek.body.note);
    if (note === null) return { kind: 'tampered' };
    return { kind: 'found', id: owner.id, request: { ...peek.body, note } };
  } finally {
    wipeRequestKeys(keys);
  }
}

export type AnswerFiles = {
  files: SecretFile[];
  /** Downloads and authenticates the files with the read's lease; callable again while it lasts. */
  download: (
    options?: TransferOptions & { through?: (stream: FileStream) => FileStream },
  ) => Promise<{ kind: 'downloaded'; pieces: Uint8Array[][] } | { kind: 'damaged' } | { kind: 'gone' } | ApiFailure>;
};

export type ReadAnswerOutcome =
  | { kind: 'released'; text: string; files: AnswerFiles | null; viewsLeft: number; confirmation: string }
  /** No answer yet (`state` says whether one is uploading). Nothing was used up. */
  | { kind: 'waiting'; state: 'open' | 'uploading' }
  /** Revoked, read to the last view, expired, or never existed. */
  | { kind: 'gone' }
  /** The view is spent, but what the server released does not open as an answer to this request. */
  | { kind: 'undecryptable' }
  | { kind: 'tampered' }
  | BadLink
  | WaitableFailure;

/**
 * Reads the answer: peeks (nothing used up while there is none), then
 * consumes one view of the answer secret with the collect proof and opens it
 * with skR. Call only on an explicit user action.
 */
export async function readAnswer(server: ServerLike, ownerFragment: string): Promise<ReadAnswerOutcome> {
  const checked = await checkRequest(server, ownerFragment);
  if (checked.kind !== 'found') return checked;
  const { state, streamBytes } = checked.request;
  if (state === 'open' || state === 'uploading') return { kind: 'waiting', state };
  if (state === 'revoked') return { kind: 'gone' };
  const owner = ownerKeys(ownerFragment);
  if (!owner.ok) return { kind: 'bad_link', problem: owner.problem };
  const lease = streamBytes === null ? null : newLeaseToken();
  const released = await revealSecretOnServer(server, owner.id, owner.collectProof, null, lease?.verifier ?? null);
  if (released.kind === 'missing') return { kind: 'gone' };
  if (released.kind === 'wrong_password') return { kind: 'undecryptable' };
  if (released.kind === 'error') return released;
  const keys = createRequestKeys(owner.seed);
  try {
    const files = released.files ? { streamBytes: released.files.streamBytes } : undefined;
    let opened: Awaited<ReturnType<typeof openAnswer>>;
    try {
      opened = await openAnswer(keys, { answer: released.envelope, ...(files ? { files } : {}) });
    } catch {
      return { kind: 'undecryptable' };
    }
    const { content, stream, confirmation } = opened;
    const viewsLeft = released.viewsLeft;
    if (content.kind === 'text' || !stream || !lease) {
      return { kind: 'released', text: content.text, files: null, viewsLeft, confirmation };
    }
    const list = content.files;
    const download: AnswerFiles['download'] = async (options = {}) => {
      try {
        const through = options.through ? options.through(stream) : stream;
        const result = await downloadFiles(server, owner.id, lease.token, through, list, options);
        if (result.kind === 'error') return result.code === 'not_found' ? { kind: 'gone' } : result;
        return result;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        return { kind: 'damaged' };
      }
    };
    return { kind: 'released', text: content.text, files: { files: list, download }, viewsLeft, confirmation };
  } finally {
    wipeRequestKeys(keys);
  }
}

export type RequestStatusOutcome =
  | { kind: 'found'; id: string; request: RequestView; answer: SecretStatusResponse | null }
  | { kind: 'gone' }
  | BadLink
  | WaitableFailure;

/**
 * The request's state with the manage token (from the owner link, or kept
 * alone), and the answer's receipt once there is one. Reads neither note nor answer.
 */
export async function requestStatus(
  server: ServerLike,
  id: string,
  manageToken: string,
): Promise<RequestStatusOutcome> {
  const peek = await peekOnServer(server, id, manageToken);
  if (peek.kind !== 'found') return peek.kind === 'missing' ? { kind: 'gone' } : peek;
  let answer: SecretStatusResponse | null = null;
  if (peek.body.state === 'answered' || peek.body.state === 'revoked') {
    const receipt = await secretStatusOnServer(server, id, manageToken);
    if (receipt.kind === 'error') return receipt;
    answer = receipt.kind === 'found' ? receipt.receipt : null;
  }
  return { kind: 'found', id, request: { ...peek.body, note: null }, answer };
}

/** The id and manage token of an owner link, for requestStatus and revokeRequest. */
export function ownerManageCredentials(ownerFragment: string): { id: string; manageToken: string } | BadLink {
  const owner = ownerKeys(ownerFragment);
  return owner.ok ? { id: owner.id, manageToken: owner.manageToken } : { kind: 'bad_link', problem: owner.problem };
}

export type RevokeRequestOutcome = { kind: 'revoked' } | { kind: 'gone' } | ApiFailure;

/** DELETE /api/requests/:id: closes the request and burns its answer, if any. Revoking twice is harmless. */
export async function revokeRequest(
  server: ServerLike,
  id: string,
  manageToken: string,
): Promise<RevokeRequestOutcome> {
  const res = await callJson(server, path(id), {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${manageToken}` },
  });
  if ('kind' in res) return res;
  if (res.status === 204) return { kind: 'revoked' };
  if (res.status === 404) return { kind: 'gone' };
  return failureOf(res.status, res.body);
}

/** Burns the answer alone (DELETE /api/secrets/:id); the request stays answered. */
export async function burnAnswer(server: ServerLike, id: string, manageToken: string): Promise<RevokeRequestOutcome> {
  const outcome = await revokeSecretOnServer(server, id, manageToken);
  return outcome.kind === 'missing' ? { kind: 'gone' } : outcome;
}

// ---- The responder ---------------------------------------------------------------------------

export type ViewRequestOutcome =
  | { kind: 'open'; id: string; note: string; request: RequestView }
  /** Answered, uploading or revoked: it takes no answer. */
  | { kind: 'closed'; id: string; note: string; request: RequestView }
  | { kind: 'gone' }
  /** The server's note does not open under this link: not this request's record. Answer nothing. */
  | { kind: 'tampered' }
  | BadLink
  | WaitableFailure;

/** GET /api/requests/:id with the submit proof: the note (opened here) and whether it takes an answer. */
export async function viewRequest(server: ServerLike, requestFragment: string): Promise<ViewRequestOutcome> {
  const link = parseRequestFragment(requestFragment);
  if (!link.ok) return { kind: 'bad_link', problem: link.problem };
  const { id, submitProof } = responderCredentials(link.linkSecret);
  const peek = await peekOnServer(server, id, submitProof);
  if (peek.kind !== 'found') return peek.kind === 'missing' ? { kind: 'gone' } : peek;
  const note = openedNote(link.linkSecret, peek.body.note);
  if (note === null) return { kind: 'tampered' };
  const request = { ...peek.body, note };
  return peek.body.state === 'open' ? { kind: 'open', id, note, request } : { kind: 'closed', id, note, request };
}

export type AnswerRequestOptions = {
  content: SecretContent;
  /** Reads the files' bytes; needed for a bundle. */
  read?: SliceReader;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  retries?: number;
};

export type AnswerRequestOutcome =
  /** Accepted (with files: uploaded and committed). `confirmation`: the code both sides may compare. */
  | { kind: 'answered'; confirmation: string; expiresAt: string }
  /** Another answer came first, or the request was revoked. */
  | { kind: 'closed' }
  | { kind: 'gone' }
  | { kind: 'tampered' }
  | BadLink
  | ApiFailure
  /** The file upload failed; the pending answer expires with its upload window, and the request opens again. */
  | { kind: 'upload_failed'; failure: ApiFailure }
  | { kind: 'unreadable'; error: unknown };

/**
 * Answers a request: checks the note opens under this link (refusing a
 * swapped or altered record), seals the content to the link's public key and
 * submits it; with files, uploads and commits the parts with a fresh upload token.
 * @throws what `sealAnswer` throws for content out of bounds (nothing was sent)
 */
export async function answerRequest(
  server: ServerLike,
  requestFragment: string,
  options: AnswerRequestOptions,
): Promise<AnswerRequestOutcome> {
  const { content, read } = options;
  if (content.kind === 'bundle' && !read) throw new Error('request: an answer with files needs a reader');
  const viewed = await viewRequest(server, requestFragment);
  if (viewed.kind === 'closed') return { kind: 'closed' };
  if (viewed.kind !== 'open') return viewed;
  const link = parseRequestFragment(requestFragment);
  if (!link.ok) return { kind: 'bad_link', problem: link.problem };
  const { id, submitProof, sealed, stream, confirmation } = await sealAnswer(link, content);
  const upload = stream ? newLeaseToken() : null; // a fresh 32-byte token and its SHA-256, like a lease
  const body: SubmitAnswerRequest = {
    answer: sealed.answer,
    ...(sealed.files && upload ? { files: sealed.files, uploadVerifier: upload.verifier } : {}),
  };
  const res = await callJson(server, path(id, '/answer'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${submitProof}` },
    body: JSON.stringify(body),
  });
  if ('kind' in res) return res;
  if (res.status === 409) return { kind: 'closed' };
  if (res.status === 404) return { kind: 'gone' };
  if (res.status !== 201) return failureOf(res.status, res.body);
  if (!isSubmitAnswerResponse(res.body)) return failureOf(res.status, null);
  if (!stream || !upload || content.kind !== 'bundle' || !read) {
    return { kind: 'answered', confirmation, expiresAt: res.body.expiresAt };
  }
  try {
    const sent = await uploadFiles(
      server,
      id,
      upload.token,
      stream,
      content.files,
      read,
      { signal: options.signal, retries: options.retries, onProgress: options.onProgress },
      path(id, '/answer'),
    );
    if (sent.kind === 'error') return { kind: 'upload_failed', failure: sent };
    return { kind: 'answered', confirmation, expiresAt: sent.expiresAt };
  } catch (error) {
    return { kind: 'unreadable', error };
  }
}
