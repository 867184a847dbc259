/**
 * The closed list of API error codes (./errors holds each one's status and
 * public message). Apart from that table so that a client checking an error
 * body (lib/client/responses.ts) does not ship the server's messages.
 */
export const API_ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'unauthorized',
  'lease_required',
  'wrong_password',
  'not_found',
  'policy_violation',
  'method_not_allowed',
  'id_taken',
  'upload_incomplete',
  'request_closed',
  'upload_committed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'store_unavailable',
  'outcome_unknown',
  'sign_in_required',
  'cross_site',
  'store_full',
  'uploads_paused',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
