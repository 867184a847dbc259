import 'server-only';
import { API_ERRORS } from '../schemas/errors';
import type { HealthResponse, ReadyResponse } from '../schemas/openapi';
import type {
  CommitUploadResponse,
  CreateSecretResponse,
  PeekSecretResponse,
  RevealSecretResponse,
  SecretEndingResponse,
  SecretStatusResponse,
  UploadIncompleteResponse,
} from '../schemas/secrets';
import type { ApiReply } from './fast-path';
import { jsonReply } from './http';

/*
 * The JSON replies of the routes, one helper each, typed by the zod schema
 * that documents the body (lib/schemas/secrets.ts; the OpenAPI document is
 * generated from the same schemas). A handler that builds a body of another
 * shape (a missing, extra or mistyped field) does not compile:
 * tests/unit/api-replies.test.ts holds the proof. Errors without a schema of
 * their own go through errorReply (lib/api/http.ts).
 */

/** 201 to POST /api/secrets. */
export const createdReply = (body: CreateSecretResponse): ApiReply => jsonReply(201, body);

/** 200 to GET /api/secrets/:id. */
export const peekedReply = (body: PeekSecretResponse): ApiReply => jsonReply(200, body);

/** 200 to POST /api/secrets/:id/reveal. */
export const revealedReply = (body: RevealSecretResponse): ApiReply => jsonReply(200, body);

/** 200 to GET /api/secrets/:id/status. */
export const receiptReply = (body: SecretStatusResponse): ApiReply => jsonReply(200, body);

/** 200 to GET /api/secrets/:id/ending. */
export const endingReply = (body: SecretEndingResponse): ApiReply => jsonReply(200, body);

/** 200 to POST /api/secrets/:id/commit. */
export const committedReply = (body: CommitUploadResponse): ApiReply => jsonReply(200, body);

/** 409 to POST /api/secrets/:id/commit while parts are missing: the error body plus their indices. */
export function uploadIncompleteReply(missing: number[]): ApiReply {
  const { status, message } = API_ERRORS.upload_incomplete;
  const body: UploadIncompleteResponse = { error: 'upload_incomplete', message, missing };
  return jsonReply(status, body);
}

/** GET /api/health: 200 while the store answers, else 503. */
export const healthStatusReply = (body: HealthResponse): ApiReply => jsonReply(body.status === 'ok' ? 200 : 503, body);

/** GET /api/ready: 200 while the store answers and the process is not draining, else 503. */
export const readyStatusReply = (body: ReadyResponse): ApiReply => jsonReply(body.status === 'ok' ? 200 : 503, body);
