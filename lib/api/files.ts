import 'server-only';
import { PART_BYTES } from '../protocol/v1';
import { partIndexSchema } from '../schemas/secrets';
import type { CommitResult, PutPartResult } from '../store';
import type { ApiReply, ApiRequest } from './fast-path';
import { binaryReply, emptyReply, errorReply, readBinaryBody } from './http';
import { committedReply, uploadIncompleteReply } from './replies';
import { guarded, idAndBearer, invalid, type ApiDeps, type Checked } from './secrets';
import { verifierFromProof } from './verifier';

/*
 * The file calls (docs/protocol.md §Parts): upload parts and commit with the
 * manage token, download parts with a lease token. Same invariants as
 * secrets.ts: bodies are capped and checked before any store work; a wrong
 * token, an ended lease and a missing secret all give the one 404.
 */

/** The id, the bearer token and the part index of a part URL, validated. */
export function partInput(
  request: ApiRequest,
  rawId: string,
  rawIndex: string,
): Checked<{ id: string; token: string; index: number }> {
  const input = idAndBearer(request, rawId);
  if (!input.ok) return input;
  const index = partIndexSchema.safeParse(rawIndex);
  if (!index.success)
    return { ok: false, response: invalid({ path: 'n', message: 'must be a part index: 0, 1, 2, …' }) };
  return { ...input, index: index.data };
}

/** PUT /api/secrets/:id/parts/:n with the manage token: stores one part of a pending upload. */
export function putPartReply(request: ApiRequest, rawId: string, rawIndex: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = partInput(request, rawId, rawIndex);
    if (!input.ok) return input.response;
    const body = await readBinaryBody(request, PART_BYTES);
    if (!body.ok) return body.response;
    return putPartResultReply(
      await deps.store.putPart(input.id, verifierFromProof(input.token), input.index, body.value),
    );
  });
}

/** The answer to a part upload's store result (a secret's or a request answer's). */
export function putPartResultReply(result: PutPartResult): ApiReply {
  switch (result) {
    case 'stored':
      return emptyReply(204);
    case 'missing':
      return errorReply('not_found');
    case 'committed':
      return errorReply('upload_committed');
    case 'bad_index':
      return invalid({ path: 'n', message: 'the stream has no part with this index' });
    case 'bad_length':
      return invalid({ path: 'body', message: "must be exactly the part's length (docs/protocol.md §Parts)" });
  }
}

/** POST /api/secrets/:id/commit with the manage token and no body: makes the upload visible. */
export function commitUploadReply(request: ApiRequest, rawId: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = idAndBearer(request, rawId);
    if (!input.ok) return input.response;
    const body = await readBinaryBody(request, deps.config.maxBodyBytes, null);
    if (!body.ok) return body.response;
    if (body.value.byteLength > 0) return invalid({ path: 'body', message: 'must be empty' });
    return commitResultReply(await deps.store.commitUpload(input.id, verifierFromProof(input.token)));
  });
}

/** The answer to a commit's store result (a secret's or a request answer's). */
export function commitResultReply(result: CommitResult): ApiReply {
  switch (result.kind) {
    case 'committed':
      return committedReply({ expiresAt: result.expiresAt.toISOString() });
    case 'incomplete':
      return uploadIncompleteReply(result.missing);
    case 'missing':
      return errorReply('not_found');
  }
}

/** GET /api/secrets/:id/parts/:n with a lease token: one part, as often as the lease lasts. Never consumes. */
export function getPartReply(request: ApiRequest, rawId: string, rawIndex: string, deps: ApiDeps): Promise<ApiReply> {
  return guarded(async () => {
    const input = partInput(request, rawId, rawIndex);
    if (!input.ok) return input.response;
    const part = await deps.store.readPart(input.id, verifierFromProof(input.token), input.index);
    return part ? binaryReply(part) : errorReply('not_found');
  });
}
