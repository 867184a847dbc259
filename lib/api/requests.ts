import 'server-only';
import { streamPaddedLength, streamParts } from '../protocol/v1';
import { clientAddress } from '../ratelimit';
import { envelopeCost } from '../ratelimit/text-cost';
import { createRequestRequestSchema, submitAnswerRequestSchema } from '../schemas/requests';
import type { RequestMeta } from '../store';
import type { ApiReply, ApiRequest } from './fast-path';
import { commitResultReply, partInput, putPartResultReply } from './files';
import { emptyReply, errorReply, jsonReply, readBinaryBody, readJsonBody } from './http';
import { PART_BYTES } from '../protocol/v1';
import { policyViolationReply, requestViolation } from './policy';
import { creatorBucket, guarded, idAndBearer, invalid, leaseSecondsFor, notifyFor, type ApiDeps } from './secrets';
import { verifierFromProof } from './verifier';

const MIB = 1024 * 1024;

/*
 * The request calls (docs/api.md § Requests). A request's answer is a secret
 * under the request's id, so reading, burning, the receipt and revoking the
 * answer alone go through the secret calls; here are creating, peeking,
 * answering (with the answer's parts and commit) and revoking the request.
 * Same invariants as secrets.ts: bodies capped and validated before any work;
 * a wrong proof and a missing request give the one 404; nothing is logged.
 */

/** A budget refusal, with the time to wait. */
function limited(retryAfterSeconds: number): ApiReply {
  return errorReply('rate_limited', {}, { 'Retry-After': String(retryAfterSeconds) });
}

/** POST /api/requests */
export function createRequestReply(request: ApiRequest, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const body = await readJsonBody(request, deps.config.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = createRequestRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const r = parsed.data;
    const violation = requestViolation(deps.config.policy, r);
    if (violation) return policyViolationReply(violation);
    // "Tell me when it is answered": the same destination checks as a secret's (issue 22).
    const notify = notifyFor(r.notify?.to, r.manageVerifier, deps, Boolean(request.identity));
    if (!notify.ok) return notify.response;
    const client = creatorBucket(request, deps);
    // The note draws on the text budget like an envelope (F-02).
    const text = await deps.limiter.hit('textKiBDays', client, envelopeCost(r.note.length, r.ttlSeconds));
    if (!text.allowed) return limited(text.retryAfterSeconds);
    const result = await deps.store.putRequest({
      id: r.id,
      note: r.note,
      submitVerifier: r.submitVerifier,
      collectVerifier: r.collectVerifier,
      manageVerifier: r.manageVerifier,
      ttlSeconds: r.ttlSeconds,
      answerTtlSeconds: r.answerTtlSeconds,
      maxViews: r.maxViews,
      receiptTtlSeconds: deps.config.receiptTtlSeconds,
      notify: notify.notify,
    });
    if (result.kind === 'exists') return errorReply('id_taken');
    return jsonReply(201, { id: r.id, expiresAt: result.expiresAt.toISOString() });
  });
}

function peekBody(meta: RequestMeta) {
  return {
    state: meta.state,
    note: meta.note,
    createdAt: meta.createdAt.toISOString(),
    expiresAt: meta.expiresAt.toISOString(),
    answerTtlSeconds: meta.answerTtlSeconds,
    maxViews: meta.maxViews,
    answeredAt: meta.answeredAt?.toISOString() ?? null,
    streamBytes: meta.streamBytes,
  };
}

/** GET /api/requests/:id with the submit proof, the collect proof or the manage token. Never consumes. */
export function peekRequestReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const meta = await deps.store.peekRequest(input.id, verifierFromProof(input.token));
    return meta ? jsonReply(200, peekBody(meta)) : errorReply('not_found');
  });
}

/** POST /api/requests/:id/answer with the submit proof: the first valid answer wins. */
export function submitAnswerReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const body = await readJsonBody(request, deps.config.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = submitAnswerRequestSchema.safeParse(body.value);
    if (!parsed.success) return invalid(parsed.error);
    const a = parsed.data;
    const streamBytes = a.files?.streamBytes ?? null;
    if (streamBytes !== null && streamBytes > streamPaddedLength(deps.config.files.maxFileBytes)) {
      return invalid({ path: 'files.streamBytes', message: 'the files are larger than this server accepts' });
    }
    const submitVerifier = verifierFromProof(input.token);
    // The answer's lifetime prices it against the text budget; only the submit proof may learn it here.
    const meta = await deps.store.peekRequest(input.id, submitVerifier);
    if (!meta || meta.role !== 'submit') return errorReply('not_found');
    if (meta.state !== 'open') return errorReply('request_closed');
    const client = clientAddress(request.headers, deps.config.trustedProxies);
    const text = await deps.limiter.hit('textKiBDays', client, envelopeCost(a.answer.length, meta.answerTtlSeconds));
    if (!text.allowed) return limited(text.retryAfterSeconds);
    if (streamBytes !== null) {
      const files = await deps.limiter.hit('fileMiB', client, Math.ceil(streamBytes / MIB));
      if (!files.allowed) return limited(files.retryAfterSeconds);
    }
    const result = await deps.store.submitAnswer(input.id, submitVerifier, {
      answer: a.answer,
      streamBytes,
      uploadVerifier: a.uploadVerifier ?? null,
      uploadWindowSeconds: deps.config.files.uploadWindowSeconds,
      leaseSeconds: leaseSecondsFor(streamBytes, deps.config.files.leaseSeconds),
    });
    if (result.kind === 'missing') return errorReply('not_found');
    if (result.kind === 'closed') return errorReply('request_closed');
    const accepted = { expiresAt: result.expiresAt.toISOString() };
    if (streamBytes === null || !result.uploadExpiresAt) return jsonReply(201, accepted);
    const upload = { parts: streamParts(streamBytes), expiresAt: result.uploadExpiresAt.toISOString() };
    return jsonReply(201, { ...accepted, upload });
  });
}

/** PUT /api/requests/:id/answer/parts/:n with the upload token: one part of the pending answer. */
export function putAnswerPartReply(
  request: ApiRequest,
  rawId: string,
  rawIndex: string,
  deps: ApiDeps,
): Promise<ApiReply> {
  return guarded(async () => {
    const input = partInput(request, rawId, rawIndex);
    if (!input.ok) return input.response;
    const body = await readBinaryBody(request, PART_BYTES);
    if (!body.ok) return body.response;
    const verifier = verifierFromProof(input.token);
    return putPartResultReply(await deps.store.putAnswerPart(input.id, verifier, input.index, body.value));
  });
}

/** POST /api/requests/:id/answer/commit with the upload token and no body: the answer becomes readable. */
export function commitAnswerReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const body = await readBinaryBody(request, deps.config.maxBodyBytes, null);
    if (!body.ok) return body.response;
    if (body.value.byteLength > 0) return invalid({ path: 'body', message: 'must be empty' });
    return commitResultReply(await deps.store.commitAnswer(input.id, verifierFromProof(input.token)));
  });
}

/** DELETE /api/requests/:id with the manage token: closes the request and burns its answer. Idempotent. */
export function revokeRequestReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const revoked = await deps.store.revokeRequest(input.id, verifierFromProof(input.token));
    return revoked ? emptyReply(204) : errorReply('not_found');
  });
}
