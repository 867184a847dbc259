import { POLICY_RULES } from '../policy/instance';
import { API_ERROR_CODES } from '../protocol/error-codes';
import { isCanonicalBase64url } from '../protocol/base64url';
import { ANSWER_CHAR_LENGTHS } from '../protocol/requests';
import {
  ENVELOPE_CHAR_LENGTHS,
  ID_BYTES,
  KEY_BYTES,
  PASSWORD_SALT_BYTES,
  SCRYPT_LOG2_N,
  SCRYPT_P,
  SCRYPT_R,
} from '../protocol/v1';
import {
  array,
  base64url,
  boolean,
  int,
  isoDatetime,
  looseObject,
  nullable,
  oneOf,
  optional,
  string,
  strictObject,
  type Guard,
} from './validate';

/*
 * What the browser accepts from the API: the response schemas of
 * lib/schemas/secrets.ts and lib/schemas/errors.ts, field for field, as the
 * small guards of ./validate. A field added there is one line here, and
 * tests/unit/client-validate.test.ts fails until it is (types and values).
 */

const secretId = base64url(ID_BYTES);

/** lib/schemas/secrets.ts `envelopeSchema`: a padded v1 envelope (every such length is below its max). */
export const isEnvelope: Guard<string> = (v): v is string =>
  typeof v === 'string' && ENVELOPE_CHAR_LENGTHS.has(v.length) && isCanonicalBase64url(v);

export const isKdf = strictObject({
  name: oneOf(['scrypt']),
  log2N: oneOf([SCRYPT_LOG2_N]),
  r: oneOf([SCRYPT_R]),
  p: oneOf([SCRYPT_P]),
  salt: base64url(PASSWORD_SALT_BYTES),
});

export const isCreateSecretResponse = strictObject({
  id: secretId,
  expiresAt: isoDatetime,
  upload: optional(strictObject({ parts: int(1), expiresAt: isoDatetime })),
});

export const isPeekSecretResponse = strictObject({
  expiresAt: isoDatetime,
  viewsLeft: int(1),
  kdf: nullable(isKdf),
  streamBytes: nullable(int(1)),
});

/** lib/schemas/request-fields.ts `answerSchema`: a padded request answer. */
export const isAnswer: Guard<string> = (v): v is string =>
  typeof v === 'string' && ANSWER_CHAR_LENGTHS.has(v.length) && isCanonicalBase64url(v);

export const isRevealSecretResponse = strictObject({
  /** A v1 envelope, or for a request's id its answer. */
  envelope: (v: unknown): v is string => isEnvelope(v) || isAnswer(v),
  viewsLeft: int(0),
  files: nullable(strictObject({ streamBytes: int(1), parts: int(1), leaseExpiresAt: isoDatetime })),
});

export const isSecretStatusResponse = strictObject({
  state: oneOf(['active', 'viewed', 'expired', 'revoked', 'locked']),
  maxViews: int(1),
  viewsUsed: int(0),
  viewedAt: array(isoDatetime),
  createdAt: isoDatetime,
  expiresAt: isoDatetime,
  endedAt: nullable(isoDatetime),
  hasPassword: boolean,
  failedAttempts: int(0),
});

export const isSecretEndingResponse = strictObject({
  ending: oneOf(['viewed', 'expired', 'revoked', 'locked']),
  endedAt: isoDatetime,
});

/** A 32-byte proof or verifier, base64url (lib/schemas/secrets.ts `digestSchema`). */
export const isDigest = base64url(KEY_BYTES);
export const isSecretId = secretId;

/** An error body (`z.object`, not strict: errors may grow fields a client ignores). */
export const isApiErrorBody = looseObject({
  error: oneOf(API_ERROR_CODES),
  message: string,
  issues: optional(array(looseObject({ path: string, message: string }))),
  attemptsLeft: optional(int(0)),
  missing: optional(array(int(0))),
  policy: optional(
    looseObject({
      rule: oneOf(POLICY_RULES),
      allowed: (v: unknown): v is number[] | number | boolean =>
        typeof v === 'boolean' || Number.isSafeInteger(v) || (Array.isArray(v) && v.every(Number.isSafeInteger)),
    }),
  ),
});
