import type { ApiErrorCode } from './error-codes';

/**
 * The closed table of API error codes: HTTP status and the public message.
 * Codes are stable; clients branch on them, never on messages. Each code of
 * ./error-codes has exactly one row (checked by `satisfies`: a missing or an
 * extra code does not compile).
 */
export const API_ERRORS = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  invalid_request: { status: 400, message: 'The request does not match the API contract.' },
  unauthorized: { status: 401, message: 'This call needs an Authorization: Bearer header.' },
  lease_required: {
    status: 400,
    message: 'This secret has files: send a leaseVerifier with the reveal. Nothing was used up.',
  },
  wrong_password: { status: 403, message: 'The password is wrong.' },
  not_found: {
    status: 404,
    message: 'This link was already opened or has expired, or never existed.',
  },
  policy_violation: {
    status: 400,
    message: "This instance's policy does not allow that: `policy` names the rule and what is allowed.",
  },
  method_not_allowed: { status: 405, message: 'This method is not allowed here.' },
  id_taken: { status: 409, message: 'A secret with this id already exists.' },
  upload_incomplete: {
    status: 409,
    message: 'Some parts of the files were not uploaded yet: upload the missing parts, then commit again.',
  },
  request_closed: {
    status: 409,
    message: 'This request already has an answer, or was revoked: it takes no other answer.',
  },
  upload_committed: { status: 409, message: 'This upload is already committed; its parts can no longer change.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: {
    status: 415,
    message: 'Send the body as application/json (file parts: application/octet-stream).',
  },
  rate_limited: { status: 429, message: 'Too many requests; try again later.' },
  internal: { status: 500, message: 'Something went wrong on our side.' },
  store_unavailable: {
    status: 503,
    message: 'The service is temporarily unavailable. Your link still works later.',
  },
  outcome_unknown: {
    status: 503,
    message:
      'The service lost contact with its store during this request, so it cannot tell whether it took effect. ' +
      'If this was a reveal, the view may have been used.',
  },
  sign_in_required: {
    status: 401,
    message: 'Creating here needs a signed-in user or a personal API token. Opening links needs neither.',
  },
  cross_site: {
    status: 403,
    message: 'This request came from another site; sign-in changes are accepted only from this one.',
  },
  store_full: { status: 507, message: 'The service cannot store new secrets right now. Try again later.' },
  uploads_paused: {
    status: 507,
    message: 'Storage is nearly full, so file uploads are paused for now. Text secrets still work.',
  },
} as const satisfies Record<ApiErrorCode, { status: number; message: string }>;

export type { ApiErrorCode };
