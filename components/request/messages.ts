import type { ApiFailure } from '@/lib/client/request';
import type { Messages } from '@/lib/i18n';

/** Why creating a request failed: an API failure, or the note could not be sealed (nothing was sent). */
export type RequestFailure = ApiFailure['code'] | 'encryption_failed';

export function createRequestErrorMessage(t: Messages, failure: RequestFailure): string {
  switch (failure) {
    case 'network':
      return t.request.errors.network;
    case 'rate_limited':
      return t.request.errors.rateLimited;
    case 'store_unavailable':
    case 'store_full':
    case 'outcome_unknown':
      return t.request.errors.unavailable;
    case 'encryption_failed':
      return t.request.errors.encryptionFailed;
    case 'policy_violation':
      return t.policy.violation;
    default:
      return t.request.errors.failed;
  }
}

/** Why an answer was not delivered. */
export type AnswerFailure = ApiFailure['code'] | 'encryption_failed' | 'upload_failed' | 'closed' | 'file_changed';

export function answerErrorMessage(t: Messages, failure: AnswerFailure): string {
  switch (failure) {
    case 'network':
      return t.request.answerErrors.network;
    case 'rate_limited':
      return t.request.answerErrors.rateLimited;
    case 'store_unavailable':
    case 'store_full':
    case 'outcome_unknown':
      return t.request.answerErrors.unavailable;
    case 'uploads_paused':
      return t.upload.uploadsPaused;
    case 'payload_too_large':
      return t.create.errors.tooLarge;
    case 'encryption_failed':
      return t.request.answerErrors.encryptionFailed;
    case 'upload_failed':
      return t.request.answerErrors.uploadFailed;
    case 'file_changed':
      return t.upload.changed;
    case 'closed':
      return t.request.answerErrors.closed;
    default:
      return t.request.answerErrors.failed;
  }
}
