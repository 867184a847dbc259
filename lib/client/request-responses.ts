import { isCanonicalBase64url } from '../protocol/base64url';
import { NOTE_CHAR_LENGTHS } from '../protocol/requests';
import { ID_BYTES } from '../protocol/v1';
import { base64url, int, isoDatetime, nullable, oneOf, optional, strictObject, type Guard } from './validate';

/*
 * What the clients accept from the request calls: lib/schemas/requests.ts's
 * response schemas as the small guards of ./validate (no zod in pages).
 * tests/unit/request-flows.test.ts checks them against the zod schemas.
 */

/** lib/schemas/request-fields.ts `noteSchema`. */
export const isNote: Guard<string> = (v): v is string =>
  typeof v === 'string' && NOTE_CHAR_LENGTHS.has(v.length) && isCanonicalBase64url(v);

export const isCreateRequestResponse = strictObject({ id: base64url(ID_BYTES), expiresAt: isoDatetime });

export const isPeekRequestResponse = strictObject({
  state: oneOf(['open', 'uploading', 'answered', 'revoked']),
  note: nullable(isNote),
  createdAt: isoDatetime,
  expiresAt: isoDatetime,
  answerTtlSeconds: int(1),
  maxViews: int(1),
  answeredAt: nullable(isoDatetime),
  streamBytes: nullable(int(1)),
});

export const isSubmitAnswerResponse = strictObject({
  expiresAt: isoDatetime,
  upload: optional(strictObject({ parts: int(1), expiresAt: isoDatetime })),
});
