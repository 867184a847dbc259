import 'server-only';
import { logger } from '../observability/logger';
import { recordStoreError } from '../observability/metrics';
import type { ApiErrorCode } from '../schemas/errors';
import type { StoreError, StoreErrorCode } from '../store';
import type { ApiReply } from './fast-path';
import { errorReply } from './http';

/**
 * The closed table from store error code to API answer (the status and message
 * come from API_ERRORS). `log`: the answer is a defect of ours, not a state of
 * the store, so it gets one log line naming the code (never an id or a reply).
 * A malformed reply answers 500 internal, not 503 store_unavailable: the store
 * did answer (a claim may have used a view), so "your link still works later"
 * could be false, and retrying cannot fix a record or script that does not fit.
 */
type StoreErrorReply = { error: ApiErrorCode; headers?: Record<string, string>; log?: true };

export const STORE_ERROR_REPLIES = {
  unavailable: { error: 'store_unavailable', headers: { 'Retry-After': '5' } },
  full: { error: 'store_full' },
  uploads_paused: { error: 'uploads_paused' },
  outcome_unknown: { error: 'outcome_unknown' },
  malformed_reply: { error: 'internal', log: true },
} as const satisfies Record<StoreErrorCode, StoreErrorReply>;

/** The API answer for a store failure. */
export function storeErrorReply(error: StoreError): ApiReply {
  const entry: StoreErrorReply = STORE_ERROR_REPLIES[error.code];
  recordStoreError(error.code);
  if (entry.log) logger().error(`api: store error ${error.code}`);
  return errorReply(entry.error, {}, entry.headers);
}
